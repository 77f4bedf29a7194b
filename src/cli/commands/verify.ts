import { basename } from 'node:path';
import { parseAnswers } from '../../answers/parse.js';
import { buildRecapModel, renderRecapPdf, type RecapInput } from '../../batch/recap.js';
import { SiapError, type Status } from '../../errors.js';
import { readUserBytes } from '../../io/files.js';
import { say } from '../../messages/define.js';
import { FIGURE_WORDS, VERIFY_WORDS as V } from '../../messages/cli.js';
import { WORDS } from '../../messages/words.js';
import { isLang, type Lang } from '../../i18n.js';
import { diffFigures, figuresOf, MANIFEST_NAME, type FigureChange, type ManifestFile, type RecapManifest, type ReportManifest } from '../../report/identity.js';
import { formatNumber, formatQuantity } from '../../messages/present.js';
import { readSiapPdf, type SiapPdf } from '../../report/pdf-reader.js';
import { renderAssessmentReport } from '../../report/render.js';
import { imageFormat, parseTemplate } from '../../report/template.js';
import { compiledRubricForText } from '../../io/rubrics.js';
import type { Rubric } from '../../rubric/model.js';
import { parseRubric } from '../../rubric/parse.js';
import { scoreAssessment } from '../../scoring/score.js';
import { VERSION } from '../../version.js';
import type { Context } from '../context.js';
import type { VerifyOptions } from '../options.js';
import { palette } from '../print.js';
import { comparisonSection } from '../render-report.js';

/** What `siap verify` found: the same bytes, the same figures (another siap version), or what differs. */
export interface VerifyOutcome {
  status: Status;
  /** `identical`, `same-figures` (another siap version, the figures agree), or what differs: `data`, `figures`, `bytes`. */
  verdict: 'identical' | 'same-figures' | 'data' | 'figures' | 'bytes';
  document?: string;
  details: string[];
}

/**
 * The largest PDF verify reads: a report carries up to two answers files of 8 MB each, its
 * rubrics, template and logo; a recap its whole ranking.
 */
const MAX_PDF_BYTES = 256 * 1024 * 1024;

/**
 * `siap verify REPORT.pdf`: read the files the PDF carries (answers, rubric, template, the
 * --compare file; for a recap, the ranking data), check their hashes against the manifest, make
 * the PDF again and compare. Same bytes → 0. Made by another siap version → the figures (index,
 * band, status, every node) are compared instead of the bytes. Any difference → 1, naming what
 * differs. Not a siap PDF, or attachments missing → 2.
 */
export async function runVerify(options: VerifyOptions, ctx: Context): Promise<VerifyOutcome> {
  // Like every file a user names: a folder, a device or a pipe is refused before it is read.
  const bytes = readUserBytes(options.report, { cwd: ctx.cwd, maxBytes: MAX_PDF_BYTES });
  const file = options.report;
  const pdf = readSiapPdf(bytes);
  const outcome = await verifyPdf(file, bytes, pdf, ctx.lang);
  const c = palette(ctx.colorOut);
  const lang = ctx.lang;
  const name = basename(file);
  const docNo = outcome.document ?? '—';
  const headline = {
    identical: () => c.green(`✓ ${say(V.identical, lang, { file: name, document: docNo, version: VERSION })}`),
    'same-figures': () => c.green(`✓ ${say(V.sameFigures, lang, { file: name, document: docNo, made: outcome.details[0] ?? '', version: VERSION })}`),
    data: () => c.red(`✗ ${say(V.dataDiffers, lang, { file: name, document: docNo })}`),
    figures: () => c.red(`✗ ${say(V.figuresDiffer, lang, { file: name, document: docNo })}`),
    bytes: () => c.red(`✗ ${say(V.bytesDiffer, lang, { file: name, document: docNo })}`),
  }[outcome.verdict]();
  ctx.out(`${headline}\n`);
  const details = outcome.verdict === 'same-figures' ? outcome.details.slice(1) : outcome.details;
  for (const line of details.slice(0, 20)) ctx.out(`  ${line}\n`);
  if (details.length > 20) ctx.out(`  ${say(V.more, lang, { count: details.length - 20 })}\n`);
  return outcome;
}

async function verifyPdf(file: string, bytes: Uint8Array, pdf: SiapPdf, lang: Lang): Promise<VerifyOutcome> {
  const damaged = (name: string): string => say(V.damaged, lang, { name });
  if (!pdf.isPdf) throw new SiapError('VERIFY_NOT_PDF', { file }, { source: { file } });
  const manifest = pdf.manifest;
  if (!manifest) {
    // A siap PDF whose manifest cannot be read has been changed; anything else is not ours.
    if (pdf.fromSiap && (pdf.manifestDamaged || pdf.files.length > 0)) {
      return { status: 'failed', verdict: 'data', details: [damaged(MANIFEST_NAME)] };
    }
    // A PDF cut short (an interrupted download) has lost what would say whose it is.
    if (!/%%EOF\s*$/.test(Buffer.from(bytes.subarray(-64)).toString('latin1'))) throw new SiapError('VERIFY_TRUNCATED', { file }, { source: { file } });
    throw new SiapError('VERIFY_NOT_SIAP', { file }, { source: { file } });
  }

  // 1. The attached files against the hashes recorded for them.
  const found = new Map<string, Uint8Array>();
  const problems: string[] = [];
  const missing: ManifestFile[] = [];
  for (const entry of manifest.files) {
    const match = pdf.files.find((f) => f.sha256 === entry.sha256);
    if (match?.bytes) {
      found.set(entry.role, match.bytes);
      continue;
    }
    const named = pdf.files.find((f) => f.name === entry.name);
    if (named) problems.push(named.bytes ? say(V.changed, lang, { name: entry.name, now: named.sha256!.slice(0, 16), recorded: entry.sha256.slice(0, 16) }) : damaged(entry.name));
    else missing.push(entry);
  }
  // Attachments gone altogether (a PDF saved again by another program) cannot be checked: exit 2.
  // One that is still there but changed, or whose name alone was changed, is a difference: exit 1.
  const attachedStreams = pdf.files.length - 1; // the manifest is one of them
  if (missing.length > 0 && attachedStreams < manifest.files.length) {
    const first = missing[0]!;
    throw new SiapError('VERIFY_MISSING_ATTACHMENT', { name: first.name, role: first.role }, { source: { file } });
  }
  for (const entry of missing) problems.push(damaged(entry.name));
  if (problems.length > 0) return { status: 'failed', verdict: 'data', document: manifest.document, details: problems };

  return manifest.kind === 'recap' ? verifyRecap(bytes, manifest, lang) : verifyReport(bytes, manifest, found, lang);
}

const text = (bytes: Uint8Array | undefined): string => (bytes ? new TextDecoder('utf-8').decode(bytes) : '');

/** An attached rubric: a bundled version from its compiled form, any other from its YAML. */
const readRubric = (rubricText: string, name: string): Rubric => (compiledRubricForText(rubricText, name) ?? parseRubric(rubricText, name)).rubric;

/** `shownIn`: the language of the lines printed (the user's), not the report's. */
async function verifyReport(pdfBytes: Uint8Array, manifest: ReportManifest, found: Map<string, Uint8Array>, shownIn: Lang): Promise<VerifyOutcome> {
  const nameOf = (role: string): string => manifest.files.find((f) => f.role === role)?.name ?? role;
  const need = (role: string): Uint8Array => {
    const bytes = found.get(role);
    if (!bytes) throw new SiapError('VERIFY_MISSING_ATTACHMENT', { name: nameOf(role), role });
    return bytes;
  };
  const rubricText = text(need('rubric'));
  const rubric = readRubric(rubricText, nameOf('rubric'));
  const answersBytes = need('answers');
  const answers = parseAnswers(text(answersBytes), nameOf('answers'), rubric).answers;
  const result = scoreAssessment(rubric, answers);

  // 2. The figures, worked out again from the attached data by this siap.
  const figureDiff = figureLines(diffFigures(manifest.figures, figuresOf(result)), shownIn);
  if (manifest.siap !== VERSION) {
    if (figureDiff.length > 0) return { status: 'failed', verdict: 'figures', document: manifest.document, details: [`siap ${manifest.siap} → ${VERSION}`, ...figureDiff] };
    return { status: 'ok', verdict: 'same-figures', document: manifest.document, details: [manifest.siap] };
  }
  if (figureDiff.length > 0) return { status: 'failed', verdict: 'figures', document: manifest.document, details: figureDiff };

  // 3. The whole PDF, made again with the same inputs and options.
  const template = parseTemplate(text(need('template')), nameOf('template')).template;
  const logo = found.get('logo');
  if (logo) template.logo = { file: nameOf('logo'), bytes: logo, format: imageFormat(logo) ?? 'png' };
  const lang = isLang(manifest.lang) ? manifest.lang : 'id';
  let comparison;
  let compareSource;
  const compareBytes = found.get('compare');
  if (compareBytes) {
    const compareRubricText = found.get('compare-rubric');
    const selfRubric = compareRubricText ? readRubric(text(compareRubricText), nameOf('compare-rubric')) : rubric;
    const self = parseAnswers(text(compareBytes), nameOf('compare'), selfRubric).answers;
    comparison = comparisonSection({ rubric: selfRubric, answers: self, source: { locate: () => ({ file: nameOf('compare') }) } }, { rubric, result }, template.colors, lang);
    compareSource = { name: nameOf('compare'), bytes: compareBytes, ...(compareRubricText ? { rubric: { name: nameOf('compare-rubric'), text: text(compareRubricText) } } : {}) };
  }
  const again = await renderAssessmentReport(rubric, answers, {
    result,
    template,
    lang,
    ...(manifest.generated_at ? { generatedAt: new Date(manifest.generated_at) } : {}),
    ...(manifest.rank ? { rank: manifest.rank } : {}),
    source: { name: nameOf('answers'), bytes: answersBytes },
    rubricSource: { name: nameOf('rubric'), text: rubricText },
    ...(comparison && compareSource ? { comparison, compareSource } : {}),
    toolVersion: manifest.siap,
  });
  return compareBytes_(pdfBytes, again, manifest.document, shownIn);
}

/** A recap is drawn again from the input its manifest carries (its attachments were checked against their hashes above). */
async function verifyRecap(pdfBytes: Uint8Array, manifest: RecapManifest, shownIn: Lang): Promise<VerifyOutcome> {
  const input = manifest.input as RecapInput & { date: string };
  if (manifest.siap !== VERSION) return { status: 'ok', verdict: 'same-figures', document: manifest.document, details: [manifest.siap] };
  const again = await renderRecapPdf(buildRecapModel({ ...input, date: new Date(input.date) }));
  return compareBytes_(pdfBytes, again, manifest.document, shownIn);
}

/** The figures that differ, one line each, in the user's language. */
function figureLines(changes: FigureChange[], lang: Lang): string[] {
  const shown = (v: FigureChange['recorded']): string =>
    v === null || v === undefined ? '—' : typeof v === 'boolean' ? (v ? WORDS.yes : WORDS.no)[lang].toLowerCase() : typeof v === 'number' ? formatNumber(v, lang) : v;
  return changes.map((c) => say(V.figure, lang, { what: say(FIGURE_WORDS[c.what], lang, { id: c.id ?? '' }), recorded: shown(c.recorded), now: shown(c.now) }));
}

function compareBytes_(original: Uint8Array, again: Uint8Array, document: string, lang: Lang): VerifyOutcome {
  if (Buffer.compare(Buffer.from(original), Buffer.from(again)) === 0) return { status: 'ok', verdict: 'identical', document, details: [] };
  let at = 0;
  const n = Math.min(original.length, again.length);
  while (at < n && original[at] === again[at]) at++;
  return { status: 'failed', verdict: 'bytes', document, details: [say(V.firstDifference, lang, { at: formatQuantity(at, lang), size: formatQuantity(original.length, lang), remade: formatQuantity(again.length, lang) })] };
}
