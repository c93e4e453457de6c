// Whether a job's or step's `if:` can hold. GitHub reads an `if:` as an expression with or without
// `${{ }}`, and puts `success() &&` in front of one that calls no status function: `success()` is
// an unknown boolean here (as `always()` and the others), so that cannot make a false `if:` true.
// Text around a `${{ }}` makes a non-empty string, which is true.
import {
  evaluateExpression,
  findExpressions,
  truthy,
  UNKNOWN,
  type ContextLookup
} from './expressions.js';

/**
 * Whether an `if:` may hold when the contexts have the values `lookup` gives (by default every
 * value unknown). No `if:`, an empty one, text GitHub rejects or we cannot decide: it may.
 */
export function mayHold(condition: string | null, lookup: ContextLookup = () => UNKNOWN): boolean {
  const text = condition?.trim() ?? '';
  const spans = findExpressions(text);
  const only = spans[0];
  // Text around the expression, a second one, or no closing `}}`.
  const whole = only && only.start === 0 && only.innerStart + only.inner.length + 2 === text.length;
  if (spans.length > 1 || (only && !whole)) return true;
  const body = only ? only.inner : text;
  if (body.trim() === '') return true;
  const result = evaluateExpression(body, lookup);
  return result.unknown || result.values.some(truthy);
}

/** A job or step whose `if:` is false whatever the run (`if: false`, `${{ 1 == 2 }}`): it never runs. */
export function neverRuns(condition: string | null): boolean {
  return !mayHold(condition);
}
