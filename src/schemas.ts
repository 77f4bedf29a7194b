import { z } from 'zod';
import { AnswersSchema } from './answers/schema.js';
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
