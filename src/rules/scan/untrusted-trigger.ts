// untrusted-trigger: a Fly secret within reach of code or text from someone else's pull request
// or comment (`pull_request_target`, `workflow_run`, comment events); severities in `help`.
import type { SourceLocation, WorkflowFile } from '../../workflow/index.js';
import type { Finding, RuleMeta, Severity } from '../types.js';
import { advice } from '../types.js';
import {
  forkPullRequest,
  mayRun,
  runnableJobs,
  type EventFacts,
  type TriggerFilters
} from './conditions.js';
import { listRefNames, type FlySecrets } from './fly-secrets.js';
import {
  firstUntrustedInput,
  headPattern,
  isCommentEvent,
  prCodeSteps,
  type PrCodeStep,
  type UntrustedEvent,
  type UntrustedInput
} from './pr-code.js';
import {
  calleeFlyRefs,
  eachSummary,
  inFileOrder,
  liveRefs,
  MAX_CALL_DEPTH,
  summaryJob,
  type SummaryJob,
  type SummaryRef,
  type WorkflowSummaries
} from './shared.js';

const EVENTS: readonly UntrustedEvent[] = [
  'pull_request_target',
  'workflow_run',
  'issue_comment',
  'pull_request_review_comment',
  'discussion_comment'
];

const FIX = advice(
  'Build and test pull request code under `pull_request` (no secrets), and deploy from `push` ' +
    'or behind an `environment:` with required reviewers; never check out or run pull request ' +
    'code in a job that holds a Fly token.'
);

const COMMENT_FIX = advice(
  'Keep the Fly token out of jobs a comment starts: let the comment job only check who asked ' +
    '(`github.event.comment.author_association`) and hand over to a workflow that deploys from ' +
    'this repository’s code behind an `environment:` with required reviewers; never check out ' +
    'pull request code or run an agent in a job that holds a Fly token.'
);

/** A job as the rule sees it, as plain data. */
interface UntrustedJob extends SummaryJob {
  idLocation: SourceLocation;
  /** The job calls a reusable workflow (`uses:` at job level). */
  calls: boolean;
  /** `with:` of a reusable workflow call. */
  with: Array<{ key: string; value: string | null }>;
  steps: PrCodeStep[];
}

/**
 * What the rule needs from one workflow: its jobs, judged when it runs on an untrusted event and
 * followed when a caller reaches it as a local reusable workflow. `jobs` is null (not
 * summarised, to save the work) for a workflow that runs on no untrusted event and cannot be
 * called (no `workflow_call`); `untrustedFindings` must not be given such a workflow as a
 * callee (see `untrustedCalleePaths`).
 */
export interface UntrustedSummary {
  path: string;
  events: UntrustedEvent[];
  /** Each event's trigger filters (activity types, branches), in the order of `events`. */
  filters: TriggerFilters[];
  jobs: UntrustedJob[] | null;
}

interface Verdict {
  severity: Severity;
  event: UntrustedEvent;
  refs: SummaryRef[];
  input?: UntrustedInput;
  /** The local reusable workflow where the input and the token meet, when not this file. */
  inCallee?: string;
  guarded: boolean;
}

/** Where pull request input and a Fly token meet: the step, its file and the token's refs. */
interface Exposure {
  input: UntrustedInput;
  file: string;
  refs: SummaryRef[];
}

/** The rule's view of one workflow; `everyJob` summarises its jobs whatever its triggers. */
export function untrustedSummary(
  workflow: WorkflowFile,
  fly: FlySecrets,
  everyJob = false
): UntrustedSummary {
  const events = EVENTS.filter(e => workflow.triggers.some(t => t.event === e));
  const filters = events.map(e => {
    const trigger = workflow.triggers.find(t => t.event === e);
    return { types: [...(trigger?.types ?? [])], branches: [...(trigger?.branches ?? [])] };
  });
  const callable = workflow.triggers.some(t => t.event === 'workflow_call');
  if (!everyJob && !callable && events.length === 0) {
    return { path: workflow.path, events, filters, jobs: null };
  }
  return {
    path: workflow.path,
    events,
    filters,
    jobs: workflow.jobs.map(job => ({
      ...summaryJob(workflow, job, fly),
      idLocation: job.idLocation,
      calls: job.uses !== null,
      with: job.with.map(kv => ({ key: kv.key, value: kv.value })),
      steps: prCodeSteps(job, workflow.defaults)
    }))
  };
}

type Summaries = WorkflowSummaries<UntrustedSummary>;

/** The jobs of the local reusable workflow a job calls, when there is one. */
function calleeOf(summaries: Summaries, job: UntrustedJob): UntrustedSummary | undefined {
  return job.calleePath === null ? undefined : summaries.get(job.calleePath);
}

/**
 * Follows a job, and the local reusable workflows it calls with Fly secrets, to a step that
 * brings in pull request input while a Fly token is in reach. `headInputs` are the callee's
 * inputs that its caller filled with the pull request's head (`sha: ${{ ...head.sha }}`).
 */
function exposureIn(
  summaries: Summaries,
  path: string,
  job: UntrustedJob,
  event: UntrustedEvent,
  facts: EventFacts,
  headInputs: ReadonlySet<string>,
  stack: string[]
): Exposure | null {
  if (!mayRun(job.if, facts)) return null;
  if (job.calls) {
    const callee = calleeOf(summaries, job);
    if (!callee || stack.length >= MAX_CALL_DEPTH || stack.includes(callee.path)) {
      return null;
    }
    // A calling job's reachable references are the secrets it passes explicitly.
    const passes = job.inherit !== null || job.reachable.length > 0;
    if (!passes) return null;
    const head = headPattern(event, headInputs);
    const next = new Set(job.with.filter(kv => head.test(kv.value ?? '')).map(kv => kv.key));
    const calleeJobs = callee.jobs ?? [];
    const runnable = runnableJobs(calleeJobs, facts);
    for (const calleeJob of calleeJobs.filter(j => runnable.has(j.id))) {
      const found = exposureIn(summaries, callee.path, calleeJob, event, facts, next, [
        ...stack,
        callee.path
      ]);
      if (found) return found;
    }
    return null;
  }
  const refs = liveRefs(job, facts);
  if (refs.length === 0) return null;
  const first = firstUntrustedInput(job.steps, event, facts, headInputs);
  if (!first) return null;
  const exposed = refs.some(r => r.stepIndex === null || r.stepIndex >= first.stepIndex);
  return exposed ? { input: first, file: path, refs } : null;
}

function judgeJob(
  summaries: Summaries,
  path: string,
  job: UntrustedJob,
  event: UntrustedEvent,
  facts: EventFacts,
  runnable: ReadonlySet<string>
): Verdict | null {
  // Kept out by its own `if:` or by a needed job's.
  const guarded = !runnable.has(job.id);
  // A guarded job is judged as if it ran: the guard only changes the severity.
  const unguarded = { ...job, if: null };
  const exposure = exposureIn(summaries, path, unguarded, event, facts, new Set(), [path]);
  if (exposure) {
    return {
      severity: guarded ? 'low' : 'critical',
      event,
      refs: exposure.refs,
      input: exposure.input,
      ...(exposure.file !== path ? { inCallee: exposure.file } : {}),
      guarded
    };
  }
  if (event !== 'pull_request_target' || guarded) return null;
  // No pull request input reaches a token today; does the job hold one at all?
  const callee = calleeOf(summaries, job);
  const refs = job.calls
    ? [
        ...job.reachable,
        ...(callee && job.inherit !== null ? calleeFlyRefs(summaries, callee) : [])
      ]
    : liveRefs(job, facts);
  return refs.length > 0 ? { severity: 'low', event, refs, guarded } : null;
}

function message(job: UntrustedJob, verdict: Verdict): string {
  const names = listRefNames(verdict.refs);
  const on = `\`${verdict.event}\``;
  const comment = isCommentEvent(verdict.event);
  const head =
    `Job \`${job.id}\` runs on ${on} with Fly secret ${names}` +
    (verdict.event === 'pull_request_target'
      ? ' (this trigger runs with the repository’s secrets for pull requests from any fork)'
      : comment
        ? ' (a comment starts this workflow, and it runs with the repository’s secrets whoever wrote the comment)'
        : ' (a fork’s pull request can trigger this workflow, and it runs with the repository’s secrets)');
  const input = verdict.input;
  if (input) {
    const where = verdict.inCallee
      ? `the reusable workflow \`${verdict.inCallee}\` ${input.what} (line ${input.location.line})`
      : `line ${input.location.line} ${input.what}`;
    const guard = verdict.guarded
      ? comment
        ? ' Its `if:` limits this to commenters with a role in the repository; the pattern stays one condition away from a leak.'
        : ' Its `if:` keeps pull requests from forks out, which limits this to people who can push here; the pattern stays one condition away from a leak.'
      : comment
        ? ' Code or text that someone else chose then runs where the token can be read.'
        : ' Code or text from the pull request then runs where the token can be read.';
    return `${head}, and ${where}.${guard}`;
  }
  return (
    `${head}. It does not run pull request code today, but one added checkout of the pull ` +
    'request’s head would hand the token to whoever opens one.'
  );
}

export const untrustedTrigger: RuleMeta = {
  id: 'untrusted-trigger',
  defaultSeverity: 'critical',
  title: 'Fly secret reachable from pull request code',
  help:
    '`pull_request_target` and `workflow_run` run with the repository’s secrets even for pull ' +
    'requests from forks, and comment events (`issue_comment`, `pull_request_review_comment`, ' +
    '`discussion_comment`) for anyone who can comment. A job there that checks out the pull ' +
    'request’s head, downloads the triggering run’s artifacts, interpolates pull request or ' +
    'comment text into a script or starts an AI agent runs someone else’s code or input next ' +
    'to the Fly token: critical. Low when an `if:` keeps forks (or outside commenters) out or ' +
    'when no pull request code runs yet.'
};

/**
 * Local reusable workflows the verdicts would follow whose jobs were not summarised: the caller
 * must summarise them with `everyJob` before `untrustedFindings` (in practice never: a workflow
 * without `workflow_call` cannot be called). Keeps only the callee paths while it streams.
 */
export function untrustedCalleePaths(summaries: Summaries): string[] {
  const callees = new Set<string>();
  for (const summary of eachSummary(summaries)) {
    for (const job of summary.jobs ?? []) if (job.calleePath !== null) callees.add(job.calleePath);
  }
  return [...callees].filter(path => summaries.get(path)?.jobs === null);
}

/** The findings over every workflow's summary, given in path order. */
export function untrustedFindings(summaries: Summaries): Finding[] {
  const findings: Finding[] = [];
  for (const summary of eachSummary(summaries)) {
    const events = summary.events;
    if (events.length === 0) continue;
    const jobs = summary.jobs ?? [];
    const runs = events.map((event, i) => {
      const facts = forkPullRequest(event, summary.filters[i]);
      return { event, facts, runnable: runnableJobs(jobs, facts) };
    });
    for (const job of jobs) {
      const verdicts = runs
        .map(({ event, facts, runnable }) =>
          judgeJob(summaries, summary.path, job, event, facts, runnable)
        )
        .filter((v): v is Verdict => v !== null)
        .sort(
          (a, b) => (a.severity === 'critical' ? -1 : 0) - (b.severity === 'critical' ? -1 : 0)
        );
      const verdict = verdicts[0];
      if (!verdict) continue;
      const ref = inFileOrder(verdict.refs)[0];
      findings.push({
        rule: 'untrusted-trigger',
        severity: verdict.severity,
        message: message(job, verdict),
        location: ref && ref.location.file === summary.path ? ref.location : job.idLocation,
        fix: isCommentEvent(verdict.event) ? COMMENT_FIX : FIX
      });
    }
  }
  return findings;
}
