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
    answers: ordered,
  };
  const header = options.schemaRef ? `# yaml-language-server: $schema=${options.schemaRef}\n` : '';
  return header + stringifyYaml(doc);
}
