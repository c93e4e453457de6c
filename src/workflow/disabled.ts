// A job or step switched off in the workflow itself: `if: false` or `if: ${{ false }}`, the
// usual way to disable one without deleting it. It never runs, so it needs nothing.

const LITERAL_FALSE = /^(?:false|\$\{\{\s*false\s*\}\})$/;

/** Whether an `if:` is the literal `false` (in or out of `${{ }}`): the job or step never runs. */
export function neverRuns(condition: string | null): boolean {
  return condition !== null && LITERAL_FALSE.test(condition.trim());
}
