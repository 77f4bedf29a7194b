import { SiapError } from '../../errors.js';
import { formatDecimal, pick, type Lang } from '../../i18n.js';
import { bundledRubricIds, loadRubric } from '../../io/rubrics.js';
import type { Question, Rubric, SectionNode } from '../../rubric/model.js';
import { KIND_WORDS, WORDS } from '../../vocabulary.js';
import type { Context } from '../context.js';
import { palette, printError, printWarnings } from '../print.js';
import { formatTable, truncate } from '../table.js';

/** `siap rubric list | show | validate | schema`. */
export async function runRubric(command: string, args: string[], options: Record<string, unknown>, ctx: Context): Promise<number> {
  switch (command) {
    case 'rubric-list':
      return listRubrics(Boolean(options.json), ctx);
    case 'rubric-show':
      return showRubric(args[0]!, Boolean(options.questions), ctx);
    case 'rubric-validate':
      return validateRubrics(args, ctx);
    default:
      return printSchema(options, ctx);
  }
}

function listRubrics(json: boolean, ctx: Context): number {
  const rubrics = bundledRubricIds().map((id) => loadRubric(id, ctx.lang).rubric);
  if (json) {
    ctx.out(`${JSON.stringify(rubrics.map((r) => ({ id: r.id, version: r.version, title: r.title, questions: r.questions.length, sha256: r.sha256 })), null, 2)}\n`);
    return 0;
  }
  const c = palette(ctx.colorOut);
  const header = ctx.lang === 'id' ? ['ID', 'VERSI', 'PERTANYAAN', 'JUDUL'] : ['ID', 'VERSION', 'QUESTIONS', 'TITLE'];
  const rows = rubrics.map((r) => [r.id, r.version, String(r.questions.length), pick(r.title, ctx.lang)]);
  ctx.out(`${formatTable([header.map((h) => c.bold(h)), ...rows], { right: [2] })}\n`);
  return 0;
}

/** Share of the whole index each node carries (weights normalised among siblings). */
function shares(rubric: Rubric): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (nodes: (SectionNode | Question)[], parentShare: number): void => {
    const total = nodes.reduce((sum, n) => sum + ('kind' in n && n.kind === 'text' ? 0 : n.weight), 0);
    for (const node of nodes) {
      const isText = 'kind' in node && node.kind === 'text';
      const share = isText || total === 0 ? 0 : (parentShare * node.weight) / total;
      out.set(node.id, share);
      if (!('kind' in node)) walk(node.sections.length > 0 ? node.sections : node.questions, share);
    }
  };
  walk(rubric.sections, 1);
  return out;
}

function showRubric(ref: string, withQuestions: boolean, ctx: Context): number {
  const { rubric, warnings } = loadRubric(ref, ctx.lang);
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
  lines.push('');
  const rows: string[][] = [[c.bold('ID'), c.bold(lang === 'id' ? 'BAGIAN / PERTANYAAN' : 'SECTION / QUESTION'), c.bold(lang === 'id' ? 'JENIS' : 'KIND'), c.bold(lang === 'id' ? 'BOBOT' : 'WEIGHT'), c.bold(lang === 'id' ? 'PORSI' : 'SHARE')]];
  const walk = (node: SectionNode): void => {
    const indent = '  '.repeat(node.depth - 1);
    rows.push([indent + node.id, indent + truncate(pick(node.title, lang), 60 - indent.length), '', String(node.weight), pct(node.id)]);
    node.sections.forEach(walk);
    if (withQuestions) {
      for (const q of node.questions) {
        const qi = '  '.repeat(node.depth);
        const kind = q.kind === 'level' ? `${KIND_WORDS.level![lang]} ${q.scale}` : KIND_WORDS[q.kind]![lang];
        const marks = [q.allowNa ? 'N/A' : '', q.when ? (lang === 'id' ? 'bersyarat' : 'conditional') : '', ...q.tags].filter(Boolean).join(', ');
        rows.push([qi + q.id, qi + truncate(pick(q.title ?? q.text, lang), 60 - qi.length), kind + (marks ? ` (${marks})` : ''), q.kind === 'text' ? '–' : String(q.weight), q.kind === 'text' ? '' : pct(q.id)]);
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
    lines.push(c.bold(lang === 'id' ? 'Syarat rekomendasi:' : 'Gates for the recommendation:'));
    for (const gate of rubric.gates) lines.push(`  • ${pick(gate.title, lang)}`);
  }
  ctx.out(`${lines.join('\n')}\n`);
  return 0;
}

function validateRubrics(files: string[], ctx: Context): number {
  let failed = 0;
  const c = palette(ctx.colorOut);
  for (const file of files) {
    try {
      const { rubric, warnings } = loadRubric(file, ctx.lang);
      printWarnings(warnings, ctx);
      ctx.out(`${c.green('✓')} ${file}: ${summary(rubric, ctx.lang)}\n`);
    } catch (error) {
      if (!(error instanceof SiapError)) throw error;
      printError(error, ctx);
      failed++;
    }
  }
  return failed > 0 ? 2 : 0;
}

function summary(rubric: Rubric, lang: Lang): string {
  const depths = Math.max(...[...rubric.nodes.values()].map((n) => n.depth));
  const tiers = Array.from({ length: depths }, (_, i) => {
    const count = [...rubric.nodes.values()].filter((n) => n.depth === i + 1).length;
    const name = rubric.tiers[i] ? pick(rubric.tiers[i], lang).toLowerCase() : lang === 'id' ? `bagian tingkat ${i + 1}` : `level-${i + 1} sections`;
    return `${count} ${name}`;
  });
  const parts = lang === 'id'
    ? [`valid — ${rubric.id} v${rubric.version}`, ...tiers, `${rubric.questions.length} pertanyaan`, `${rubric.scales.size} skala`, `${rubric.gates.length} syarat`]
    : [`valid — ${rubric.id} v${rubric.version}`, ...tiers, `${rubric.questions.length} questions`, `${rubric.scales.size} scales`, `${rubric.gates.length} gates`];
  return parts.join(', ');
}

async function printSchema(options: Record<string, unknown>, ctx: Context): Promise<number> {
  const { answersSchemaForRubric, jsonSchemaFor } = await import('../../schemas.js');
  if (typeof options.rubric === 'string') {
    const { rubric } = loadRubric(options.rubric, ctx.lang);
    ctx.out(`${JSON.stringify(await answersSchemaForRubric(rubric, ctx.lang), null, 2)}\n`);
    return 0;
  }
  const which = options.answers ? 'answers' : options.template ? 'template' : options.score ? 'score' : 'rubric';
  ctx.out(`${JSON.stringify(await jsonSchemaFor(which), null, 2)}\n`);
  return 0;
}
