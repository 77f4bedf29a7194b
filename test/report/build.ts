import { basename } from 'node:path';
import type { Answers } from '../../src/answers/model.js';
import type { Lang } from '../../src/i18n.js';
import { loadAssessment } from '../../src/io/load.js';
import { loadTemplate } from '../../src/io/templates.js';
import { buildReportModel, type ReportModel, type ReportOptions } from '../../src/report/model.js';
import type { Rubric } from '../../src/rubric/model.js';
import type { ScoreResult } from '../../src/scoring/model.js';
import { scoreAssessment } from '../../src/scoring/score.js';

export interface Built {
  rubric: Rubric;
  answers: Answers;
  result: ScoreResult;
  model: ReportModel;
  source: Buffer;
}

/** Load an answers file and build its report model the way `siap report` does. */
export function buildFor(
  file: string,
  options: { lang?: Lang; template?: string; edit?: (answers: Answers) => Answers } & Partial<Omit<ReportOptions, 'template' | 'lang'>> = {},
): Built {
  const lang = options.lang ?? 'id';
  // Fixtures name rubrics in a sibling folder (`../rubrics/`): our own files.
  const loaded = loadAssessment(file, { allowRubricFile: true });
  const answers = options.edit ? options.edit(loaded.answers) : loaded.answers;
  const result = scoreAssessment(loaded.rubric, answers);
  const { lang: _l, template: templateRef, edit: _e, ...rest } = options;
  const model = buildReportModel(loaded.rubric, answers, result, {
    template: loadTemplate(templateRef ?? 'standar'),
    lang,
    toolVersion: '0.1.0',
    source: { name: basename(file), bytes: new Uint8Array(loaded.bytes) },
    ...rest,
  });
  return { rubric: loaded.rubric, answers, result, model, source: loaded.bytes };
}
