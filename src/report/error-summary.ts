// The job summary of a run that stopped before its mode could report: short, and it says what to set.
import { proseWithCode } from './markdown.js';

/** The job summary of a run that stopped on bad input: the reason, which says what to set. */
export function renderInputErrorSummary(message: string): string {
  return [
    '## ❌ Fly token guard: **input error**',
    '',
    proseWithCode(message),
    '',
    'The inputs are listed in the README (`token`, `tokens`, `mode`, `apps`, `needs`, …); a secret passed in `with:` is empty when the workflow cannot read it (e.g. on pull requests from forks).',
    ''
  ].join('\n');
}
