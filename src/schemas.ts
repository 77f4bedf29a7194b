import { z } from 'zod';
import { AnswersSchema } from './answers/schema.js';
import { pick, type Lang } from './i18n.js';
import { LOCALE_WORDS } from './messages/words.js';
import type { Question, Rubric } from './rubric/model.js';
import { RubricSchema } from './rubric/schema.js';

const IDS = {
  rubric: 'https://siap.local/schema/rubric-1.json',
  answers: 'https://siap.local/schema/answers-1.json',
  template: 'https://siap.local/schema/template-1.json',
  score: 'https://siap.local/schema/score-1.json',
} as const;

/**
 * JSON Schema (draft 2020-12) of a file format, generated from the same zod schema that checks
 * the files, so editors and siap never disagree.
 */
export async function jsonSchemaFor(which: 'rubric' | 'answers' | 'template' | 'score'): Promise<Record<string, unknown>> {
  const schema =
    which === 'rubric'
      ? RubricSchema
      : which === 'answers'
        ? AnswersSchema
        : which === 'score'
          ? (await import('./scoring/json-schema.js')).ScoreJsonSchema
          : (await import('./report/template-schema.js')).TemplateSchema;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: IDS[which], title: `siap ${which}`, ...json };
}

/**
 * JSON Schema of answers files for one rubric: every question id is a known key with its accepted
 * values (levels and options with their descriptors), so an editor completes ids and values.
 */
export async function answersSchemaForRubric(rubric: Rubric, lang: Lang): Promise<Record<string, unknown>> {
  const generic = await jsonSchemaFor('answers');
  const properties: Record<string, unknown> = {};
  for (const q of rubric.questions) {
    const value = valueSchema(q, lang);
    const entry = {
      type: 'object',
      additionalProperties: false,
      properties: {
        value,
        ...(q.allowNa ? { na: { type: ['string', 'null'], description: LOCALE_WORDS.naReason[lang] } } : {}),
        note: { type: ['string', 'null'] },
        evidence: { type: ['array', 'null'], items: { type: 'string' } },
        panel: { type: 'array' },
      },
    };
    const title = q.title ? `${pick(q.title, lang)} — ` : '';
    properties[q.id] = { description: `${q.id} · ${title}${pick(q.text, lang)}`, anyOf: [entry, value] };
  }
  const answers = { type: ['object', 'null'], additionalProperties: false, properties };
  const base = generic as { properties: Record<string, unknown> };
  return {
    ...generic,
    $id: `https://siap.local/schema/answers-${rubric.id}-${rubric.version}.json`,
    title: `siap answers — ${pick(rubric.title, lang)} (${rubric.id} v${rubric.version})`,
    properties: { ...base.properties, answers },
  };
}

function valueSchema(q: Question, lang: Lang): Record<string, unknown> {
  switch (q.kind) {
    case 'level':
      return {
        enum: [...q.levels.map((l) => l.value), null],
        markdownEnumDescriptions: [...q.levels.map((l) => `**${l.value} · ${pick(l.label, lang)}** — ${pick(l.descriptor, lang)}`), ''],
      };
    case 'boolean':
      return { type: ['boolean', 'null'] };
    case 'choice':
      return {
        enum: [...q.options.map((o) => o.id), null],
        markdownEnumDescriptions: [...q.options.map((o) => `**${pick(o.label, lang)}**${o.descriptor ? ` — ${pick(o.descriptor, lang)}` : ''}`), ''],
      };
    case 'multi':
      return {
        type: ['array', 'null'],
        uniqueItems: true,
        items: { enum: q.options.map((o) => o.id), markdownEnumDescriptions: q.options.map((o) => `**${pick(o.label, lang)}**`) },
      };
    case 'number':
      return { type: ['number', 'null'], minimum: q.min, ...(q.max !== undefined ? { maximum: q.max } : {}), ...(q.unit ? { description: pick(q.unit, lang) } : {}) };
    case 'text':
      return { type: ['string', 'null'] };
  }
}
