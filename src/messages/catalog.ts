import type { Lang } from '../i18n.js';
import { answersMessages } from './answers.js';
import { assessMessages } from './assess.js';
import { batchMessages } from './batch.js';
import { commonMessages } from './common.js';
import { compareMessages } from './compare.js';
import { formMessages } from './form.js';
import { inputMessages } from './input.js';
import { migrateMessages } from './migrate.js';
import type { Params } from '../errors.js';
import { render, type MessageDef } from './define.js';
import { regionMessages } from './region.js';
import { reportMessages } from './report.js';
import { rubricMessages } from './rubric.js';
import { usageMessages } from './usage.js';

/** Every message siap can print about a problem, keyed by its code. */
export const MESSAGES = {
  ...commonMessages,
  ...inputMessages,
  ...usageMessages,
  ...rubricMessages,
  ...answersMessages,
  ...regionMessages,
  ...reportMessages,
  ...batchMessages,
  ...compareMessages,
  ...assessMessages,
  ...formMessages,
  ...migrateMessages,
} satisfies Record<string, MessageDef>;

export type MessageCode = keyof typeof MESSAGES;

/** The words for a code in a language. */
export function describe(code: MessageCode, lang: Lang, params: Params = {}): { message: string; hint?: string } {
  return render(MESSAGES[code], lang, params);
}
