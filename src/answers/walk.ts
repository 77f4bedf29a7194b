import type { Question, Rubric, SectionNode } from '../rubric/model.js';
import { evaluateCondition } from './conditions.js';
import { isAnswered, type AnswerEntry, type AnswerValue, type Answers } from './model.js';

/**
 * The pure state of an interactive walk through a rubric: which questions are asked given the
 * answers so far (conditions and profile), where a question sits, what comes next, and answers
 * recorded or cleared as new values. No I/O, no clock.
 */

/** Where the walk stands at one question: `question k of N`, and how much is done. */
export interface Progress {
  /** 1-based position among the questions asked; 0 when the question is not asked. */
  position: number;
  /** Questions asked (visible) given the answers so far. */
  total: number;
  /** Asked questions that have a value or N/A. */
  answered: number;
  /** Whole percent done, rounded down so 100 means every asked question is answered. */
  percent: number;
}

/** A pillar or element the assessor can jump to. */
export interface JumpTarget {
  section: SectionNode;
  /** Pillar titles down to this section. */
  path: SectionNode[];
  /** Asked questions inside this section (any depth). */
  visible: number;
  answered: number;
  /** Where a jump lands: the first unanswered asked question, else the first asked one. */
  target?: string;
}

/**
 * The questions asked, in walk order. A question is asked when it is in the assessment's profile,
 * is not for assessors only in a self-assessment, and its condition holds on the earlier asked answers — the same rule the scoring uses, so the
 * walk and the score never disagree about what counts.
 */
export function visibleQuestions(rubric: Rubric, answers: Answers): Question[] {
  const profile = answers.assessment.profile ? rubric.profiles.get(answers.assessment.profile) : undefined;
  const counted = new Map<string, AnswerValue>();
  const ctx = { valueOf: (id: string) => counted.get(id), ...(answers.regency.kind ? { regencyKind: answers.regency.kind } : {}) };
  const out: Question[] = [];
  for (const q of rubric.questions) {
    if (profile && !q.tags.some((t) => profile.tags.includes(t))) continue;
    if (q.assessorOnly && answers.assessment.kind === 'self') continue;
    if (q.when && !evaluateCondition(q.when, ctx)) continue;
    out.push(q);
    const entry = answers.entries.get(q.id);
    if (entry && entry.na === undefined && entry.value !== undefined) counted.set(q.id, entry.value);
  }
  return out;
}

export function isQuestionAnswered(answers: Answers, id: string): boolean {
  return isAnswered(answers.entries.get(id));
}

/** The first asked question without a value or N/A. */
export function firstUnanswered(rubric: Rubric, answers: Answers): Question | undefined {
  return visibleQuestions(rubric, answers).find((q) => !isQuestionAnswered(answers, q.id));
}

/**
 * The next asked question without an answer after `id` in walk order (not wrapping round). When
 * `id` is no longer asked, its place in the rubric order is used.
 */
export function nextUnanswered(rubric: Rubric, answers: Answers, id: string): Question | undefined {
  const order = rubric.questionById.get(id)?.order ?? -1;
  return visibleQuestions(rubric, answers).find((q) => q.order > order && !isQuestionAnswered(answers, q.id));
}

/** The asked question just before `id`, answered or not. */
export function previousQuestion(rubric: Rubric, answers: Answers, id: string): Question | undefined {
  const order = rubric.questionById.get(id)?.order ?? Number.POSITIVE_INFINITY;
  return visibleQuestions(rubric, answers).filter((q) => q.order < order).at(-1);
}

/** The asked question just after `id`, answered or not. */
export function followingQuestion(rubric: Rubric, answers: Answers, id: string): Question | undefined {
  const order = rubric.questionById.get(id)?.order ?? -1;
  return visibleQuestions(rubric, answers).find((q) => q.order > order);
}

/** `question k of N · p% done` for a question. */
export function progressAt(rubric: Rubric, answers: Answers, id: string | undefined): Progress {
  const visible = visibleQuestions(rubric, answers);
  const answered = visible.filter((q) => isQuestionAnswered(answers, q.id)).length;
  const position = id === undefined ? 0 : visible.findIndex((q) => q.id === id) + 1;
  const percent = visible.length === 0 ? 100 : Math.floor((answered / visible.length) * 100);
  return { position, total: visible.length, answered, percent };
}

/** The sections from the pillar down to the question's own element. */
export function sectionPath(rubric: Rubric, question: Question): SectionNode[] {
  const path: SectionNode[] = [];
  let node = rubric.nodes.get(question.parent);
  while (node) {
    path.unshift(node);
    node = node.parent === undefined ? undefined : rubric.nodes.get(node.parent);
  }
  return path;
}

/** Every pillar and element (any depth) with its progress and where a jump to it lands. */
export function jumpTargets(rubric: Rubric, answers: Answers): JumpTarget[] {
  const visible = visibleQuestions(rubric, answers);
  const targets: JumpTarget[] = [];
  const visit = (section: SectionNode, path: SectionNode[]): void => {
    const here = [...path, section];
    const inside = visible.filter((q) => sectionPath(rubric, q).includes(section));
    const open = inside.find((q) => !isQuestionAnswered(answers, q.id)) ?? inside[0];
    targets.push({
      section,
      path: here,
      visible: inside.length,
      answered: inside.filter((q) => isQuestionAnswered(answers, q.id)).length,
      ...(open ? { target: open.id } : {}),
    });
    for (const child of section.sections) visit(child, here);
  };
  for (const section of rubric.sections) visit(section, []);
  return targets;
}

/** Questions that became asked or stopped being asked between two states of the answers. */
export function visibilityChanges(rubric: Rubric, before: Answers, after: Answers): { shown: Question[]; hidden: Question[] } {
  const was = new Set(visibleQuestions(rubric, before).map((q) => q.id));
  const now = visibleQuestions(rubric, after);
  const nowIds = new Set(now.map((q) => q.id));
  return {
    shown: now.filter((q) => !was.has(q.id)),
    hidden: rubric.questions.filter((q) => was.has(q.id) && !nowIds.has(q.id)),
  };
}

function withEntry(answers: Answers, id: string, entry: AnswerEntry | undefined): Answers {
  const entries = new Map(answers.entries);
  if (entry === undefined) entries.delete(id);
  else entries.set(id, entry);
  return { ...answers, entries };
}

function isEmptyEntry(entry: AnswerEntry): boolean {
  return entry.value === undefined && entry.na === undefined && !entry.note && entry.evidence.length === 0 && !entry.panel;
}

/** Record a value: any N/A is replaced; note, evidence and panel stay. */
export function recordValue(answers: Answers, id: string, value: AnswerValue): Answers {
  const { na: _na, ...rest } = answers.entries.get(id) ?? { evidence: [] };
  return withEntry(answers, id, { ...rest, value });
}

/** Mark N/A with its reason: any value is replaced; note, evidence and panel stay. */
export function recordNa(answers: Answers, id: string, reason: string): Answers {
  const { value: _value, ...rest } = answers.entries.get(id) ?? { evidence: [] };
  return withEntry(answers, id, { ...rest, na: reason });
}

/** Set the note and evidence references of a question (empty values remove them). */
export function recordNotes(answers: Answers, id: string, notes: { note?: string; evidence?: string[] }): Answers {
  const current: AnswerEntry = answers.entries.get(id) ?? { evidence: [] };
  const next: AnswerEntry = { ...current };
  if (notes.note !== undefined) {
    const note = notes.note.trim();
    if (note === '') delete next.note;
    else next.note = note;
  }
  if (notes.evidence !== undefined) next.evidence = notes.evidence.map((e) => e.trim()).filter((e) => e !== '');
  return withEntry(answers, id, isEmptyEntry(next) ? undefined : next);
}

/** Make a question unanswered again: its value or N/A goes; its note and evidence stay. */
export function clearAnswer(answers: Answers, id: string): Answers {
  const current = answers.entries.get(id);
  if (!current) return answers;
  const { value: _value, na: _na, ...rest } = current;
  return withEntry(answers, id, isEmptyEntry(rest) ? undefined : rest);
}
