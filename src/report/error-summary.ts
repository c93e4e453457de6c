// The job summary of a run that stopped before its mode could report: short, and it says what to set.
import { proseWithCode } from './markdown.js';

/** What stopped the run: an input, or the runner's environment (a proxy variable). */
export type SetupErrorCause = 'input' | 'environment';

const HINTS: Record<SetupErrorCause, string> = {
  input:
    'The inputs are listed in the README (`token`, `tokens`, `mode`, `apps`, `needs`, …); a secret passed in `with:` is empty when the workflow cannot read it (e.g. on pull requests from forks).',
  environment:
    'The variable comes from the runner or the workflow (`env:`); the message names it and never repeats its value.'
};

/** The job summary of a run that stopped on bad input or environment: the reason, which says what to set. */
export function renderSetupErrorSummary(message: string, cause: SetupErrorCause): string {
  return [
    `## ❌ Fly token guard: **${cause} error**`,
    '',
    proseWithCode(message),
    '',
    HINTS[cause],
    ''
  ].join('\n');
}
