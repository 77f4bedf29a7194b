import { isListValue, type AnswerValue } from './model.js';
import type { Condition, ConditionOp, Scalar } from '../rubric/model.js';

/** What a condition can look at: answers that count (answered and visible) and the regency kind. */
export interface ConditionContext {
  valueOf(questionId: string): AnswerValue | undefined;
  regencyKind?: string;
}

/**
 * Evaluate a condition. A comparison with a question that is unanswered, N/A or hidden is false
 * (so `not` of it is true): a question shown "when X ≥ 2" stays hidden until X is known.
 */
export function evaluateCondition(condition: Condition, ctx: ConditionContext): boolean {
  switch (condition.type) {
    case 'all':
      return condition.of.every((c) => evaluateCondition(c, ctx));
    case 'any':
      return condition.of.some((c) => evaluateCondition(c, ctx));
    case 'not':
      return !evaluateCondition(condition.of, ctx);
    case 'regency':
      return ctx.regencyKind !== undefined && compare(ctx.regencyKind, condition.op, condition.value);
    case 'compare': {
      const value = ctx.valueOf(condition.question);
      return value !== undefined && compare(value, condition.op, condition.value);
    }
  }
}

/** Compare an answer with a condition's value; lists (multi answers) mean "includes". */
export function compare(actual: AnswerValue, op: ConditionOp, expected: Scalar | Scalar[]): boolean {
  // Rows of a list are never compared (the validator refuses conditions on lists).
  if (isListValue(actual)) return false;
  if (Array.isArray(actual)) {
    const options = actual as string[];
    const wanted = Array.isArray(expected) ? expected : [expected];
    const hit = wanted.some((w) => options.includes(String(w)));
    if (op === '=' || op === 'in') return hit;
    if (op === '!=') return !hit;
    return false;
  }
  if (op === 'in') return Array.isArray(expected) && expected.some((e) => same(actual, e));
  if (Array.isArray(expected)) return false;
  switch (op) {
    case '=':
      return same(actual, expected);
    case '!=':
      return !same(actual, expected);
    case '<':
      return typeof actual === 'number' && typeof expected === 'number' && actual < expected;
    case '<=':
      return typeof actual === 'number' && typeof expected === 'number' && actual <= expected;
    case '>':
      return typeof actual === 'number' && typeof expected === 'number' && actual > expected;
    case '>=':
      return typeof actual === 'number' && typeof expected === 'number' && actual >= expected;
  }
}

function same(a: Scalar, b: Scalar): boolean {
  return typeof a === typeof b ? a === b : String(a) === String(b);
}
