import type { Rubric } from '../rubric/model.js';
import { stringifyYaml } from '../source/yaml.js';
import type { AnswerEntry, Answers, Person } from './model.js';

function person(p: Person): Record<string, string> {
  return { name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.institution ? { institution: p.institution } : {}), ...(p.nip ? { nip: p.nip } : {}) };
}

function entry(e: AnswerEntry): Record<string, unknown> {
  return {
    ...(e.value !== undefined ? { value: e.value } : e.na !== undefined ? {} : { value: null }),
    ...(e.na !== undefined ? { na: e.na } : {}),
    ...(e.note ? { note: e.note } : {}),
    ...(e.evidence.length > 0 ? { evidence: e.evidence } : {}),
    ...(e.panel
      ? { panel: e.panel.map((p) => ({ assessor: p.assessor, ...(p.na ? { na: p.na } : { value: p.value ?? null }), ...(p.note ? { note: p.note } : {}) })) }
      : {}),
  };
}

/** The `consensus:` block of a file written by `siap merge`. */
export function consensusBlock(c: NonNullable<Answers['consensus']>): Record<string, unknown> {
  return {
    assessors: c.assessors,
    rule: c.rule,
    compared: c.compared,
    agreed: c.agreed,
    kappa: c.kappa === null ? null : Number(c.kappa.toFixed(4)),
    kappa_weighting: c.weighting,
    open: c.open,
  };
}

/** A context fact: the bare value when it has no note or evidence, else an entry like an answer's. */
function contextEntry(e: AnswerEntry): unknown {
  return !e.note && e.evidence.length === 0 && e.value !== undefined ? e.value : entry(e);
}

/**
 * An answers file as YAML text: identity first, then answers in the rubric's order (entries for
 * questions the rubric does not know are kept at the end rather than dropped).
 */
export function serializeAnswers(answers: Answers, rubric: Rubric, options: { schemaRef?: string } = {}): string {
  const ordered: Record<string, unknown> = {};
  for (const q of rubric.questions) {
    const e = answers.entries.get(q.id);
    if (e) ordered[q.id] = entry(e);
  }
  for (const [id, e] of answers.entries) if (!(id in ordered)) ordered[id] = entry(e);
  const context: Record<string, unknown> = {};
  for (const f of rubric.context) {
    const e = answers.context.get(f.id);
    if (e) context[f.id] = contextEntry(e);
  }
  for (const [id, e] of answers.context) if (!(id in context)) context[id] = contextEntry(e);
  const m = answers.migratedFrom;
  const a = answers.assessment;
  const doc = {
    format: 'siap-answers/1',
    rubric: {
      id: answers.rubric.id,
      ...(answers.rubric.version ? { version: answers.rubric.version } : {}),
      ...(answers.rubric.sha256 ? { sha256: answers.rubric.sha256 } : {}),
      ...(answers.rubric.file ? { file: answers.rubric.file } : {}),
    },
    regency: {
      name: answers.regency.name,
      ...(answers.regency.kind ? { kind: answers.regency.kind } : {}),
      ...(answers.regency.province ? { province: answers.regency.province } : {}),
      ...(answers.regency.code ? { code: answers.regency.code } : {}),
    },
    assessment: {
      kind: a.kind,
      ...(a.date ? { date: a.date } : {}),
      ...(a.place ? { place: a.place } : {}),
      ...(a.signingPlace ? { signing_place: a.signingPlace } : {}),
      ...(a.mode ? { mode: a.mode } : {}),
      ...(a.profile ? { profile: a.profile } : {}),
      assessors: a.assessors.map(person),
      ...(a.representative ? { representative: person(a.representative) } : {}),
      ...(a.notes ? { notes: a.notes } : {}),
    },
    ...(answers.mergedFrom ? { merged_from: answers.mergedFrom } : {}),
    ...(answers.consensus ? { consensus: consensusBlock(answers.consensus) } : {}),
    ...(answers.session && (answers.session.lang || answers.session.last) ? { session: { ...answers.session } } : {}),
    ...(m ? { migrated_from: { ...(m.file ? { file: m.file } : {}), rubric: m.rubric, ...(m.dropped ? { dropped: m.dropped } : {}) } } : {}),
    ...(Object.keys(context).length > 0 ? { context } : {}),
    answers: ordered,
  };
  const header = options.schemaRef ? `# yaml-language-server: $schema=${options.schemaRef}\n` : '';
  return header + stringifyYaml(doc);
}
