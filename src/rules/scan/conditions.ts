// Would a job or step run for a given kind of event? Its `if:` is evaluated with the event's
// facts filled in and everything else unknown: only an `if:` that is false for certain rules a
// run out (`github.event_name == 'push'`, a same-repository check seen from a fork).
import { evaluateExpression, findExpressions, type ExprValue } from '../../workflow/expressions.js';
import type { Resolved } from '../../workflow/expressions.js';

/** Facts of one hypothetical run, by context path (`github.event_name`...). */
export type EventFacts = Readonly<Record<string, ExprValue>>;

const THIS_REPO = 'owner/repo';
const FORK_REPO = 'attacker/repo';

/** A pull request opened from a fork (the case that matters for untrusted code). */
export function forkPullRequest(event: string): EventFacts {
  return {
    'github.event_name': event,
    'github.repository': THIS_REPO,
    'github.event.pull_request.head.repo.full_name': FORK_REPO,
    'github.event.pull_request.head.repo.fork': true,
    'github.event.pull_request.head.repo.owner.login': 'attacker',
    'github.repository_owner': 'owner',
    ...(event === 'pull_request' ? { 'github.ref': 'refs/pull/1/merge' } : {}),
    // workflow_run started by a fork's pull request:
    'github.event.workflow_run.event': 'pull_request',
    'github.event.workflow_run.head_repository.full_name': FORK_REPO,
    'github.event.workflow_run.head_repository.fork': true,
    'github.event.workflow_run.head_repository.owner.login': 'attacker'
  };
}

/** A pull request from a branch of this repository. */
export function samePullRequest(event: string): EventFacts {
  return {
    'github.event_name': event,
    ...(event === 'pull_request' ? { 'github.ref': 'refs/pull/1/merge' } : {})
  };
}

const truthy = (v: ExprValue): boolean =>
  !(v === null || v === false || v === '' || v === 0 || Number.isNaN(v));

/** The expression body of an `if:` (with or without `${{ }}`); null when it mixes text in. */
function conditionBody(condition: string): string | null {
  const text = condition.trim();
  const spans = findExpressions(text);
  if (spans.length === 0) return text;
  const only = spans[0];
  if (spans.length === 1 && only && only.start === 0 && only.end === text.length) {
    return only.inner;
  }
  return null;
}

/** False only when the condition is certainly false under these facts. */
export function mayRun(condition: string | null, facts: EventFacts): boolean {
  if (condition === null || condition.trim() === '') return true;
  const body = conditionBody(condition);
  // Text around an expression makes a non-empty string: GitHub treats it as true.
  if (body === null) return true;
  const lookup = (path: string[]): Resolved => {
    const key = path.join('.').toLowerCase();
    if (Object.hasOwn(facts, key)) return { values: [facts[key] ?? null], unknown: false };
    return { values: [], unknown: true };
  };
  const result = evaluateExpression(body, lookup);
  if (result.unknown) return true;
  return result.values.some(truthy);
}
