import { pick, type Lang, type Words } from '../i18n.js';
import { isScored, type Column, type Condition, type Question, type Rubric, type SectionNode, type Threshold } from '../rubric/model.js';
import { say, withCommand } from '../messages/define.js';
import { formatRange, formatSpan, opSymbol } from '../messages/present.js';
import { slugify } from '../util/slug.js';
import { KIND_WORDS, TEMPLATE_WORDS as W, VALUE_WORDS } from '../messages/words.js';

export interface TemplateOptions {
  lang: Lang;
  regency?: { name?: string; kind?: 'kabupaten' | 'kota'; province?: string; code?: string };
  assessmentKind?: 'self' | 'assessor';
  profile?: string;
  /** Location of the answers JSON Schema for the yaml-language-server line. */
  schemaRef?: string;
  /** Path of a rubric that is not bundled, relative to the answers file. */
  rubricFile?: string;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function quote(text: string): string {
  return JSON.stringify(text);
}

/** A long comment text cut into lines of at most `width` characters at spaces. */
function wrapComment(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** One comment line per paragraph; newlines in rubric texts must not break out of the comment. */
function comment(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** A `when` condition in words: `K2 = true dan I1 ≥ 50`. */
export function describeCondition(condition: Condition, lang: Lang): string {
  switch (condition.type) {
    case 'all':
      return condition.of.map((c) => describeCondition(c, lang)).join(` ${W.and[lang]} `);
    case 'any':
      return condition.of.map((c) => describeCondition(c, lang)).join(` ${W.or[lang]} `);
    case 'not':
      return `${W.not[lang]} (${describeCondition(condition.of, lang)})`;
    case 'regency':
      return `${W.regionKind[lang]} ${opSymbol(condition.op)} ${JSON.stringify(condition.value)}`;
    case 'compare':
      return `${condition.question} ${opSymbol(condition.op)} ${Array.isArray(condition.value) ? `[${condition.value.join(', ')}]` : String(condition.value)}`;
  }
}

function thresholdLines(thresholds: Threshold[], lang: Lang, indent: string): string[] {
  return thresholds.map((th, i) => {
    const span = formatSpan(th.from, thresholds[i + 1]?.from, lang);
    const descriptor = th.descriptor ? ` — ${comment(pick(th.descriptor, lang))}` : '';
    return `${indent}${span}${th.label ? `  ${comment(pick(th.label, lang))}` : ''}${descriptor}`;
  });
}

function columnsText(columns: Column[], lang: Lang): string {
  return columns
    .map((c) => {
      const unit = c.unit ? ` (${comment(pick(c.unit, lang))})` : '';
      const options = c.options ? ` [${c.options.map((o) => o.id).join('|')}]` : '';
      return `${c.id}: …${unit}${options}${c.required ? ` *${W.required[lang]}` : ''}`;
    })
    .join(', ');
}

function questionBlock(q: Question, lang: Lang, rubric?: Rubric, key = 'answers'): string[] {
  const t = (words: Words): string => words[lang];
  const kind = q.kind === 'level' ? `${KIND_WORDS.level![lang]} ${q.scale}` : KIND_WORDS[q.kind]![lang];
  const scored = isScored(q) && key === 'answers';
  const flags = [kind, scored ? `${t(W.weight)} ${q.weight}` : '', q.required || !scored ? '' : t(W.optional)].filter(Boolean).join(', ');
  const title = q.title && pick(q.title, lang) !== pick(q.text, lang) ? `${comment(pick(q.title, lang))} — ` : '';
  const out: string[] = ['', `  # ${q.id} · ${title}${comment(pick(q.text, lang))}  [${flags}]`];
  if (q.hint) out.push(`  #   ${t(W.hint)}: ${comment(pick(q.hint, lang))}`);
  switch (q.kind) {
    case 'level':
      out.push(`  #   ${t(W.values)}:`);
      for (const level of q.levels) {
        out.push(`  #     ${level.value}  ${comment(pick(level.label, lang))} — ${comment(pick(level.descriptor, lang))}`);
        if (level.evidence.length > 0) out.push(`  #        ${t(W.evidenceAt)}: ${level.evidence.map((e) => comment(pick(e, lang))).join('; ')}`);
      }
      break;
    case 'boolean':
      out.push(`  #   ${t(W.values)}: ${t(VALUE_WORDS.trueOrFalse)}`);
      break;
    case 'choice':
    case 'multi':
      out.push(`  #   ${t(W.values)}${q.kind === 'multi' ? ` (${t(W.multiHow)})` : ''}:`);
      for (const option of q.options) {
        const descriptor = option.descriptor ? ` — ${comment(pick(option.descriptor, lang))}` : '';
        out.push(`  #     ${option.id}  ${comment(pick(option.label, lang))}${descriptor}`);
      }
      break;
    case 'number': {
      const unit = q.unit ? `, ${t(W.unit)}: ${comment(pick(q.unit, lang))}` : '';
      out.push(`  #   ${t(W.values)}: ${formatRange(q.min, q.max, lang)}${q.integer ? `, ${t(W.wholeNumber)}` : ''}${unit}`);
      out.push(...thresholdLines(q.thresholds, lang, '  #     '));
      for (const variant of q.variants ?? []) {
        out.push(`  #   ${say(W.thresholdsWhen, lang, { condition: describeCondition(variant.when, lang) })}:`);
        out.push(...thresholdLines(variant.thresholds, lang, '  #     '));
      }
      break;
    }
    case 'text':
      out.push(`  #   ${t(W.values)}: ${t(W.textHow)}`);
      break;
    case 'list':
      out.push(`  #   ${t(W.values)}: ${say(W.listHow, lang, { columns: columnsText(q.columns, lang) })}`);
      break;
  }
  for (const [id, items] of Object.entries(q.crosswalk ?? {})) {
    const title = rubric?.crosswalks.get(id)?.title;
    out.push(`  #   ${say(W.crosswalk, lang, { title: title ? comment(pick(title, lang)) : id })}: ${items.join(', ')}`);
  }
  if (q.evidence.length > 0) out.push(`  #   ${t(W.evidence)}: ${q.evidence.map((e) => comment(pick(e, lang))).join('; ')}`);
  if (q.when) out.push(`  #   ${t(W.onlyWhen)}: ${describeCondition(q.when, lang)}`);
  if (q.allowNa) out.push(`  #   ${t(W.naAllowed)}`);
  out.push(`  ${q.id}:`);
  out.push('    value:');
  if (q.allowNa) out.push('    na:');
  out.push('    note:');
  if (key === 'answers') out.push('    evidence: []');
  return out;
}

/** Which questions a template holds: those of the profile, and not the assessors' own in a self-assessment. */
interface TemplateScope {
  profileTags: string[] | undefined;
  self: boolean;
}

function sectionBlock(node: SectionNode, lang: Lang, scope: TemplateScope, rubric?: Rubric): string[] {
  const out: string[] = [];
  const title = comment(pick(node.title, lang));
  if (node.depth === 1) {
    out.push('', `  # ${'═'.repeat(72)}`, `  # ${title.toUpperCase()} (${W.weight[lang]} ${node.weight})`, `  # ${'═'.repeat(72)}`);
  } else {
    out.push('', `  # ── ${node.id} ${title} (${W.weight[lang]} ${node.weight}) ${'─'.repeat(Math.max(3, 60 - title.length))}`);
  }
  for (const child of node.sections) out.push(...sectionBlock(child, lang, scope, rubric));
  for (const q of node.questions) {
    if (scope.profileTags && !q.tags.some((tag) => scope.profileTags!.includes(tag))) continue;
    // Not asked in a self-assessment (its answer would be ignored): left out, as the form does.
    if (scope.self && q.assessorOnly) continue;
    out.push(...questionBlock(q, lang, rubric));
  }
  return out;
}

/**
 * A self-scoring template: commented YAML that loads as a valid, fully unanswered answers file.
 * Every question is a block with its text, accepted values with descriptors, and the evidence to
 * attach; values are left empty. A self-assessment's template leaves out the questions for
 * assessors only (`assessor_only`), which it does not ask.
 */
export function buildAnswersTemplate(rubric: Rubric, options: TemplateOptions): string {
  const { lang } = options;
  const t = (words: Words): string => words[lang];
  const regency = options.regency ?? {};
  const profileTags = options.profile ? rubric.profiles.get(options.profile)?.tags : undefined;
  const lines: string[] = [];
  if (options.schemaRef) lines.push(`# yaml-language-server: $schema=${options.schemaRef}`, '#');
  lines.push(`# ${t(W.intro)} — ${comment(pick(rubric.title, lang))} (${rubric.id} v${rubric.version})`);
  if (rubric.description) lines.push(`# ${comment(pick(rubric.description, lang))}`);
  lines.push('#', ...W.howTo[lang].map((l) => `# ${withCommand(l)}`));
  // What the levels mean (cumulative levels, what "some" and "routine" mean), once for each scale.
  for (const scale of rubric.scales.values()) {
    if (!scale.description && !scale.cumulative) continue;
    const rules = scale.description ? comment(pick(scale.description, lang)) : t(W.cumulative);
    lines.push('#', ...wrapComment(`${say(W.scaleRules, lang, { scale: scale.id })}: ${rules}`, 100).map((l) => `# ${l}`));
  }
  lines.push('');
  lines.push('format: siap-answers/1');
  lines.push('rubric:', `  id: ${quote(rubric.id)}`, `  version: ${quote(rubric.version)}`, `  sha256: ${quote(rubric.sha256)}`);
  if (options.rubricFile) lines.push(`  file: ${quote(options.rubricFile)}`);
  lines.push('regency:');
  lines.push(`  name: ${regency.name ? quote(regency.name) : ''}`.trimEnd());
  lines.push(`  kind: ${regency.kind ?? ''}`.padEnd(32) + `# ${t(W.regencyKind)}`);
  lines.push(`  province: ${regency.province ? quote(regency.province) : ''}`.trimEnd());
  lines.push(`  code: ${regency.code ? quote(regency.code) : ''}`.padEnd(32) + `# ${t(W.code)}`);
  lines.push('assessment:');
  lines.push(`  kind: ${options.assessmentKind ?? 'self'}`.padEnd(32) + `# ${t(W.assessmentKind)}`);
  lines.push('  date:'.padEnd(32) + `# ${t(W.date)}`);
  lines.push('  place:');
  lines.push('  signing_place:'.padEnd(32) + `# ${t(W.signingPlace)}`);
  lines.push('  mode:'.padEnd(32) + `# ${t(W.mode)}`);
  if (options.profile) lines.push(`  profile: ${quote(options.profile)}`.padEnd(32) + `# ${t(W.profile)}`);
  lines.push(`  # ${t(W.assessors)}`, '  assessors: []');
  lines.push(`  # ${t(W.representative)}`, '  representative:');
  if (rubric.context.length > 0) {
    lines.push(`# ${t(W.context)}`, 'context:');
    for (const field of rubric.context) lines.push(...questionBlock(field, lang, rubric, 'context'));
  }
  lines.push('answers:');
  const scope: TemplateScope = { profileTags, self: (options.assessmentKind ?? 'self') === 'self' };
  for (const section of rubric.sections) lines.push(...sectionBlock(section, lang, scope, rubric));
  return `${lines.join('\n')}\n`;
}

/** `jawaban-kota-parepare.yaml` from "Kota Parepare" (the file `init` and `assess` suggest). */
export function defaultAnswersName(regency: string | undefined): string {
  const slug = slugify(regency ?? '');
  return slug ? `jawaban-${slug}.yaml` : 'jawaban.yaml';
}
