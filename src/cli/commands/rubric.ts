import { SiapError, type Status } from '../../errors.js';
import { formatDecimal, pick, type Lang } from '../../i18n.js';
import { bundledVersion, migrationProblems } from '../../io/migrations.js';
import { loadRubric, loadRubricFile } from '../../io/rubrics.js';
import type { ParsedRubric } from '../../rubric/parse.js';
import { bundledRubricFiles, bundledVersions, latestBundledVersion } from '../../io/versions.js';
import { RUBRIC_CLI_WORDS as R } from '../../messages/cli.js';
import { say } from '../../messages/define.js';
import { isScored, type Question, type Rubric, type SectionNode } from '../../rubric/model.js';
import { KIND_WORDS, WORDS } from '../../messages/words.js';
import type { Context } from '../context.js';
import type { RubricListOptions, RubricSchemaOptions, RubricShowOptions, RubricValidateOptions } from '../options.js';
import { palette, printError, printWarnings } from '../print.js';
import { formatTable, truncate, wrapText } from '../table.js';

/** `siap rubric list [--json]`: the bundled rubrics, every version of each. */
export async function runRubricList(options: RubricListOptions, ctx: Context): Promise<{ status: Status }> {
  const files = bundledRubricFiles();
  const rubrics = files.map((f) => ({ rubric: loadRubricFile(f.file).rubric, latest: f.version === undefined || f.version === latestBundledVersion(f.id) }));
  if (options.json) {
    const list = rubrics.map(({ rubric: r, latest }) => ({ id: r.id, version: r.version, latest, title: r.title, questions: r.questions.length, sha256: r.sha256 }));
    ctx.out(`${JSON.stringify(list, null, 2)}\n`);
    return { status: 'ok' };
  }
  const c = palette(ctx.colorOut);
  const header = [R.id, R.version, R.questions, R.title].map((h) => h[ctx.lang]);
  const versioned = new Set(files.filter((f) => f.version !== undefined).map((f) => f.id));
  const rows = rubrics.map(({ rubric: r, latest }) => [
    r.id,
    r.version + (latest && versioned.has(r.id) ? ` (${R.latest[ctx.lang]})` : ''),
    String(r.questions.length),
    pick(r.title, ctx.lang),
  ]);
  ctx.out(`${formatTable([header.map((h) => c.bold(h)), ...rows], { right: [2] })}\n`);
  return { status: 'ok' };
}

/** Share of the whole index each node carries (weights normalised among siblings). */
function shares(rubric: Rubric): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (nodes: (SectionNode | Question)[], parentShare: number): void => {
    const total = nodes.reduce((sum, n) => sum + ('kind' in n && !isScored(n) ? 0 : n.weight), 0);
    for (const node of nodes) {
      const isText = 'kind' in node && !isScored(node);
      const share = isText || total === 0 ? 0 : (parentShare * node.weight) / total;
      out.set(node.id, share);
      if (!('kind' in node)) walk(node.sections.length > 0 ? node.sections : node.questions, share);
    }
  };
  walk(rubric.sections, 1);
  return out;
}

/** `siap rubric show <id|file> [--questions]`: the outline with weights and shares. */
export async function runRubricShow(options: RubricShowOptions, ctx: Context): Promise<{ status: Status }> {
  const withQuestions = options.questions;
  const { rubric, warnings, bundled } = loadRubric(options.rubric, { cwd: ctx.cwd });
  const isBundledShow = Boolean(bundled);
  printWarnings(warnings, ctx);
  const c = palette(ctx.colorOut);
  const lang = ctx.lang;
  const share = shares(rubric);
  const pct = (id: string): string => `${formatDecimal((share.get(id) ?? 0) * 100, 2, lang)}%`;
  const expression = rubric.index.expression === 'percent' ? WORDS.percent[lang] : `${WORDS.scale[lang]} ${rubric.index.lower}–${rubric.index.upper}`;
  const lines: string[] = [
    c.bold(`${pick(rubric.title, lang)}`),
    `${rubric.id} v${rubric.version} · ${rubric.questions.length} ${WORDS.questions[lang]} · ${WORDS.index[lang].toLowerCase()}: ${expression} · sha256 ${rubric.sha256.slice(0, 12)}`,
  ];
  if (rubric.source) lines.push(truncate(pick(rubric.source, lang), 110));
  const others = isBundledShow ? bundledVersions(rubric.id).filter((v) => v !== rubric.version) : [];
  if (others.length > 0) {
    const latest = latestBundledVersion(rubric.id)!;
    if (latest !== rubric.version) lines.push(c.yellow(say(R.olderVersion, lang, { latest })));
    lines.push(say(R.otherVersions, lang, { versions: others.join(', '), id: rubric.id }));
  }
  lines.push('');
  const rows: string[][] = [[R.id, R.sectionQuestion, R.kind, R.weight, R.share].map((h) => c.bold(h[lang]))];
  const walk = (node: SectionNode): void => {
    const indent = '  '.repeat(node.depth - 1);
    rows.push([indent + node.id, indent + truncate(pick(node.title, lang), 60 - indent.length), '', String(node.weight), pct(node.id)]);
    node.sections.forEach(walk);
    if (withQuestions) {
      for (const q of node.questions) {
        const qi = '  '.repeat(node.depth);
        const kind = q.kind === 'level' ? `${KIND_WORDS.level![lang]} ${q.scale}` : KIND_WORDS[q.kind]![lang];
        const marks = [q.allowNa ? 'N/A' : '', q.when ? R.conditional[lang] : '', ...q.tags].filter(Boolean).join(', ');
        rows.push([qi + q.id, qi + truncate(pick(q.title ?? q.text, lang), 60 - qi.length), kind + (marks ? ` (${marks})` : ''), isScored(q) ? String(q.weight) : '–', isScored(q) ? pct(q.id) : '']);
      }
    } else if (node.questions.length > 0) {
      rows.push(['', `${'  '.repeat(node.depth)}${c.dim(`${node.questions.length} ${WORDS.questions[lang]}`)}`, '', '', '']);
    }
  };
  rubric.sections.forEach(walk);
  lines.push(formatTable(rows, { right: [3, 4] }));
  lines.push('');
  const bandLine = rubric.bands.map((b) => `${pick(b.label, lang)} ≥ ${b.min}`).join(' · ');
  lines.push(`${c.bold(WORDS.band[lang])}: ${bandLine}`);
  if (rubric.gates.length > 0) {
    lines.push(c.bold(R.gates[lang]));
    for (const gate of rubric.gates) lines.push(`  • ${pick(gate.title, lang)}`);
  }
  if (rubric.context.length > 0) {
    lines.push(c.bold(R.context[lang]));
    lines.push(...wrapText(rubric.context.map((f) => `${f.id} (${pick(f.title ?? f.text, lang)})`).join(', '), ctx.columns ?? 100, '  ').map((l) => `  ${l.trimStart()}`));
  }
  for (const cw of rubric.crosswalks.values()) lines.push(...crosswalkLines(rubric, cw.id, lang, c));
  for (const m of rubric.migrations) lines.push(`${c.bold(R.migrations[lang])} ${say(R.migrationFrom, lang, { from: m.from, rules: m.rules.length })}`);
  ctx.out(`${lines.join('\n')}\n`);
  return { status: 'ok' };
}

/**
 * The questions that overlap with another instrument (e.g. SPBE indicators), with the other
 * instrument's item titles when siap ships it, and how its levels read on this rubric's scale.
 */
function crosswalkLines(rubric: Rubric, id: string, lang: Lang, c: ReturnType<typeof palette>): string[] {
  const cw = rubric.crosswalks.get(id)!;
  let other: Rubric | undefined;
  try {
    other = loadRubric(id).rubric;
  } catch {
    other = undefined;
  }
  const lines = ['', c.bold(pick(cw.title, lang))];
  if (cw.levels) lines.push(`  ${say(R.crosswalkLevels, lang, { scale: cw.levels.scale, map: cw.levels.map.map((m) => `${m.from}→${m.to}`).join(', ') })}`);
  for (const q of rubric.questions) {
    const items = q.crosswalk?.[id];
    if (!items) continue;
    const named = items.map((item) => {
      const match = other?.questionById.get(item);
      return match ? `${item} ${pick(match.title ?? match.text, lang)}` : item;
    });
    lines.push(`  ${c.bold(q.id)} ${truncate(pick(q.title ?? q.text, lang), 40)} → ${named.join('; ')}`);
  }
  return lines;
}

/**
 * `siap rubric validate <files…>`: every problem of every file as `file:line:col CODE message`.
 * Exit 2 when any file is not a valid rubric (its problems are invalid input, like any other).
 */
export async function runRubricValidate(options: RubricValidateOptions, ctx: Context): Promise<{ status: Status }> {
  const c = palette(ctx.colorOut);
  const results = options.files.map((file): { file: string; parsed?: ParsedRubric; error?: SiapError } => {
    try {
      return { file, parsed: loadRubric(file, { cwd: ctx.cwd }) };
    } catch (error) {
      if (!(error instanceof SiapError)) throw error;
      return { file, error };
    }
  });
  let failed = false;
  for (const { file, parsed, error } of results) {
    if (error || !parsed) {
      printError(error!, ctx);
      failed = true;
      continue;
    }
    // Migrations are checked against the versions they come from: files given together, else the bundled ones.
    const { rubric, warnings } = parsed;
    const sourceFor = (version: string) =>
      results.find((other) => other.parsed?.rubric.id === rubric.id && other.parsed.rubric.version === version)?.parsed?.rubric ?? bundledVersion(rubric.id, version)?.rubric;
    const problems = migrationProblems(parsed, sourceFor, { requireSources: Boolean(parsed.bundled) });
    if (problems.length > 0) {
      printError(new SiapError('RUBRIC_INVALID', { count: problems.length }, { diagnostics: problems }), ctx);
      failed = true;
      continue;
    }
    printWarnings(warnings, ctx);
    ctx.out(`${c.green('✓')} ${file}: ${summary(rubric, ctx.lang)}\n`);
  }
  return { status: failed ? 'invalid' : 'ok' };
}

function summary(rubric: Rubric, lang: Lang): string {
  const depths = Math.max(...[...rubric.nodes.values()].map((n) => n.depth));
  const tiers = Array.from({ length: depths }, (_, i) => {
    const count = [...rubric.nodes.values()].filter((n) => n.depth === i + 1).length;
    const name = rubric.tiers[i] ? pick(rubric.tiers[i], lang).toLowerCase() : say(R.tierOf, lang, { n: i + 1 });
    return `${count} ${name}`;
  });
  const counts = { questions: rubric.questions.length, scales: rubric.scales.size, gates: rubric.gates.length };
  return [`valid — ${rubric.id} v${rubric.version}`, ...tiers, say(R.counts, lang, counts)].join(', ');
}

/** `siap rubric schema [--answers|--template|--score|--rubric R]`: a JSON Schema for editors. */
export async function runRubricSchema(options: RubricSchemaOptions, ctx: Context): Promise<{ status: Status }> {
  const { answersSchemaForRubric, jsonSchemaFor } = await import('../../schemas.js');
  if (options.rubric !== undefined) {
    const { rubric } = loadRubric(options.rubric, { cwd: ctx.cwd });
    ctx.out(`${JSON.stringify(await answersSchemaForRubric(rubric, ctx.lang), null, 2)}\n`);
    return { status: 'ok' };
  }
  ctx.out(`${JSON.stringify(await jsonSchemaFor(options.schema), null, 2)}\n`);
  return { status: 'ok' };
}
