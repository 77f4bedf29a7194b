import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { parseAnswers, readAnswersSource } from '../../answers/parse.js';
import { serializeAnswers } from '../../answers/write.js';
import { toMergeJson } from '../../compare/json.js';
import { kappaStrength, type KappaStrength, type KappaWeighting } from '../../compare/kappa.js';
import { checkMergeable, mergeAssessments, type ConsensusRule, type MergeInput, type MergeResult, type QuestionAgreement, type RaterAnswer } from '../../compare/merge.js';
import { isSiapError, SiapError, type Diagnostic } from '../../errors.js';
import { formatDecimal, type Lang, type Words } from '../../i18n.js';
import { fileExists, writeFileAtomic } from '../../io/files.js';
import { loadAssessment } from '../../io/load.js';
import { BUNDLED_RUBRICS } from '../../io/rubrics.js';
import { formatAnswer, formatIndex } from '../../present.js';
import type { Rubric } from '../../rubric/model.js';
import { scoreAssessment } from '../../scoring/score.js';
import { decodeText } from '../../source/text.js';
import { regencyDisplayName, WORDS } from '../../vocabulary.js';
import type { Context } from '../context.js';
import { palette, printWarnings } from '../print.js';
import { formatTable, truncate } from '../table.js';

/**
 * `siap merge <FILES…> -o OUT [--rule median|min] [--kappa linear|quadratic] [--json] [--force]`:
 * several assessors' answers for one regency → agreement figures (stdout) and a consensus
 * answers file whose disputed items are left open for `siap assess OUT`.
 */
export async function runMerge(files: string[], options: Record<string, unknown>, ctx: Context): Promise<number> {
  const output = String(options.output);
  const rule: ConsensusRule = options.rule === 'min' ? 'min' : 'median';
  const kappa: KappaWeighting = options.kappa === 'quadratic' ? 'quadratic' : 'linear';
  if (files.length < 2) throw new SiapError('MERGE_TOO_FEW_FILES', { count: files.length });

  const seen = new Map<string, string>();
  for (const file of files) {
    const key = resolve(ctx.cwd, file);
    if (seen.has(key)) throw new SiapError('MERGE_DUPLICATE_FILE', {}, { source: { file } });
    seen.set(key, file);
  }
  const outputPath = resolve(ctx.cwd, output);
  if (seen.has(outputPath)) throw new SiapError('MERGE_OUTPUT_IS_INPUT', {}, { source: { file: output } });
  if (!options.force && fileExists(outputPath)) throw new SiapError('FILE_EXISTS', {}, { source: { file: output } });

  // Load every file, so every broken one is reported at once.
  const inputs: MergeInput[] = [];
  const problems: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const file of files) {
    try {
      const loaded = loadAssessment(file, { lang: ctx.lang });
      warnings.push(...loaded.warnings);
      const source = readAnswersSource(decodeText(loaded.bytes, file), file, ctx.lang);
      inputs.push({
        file,
        recordAs: relative(dirname(outputPath), resolve(ctx.cwd, file)).split('\\').join('/'),
        rubric: loaded.rubric,
        answers: loaded.answers,
        result: scoreAssessment(loaded.rubric, loaded.answers),
        locate: (path) => source.locate(path),
      });
    } catch (error) {
      if (!isSiapError(error)) throw error;
      problems.push(...error.problems());
    }
  }
  // Broken files and files that do not belong together are reported in one go.
  const checks = checkMergeable(inputs);
  problems.push(...checks.filter((d) => d.severity === 'error'));
  if (problems.length > 0) {
    const order = new Map(files.map((f, i) => [f, i]));
    problems.sort((x, y) => (order.get(x.source?.file ?? '') ?? 0) - (order.get(y.source?.file ?? '') ?? 0));
    throw new SiapError('MERGE_REFUSED', { count: problems.filter((d) => d.severity === 'error').length }, { diagnostics: problems });
  }
  printWarnings([...warnings, ...checks.filter((d) => d.severity === 'warning')], ctx);

  const result = mergeAssessments(inputs, { rule, kappa, output });
  const rubric = inputs[0]!.rubric;
  const rubricFile = consensusRubricFile(inputs[0]!, outputPath, ctx.cwd);
  if (rubricFile) result.consensus.rubric.file = rubricFile;
  const text = serializeAnswers(result.consensus, rubric);
  // The consensus must read back as a valid answers file before it is written.
  const consensus = parseAnswers(text, output, rubric, { lang: ctx.lang }).answers;
  writeFileAtomic(output, text, { overwrite: Boolean(options.force) });
  const score = scoreAssessment(rubric, consensus);

  if (options.json) ctx.out(`${JSON.stringify(toMergeJson(result, output), null, 2)}\n`);
  else ctx.out(formatMerge(result, rubric, ctx.lang, palette(ctx.colorOut)));

  const open = result.disputes.length + result.incomplete.length;
  const agreed = result.questions.filter((q) => q.outcome === 'agreed').length;
  const index = `${formatIndex(score.index, score.decimals, ctx.lang)} / ${score.upper}`;
  const provisional = score.provisional ? ` [${WORDS.provisional[ctx.lang]}]` : '';
  ctx.err(
    ctx.lang === 'id'
      ? `Berkas konsensus ditulis: ${output} — ${agreed} butir disepakati, ${open} menunggu keputusan panel; indeks ${index}${provisional}\n` +
          (open > 0 ? `Putuskan butir yang terbuka satu per satu dengan: siap assess ${output}\n` : '')
      : `Consensus file written: ${output} — ${agreed} item(s) agreed, ${open} awaiting the panel; index ${index}${provisional}\n` +
          (open > 0 ? `Settle the open items one by one with: siap assess ${output}\n` : ''),
  );
  return 0;
}

/** A rubric named by path in the assessors' files is named again relative to the consensus file. */
function consensusRubricFile(first: MergeInput, outputPath: string, cwd: string): string | undefined {
  const ref = first.answers.rubric.file;
  if (!ref) return undefined;
  const abs = isAbsolute(ref) ? ref : resolve(cwd, dirname(first.file), ref);
  if (abs.startsWith(BUNDLED_RUBRICS)) return undefined;
  return relative(dirname(outputPath), abs).split('\\').join('/');
}

const STRENGTH_WORDS: Record<KappaStrength, Words> = {
  poor: { id: 'buruk', en: 'poor' },
  slight: { id: 'sangat lemah', en: 'slight' },
  fair: { id: 'lemah', en: 'fair' },
  moderate: { id: 'sedang', en: 'moderate' },
  substantial: { id: 'kuat', en: 'substantial' },
  'almost-perfect': { id: 'hampir sempurna', en: 'almost perfect' },
};

const REASON_WORDS: Record<NonNullable<QuestionAgreement['reason']>, Words> = {
  spread: { id: 'selisih lebih dari satu level', en: 'more than one level apart' },
  'na-vs-value': { id: 'N/A lawan nilai', en: 'N/A against a value' },
  different: { id: 'jawaban berbeda', en: 'different answers' },
};

function percent(value: number | null, lang: Lang): string {
  return value === null ? '—' : `${formatDecimal(value * 100, 1, lang)}%`;
}

/** The agreement figures and the items the panel has to settle, for the terminal. */
export function formatMerge(m: MergeResult, rubric: Rubric, lang: Lang, col: ChalkInstance): string {
  const t = (words: Words): string => words[lang];
  const lines: string[] = [];
  const regency = m.consensus.regency.name ? regencyDisplayName(m.consensus.regency) : '—';
  lines.push(col.bold(`${t({ id: `Penggabungan penilaian ${m.raters.length} asesor`, en: `Merging ${m.raters.length} assessors' answers` })} · ${regency}`));
  const ruleText =
    m.rule === 'median'
      ? t({ id: 'median (nilai tengah; yang lebih rendah bila jumlah asesor genap)', en: 'median (the lower middle value for an even number of assessors)' })
      : t({ id: 'minimum (nilai terendah)', en: 'minimum (the lowest value)' });
  lines.push(col.dim(`  ${rubric.id} v${rubric.version} · ${t({ id: 'aturan konsensus', en: 'consensus rule' })}: ${ruleText}`));
  lines.push(formatTable(m.raters.map((r, i) => [`${i + 1}`, r.assessor, col.dim(r.file)]), { indent: '  ' }));
  lines.push('');

  const a = m.agreement;
  const label = (words: Words): string => t(words).padEnd(17);
  lines.push(
    `  ${label({ id: 'Kesepakatan', en: 'Agreement' })}${col.bold(`${a.agreed} ${t({ id: 'dari', en: 'of' })} ${a.compared} ${t({ id: 'butir', en: 'items' })} (${percent(a.percent, lang)})`)}` +
      col.dim(`   ${t({ id: 'sama persis', en: 'identical' })}: ${a.identical} ${t({ id: 'dari', en: 'of' })} ${a.compared} (${percent(a.identicalPercent, lang)})`),
  );
  const k = m.kappa;
  const weighting = k.weighting === 'linear' ? t({ id: 'bobot linear', en: 'linear weights' }) : t({ id: 'bobot kuadratik', en: 'quadratic weights' });
  const kappaText = k.value === null ? '—' : formatDecimal(k.value, 2, lang);
  const strength = k.value === null ? t({ id: 'tidak dapat dihitung (terlalu sedikit butir level yang dinilai bersama)', en: 'cannot be computed (too few level items rated by both)' }) : STRENGTH_WORDS[kappaStrength(k.value)][lang];
  const how = k.pairs.length > 1 ? t({ id: `rata-rata ${k.pairs.length} pasang asesor`, en: `mean of ${k.pairs.length} assessor pairs` }) : 'Cohen';
  lines.push(`  ${label({ id: 'Kappa berbobot', en: 'Weighted kappa' })}${col.bold(kappaText)} ${col.dim(`(${weighting}, ${how})`)} — ${strength}`);
  if (k.pairs.length > 1) {
    const pairs = k.pairs.map((p) => `${p.a + 1}–${p.b + 1} ${p.kappa === null ? '—' : formatDecimal(p.kappa, 2, lang)} (${p.items} ${t({ id: 'butir', en: 'items' })})`);
    lines.push(`  ${' '.repeat(17)}${col.dim(pairs.join(' · '))}`);
  }

  const table = (items: QuestionAgreement[], withReason: boolean): string => {
    const head = ['ID', ...m.raters.map((_, i) => `${i + 1}`), withReason ? t({ id: 'ALASAN', en: 'REASON' }) : ''];
    const rows = [head.map((h) => col.bold(h))];
    for (const q of items) {
      const question = rubric.questionById.get(q.id)!;
      rows.push([col.bold(q.id), ...q.ratings.map((r) => truncate(ratingText(r, question, lang), 22)), withReason && q.reason ? REASON_WORDS[q.reason][lang] : '']);
    }
    return formatTable(rows, { indent: '  ' });
  };
  if (m.disputes.length > 0) {
    lines.push('');
    lines.push(col.bold(t({ id: `Butir yang diperdebatkan (${m.disputes.length}) — dibiarkan kosong untuk diputuskan panel`, en: `Disputed items (${m.disputes.length}) — left open for the panel to settle` })));
    lines.push(table(m.disputes, true));
  }
  if (m.incomplete.length > 0) {
    lines.push('');
    lines.push(col.bold(t({ id: `Butir yang tidak dijawab semua asesor (${m.incomplete.length}) — juga menunggu panel`, en: `Items not answered by every assessor (${m.incomplete.length}) — also awaiting the panel` })));
    lines.push(table(m.incomplete, false));
  }
  if (m.disputes.length === 0 && m.incomplete.length === 0) {
    lines.push('');
    lines.push(col.green(t({ id: 'Semua butir disepakati.', en: 'Every item is agreed.' })));
  }
  return `${lines.join('\n')}\n`;
}

function ratingText(r: RaterAnswer, question: Parameters<typeof formatAnswer>[0], lang: Lang): string {
  if (r.rating.kind === 'value') return formatAnswer(question, r.rating.value, lang);
  if (r.rating.kind === 'na') return 'N/A';
  return '—';
}
