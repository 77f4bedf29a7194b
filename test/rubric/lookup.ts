import type { LocalText } from '../../src/i18n.js';
import { isScored, type LevelQuestion, type Question, type Rubric, type SectionNode } from '../../src/rubric/model.js';

/**
 * Look-ups the tests of a bundled rubric share: a section or question by id (a missing one is a
 * thrown error naming it, not an undefined that fails three lines later), the level questions,
 * and the sum of the scored weights of some questions.
 */
export function rubricLookup(rubric: Rubric): {
  node: (id: string) => SectionNode;
  question: (id: string) => Question;
  levelQuestions: LevelQuestion[];
  sumScored: (qs: Question[]) => number;
} {
  return {
    node: (id) => {
      const found = rubric.nodes.get(id);
      if (!found) throw new Error(`no section ${id}`);
      return found;
    },
    question: (id) => {
      const found = rubric.questionById.get(id);
      if (!found) throw new Error(`no question ${id}`);
      return found;
    },
    levelQuestions: rubric.questions.filter((q): q is LevelQuestion => q.kind === 'level'),
    sumScored: (qs) => qs.filter(isScored).reduce((sum, q) => sum + q.weight, 0),
  };
}

/** A text is complete when both languages are present and not blank. */
export function bilingual(text: LocalText | undefined): boolean {
  return Boolean(text?.id?.trim() && text.en?.trim());
}
