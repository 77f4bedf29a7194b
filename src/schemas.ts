import { z } from 'zod';
import { AnswersSchema } from './answers/schema.js';
import { pick, type Lang } from './i18n.js';
import { LOCALE_WORDS } from './messages/words.js';
import type { Column, Question, Rubric } from './rubric/model.js';
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
  const keyed = (questions: Question[]): Record<string, unknown> => {
    const properties: Record<string, unknown> = {};
    for (const q of questions) {
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
      const text = q.title && pick(q.text, lang) === pick(q.title, lang) ? '' : pick(q.text, lang);
      properties[q.id] = { description: `${q.id} · ${title}${text}`.replace(/ — $/, ''), anyOf: [entry, value] };
    }
    return { type: ['object', 'null'], additionalProperties: false, properties };
  };
  const answers = keyed(rubric.questions);
  const context = rubric.context.length > 0 ? { context: keyed(rubric.context) } : {};
  const base = generic as { properties: Record<string, unknown> };
  return {
    ...generic,
    $id: `https://siap.local/schema/answers-${rubric.id}-${rubric.version}.json`,
    title: `siap answers — ${pick(rubric.title, lang)} (${rubric.id} v${rubric.version})`,
    properties: { ...base.properties, ...context, answers },
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
    case 'list':
      return {
        type: ['array', 'null'],
        items: {
          type: 'object',
          additionalProperties: false,
          required: q.columns.filter((c) => c.required).map((c) => c.id),
          properties: Object.fromEntries(q.columns.map((c) => [c.id, columnSchema(c, lang)])),
        },
        ...(q.maxRows !== undefined ? { maxItems: q.maxRows } : {}),
      };
  }
}

function columnSchema(c: Column, lang: Lang): Record<string, unknown> {
  const description = pick(c.title, lang) + (c.unit ? ` (${pick(c.unit, lang)})` : '');
  switch (c.kind) {
    case 'number':
      return { type: 'number', description, ...(c.min !== undefined ? { minimum: c.min } : {}), ...(c.max !== undefined ? { maximum: c.max } : {}) };
    case 'boolean':
      return { type: 'boolean', description };
    case 'choice':
      return { enum: (c.options ?? []).map((o) => o.id), description, markdownEnumDescriptions: (c.options ?? []).map((o) => pick(o.label, lang)) };
    case 'text':
      return { type: 'string', description };
  }
}
