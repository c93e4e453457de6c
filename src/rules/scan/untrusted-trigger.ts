// untrusted-trigger: a Fly secret within reach of code or text from someone else's pull request,
// through `pull_request_target` (runs with this repository's secrets for any fork's pull request)
// or `workflow_run` (runs with secrets after a workflow a fork's pull request triggered).
//
// Critical when the job also brings in what the pull request controls (a checkout of its head,
// the triggering run's artifacts, event text interpolated into a script) and the token is still
// in reach at or after that step. Low when an `if:` keeps fork pull requests out, or when a
// `pull_request_target` job holds the token without running PR code (one added step away).
// Nothing for a `workflow_run` job that only runs this repository's own code.
import type { Job, SecretReference, WorkflowFile } from '../../workflow/index.js';
import type { Finding, Rule, Severity } from '../types.js';
import { forkPullRequest, mayRun, type EventFacts } from './conditions.js';
import type { ScanContext } from './context.js';
import { calleeFlyRefs, localCallee, MAX_CALL_DEPTH } from './callees.js';
import {
  jobFlyRefs,
  listNames,
  reachableFlyRefs,
  secretNames,
  type FlySecrets
} from './fly-secrets.js';
import {
  headPattern,
  untrustedInputs,
  type UntrustedEvent,
  type UntrustedInput
} from './pr-code.js';
import { inFileOrder, jobLabel } from './shared.js';

const EVENTS: readonly UntrustedEvent[] = ['pull_request_target', 'workflow_run'];

const FIX = {
  summary:
    'Build and test pull request code under `pull_request` (no secrets), and deploy from `push` ' +
    'or behind an `environment:` with required reviewers; never check out or run pull request ' +
    'code in a job that holds a Fly token.',
  commands: []
};

interface Verdict {
  severity: Severity;
  event: UntrustedEvent;
  refs: SecretReference[];
  input?: UntrustedInput;
  /** The local reusable workflow where the input and the token meet, when not this file. */
  inCallee?: string;
  guarded: boolean;
}

/** Where pull request input and a Fly token meet: the step, its file and the token's refs. */
interface Exposure {
  input: UntrustedInput;
  file: string;
  refs: SecretReference[];
}

/** Fly references that may be present when a step runs under these facts. */
function liveRefs(
  workflow: WorkflowFile,
  job: Job,
  fly: FlySecrets,
  facts: EventFacts
): SecretReference[] {
  return reachableFlyRefs(workflow, job, fly).filter(ref => {
    if (ref.stepIndex === null) return true;
    return mayRun(job.steps[ref.stepIndex]?.if ?? null, facts);
  });
}

/**
 * Follows a job, and the local reusable workflows it calls with Fly secrets, to a step that
 * brings in pull request input while a Fly token is in reach. `headInputs` are the callee's
 * inputs that its caller filled with the pull request's head (`sha: ${{ ...head.sha }}`).
 */
function exposureIn(
  context: ScanContext,
  workflow: WorkflowFile,
  job: Job,
  event: UntrustedEvent,
  facts: EventFacts,
  headInputs: ReadonlySet<string>,
  stack: string[]
): Exposure | null {
  if (!mayRun(job.if, facts)) return null;
  if (job.uses) {
    const callee = localCallee(context, job);
    if (!callee || stack.length >= MAX_CALL_DEPTH || stack.includes(callee.workflow.path)) {
      return null;
    }
    const passes = job.secrets?.inherit === true || jobFlyRefs(job, context.fly).length > 0;
    if (!passes) return null;
    const head = headPattern(event, headInputs);
    const next = new Set(job.with.filter(kv => head.test(kv.value ?? '')).map(kv => kv.key));
    for (const calleeJob of callee.workflow.jobs) {
      const found = exposureIn(context, callee.workflow, calleeJob, event, facts, next, [
        ...stack,
        callee.workflow.path
      ]);
      if (found) return found;
    }
    return null;
  }
  const refs = liveRefs(workflow, job, context.fly, facts);
  if (refs.length === 0) return null;
  const first = untrustedInputs(job, event, facts, headInputs)[0];
  if (!first) return null;
  const exposed = refs.some(r => r.stepIndex === null || r.stepIndex >= first.stepIndex);
  return exposed ? { input: first, file: workflow.path, refs } : null;
}

function judgeJob(
  context: ScanContext,
  workflow: WorkflowFile,
  job: Job,
  event: UntrustedEvent
): Verdict | null {
  const facts = forkPullRequest(event);
  const guarded = !mayRun(job.if, facts);
  // A guarded job is judged as if it ran: the guard only changes the severity.
  const unguarded = { ...job, if: null };
  const exposure = exposureIn(context, workflow, unguarded, event, facts, new Set(), [
    workflow.path
  ]);
  if (exposure) {
    return {
      severity: guarded ? 'low' : 'critical',
      event,
      refs: exposure.refs,
      input: exposure.input,
      ...(exposure.file !== workflow.path ? { inCallee: exposure.file } : {}),
      guarded
    };
  }
  if (event !== 'pull_request_target' || guarded) return null;
  // No pull request input reaches a token today; does the job hold one at all?
  const callee = localCallee(context, job);
  const refs = job.uses
    ? [
        ...jobFlyRefs(job, context.fly),
        ...(callee && job.secrets?.inherit ? calleeFlyRefs(context, callee) : [])
      ]
    : liveRefs(workflow, job, context.fly, facts);
  return refs.length > 0 ? { severity: 'low', event, refs, guarded } : null;
}

function message(job: Job, verdict: Verdict): string {
  const names = listNames(secretNames(verdict.refs));
  const on = `\`${verdict.event}\``;
  const head =
    `Job ${jobLabel(job)} runs on ${on} with Fly secret ${names}` +
    (verdict.event === 'pull_request_target'
      ? ' (this trigger runs with the repository’s secrets for pull requests from any fork)'
      : ' (a fork’s pull request can trigger this workflow, and it runs with the repository’s secrets)');
  const input = verdict.input;
  if (input) {
    const where = verdict.inCallee
      ? `the reusable workflow \`${verdict.inCallee}\` ${input.what} (line ${input.location.line})`
      : `line ${input.location.line} ${input.what}`;
    const guard = verdict.guarded
      ? ' Its `if:` keeps pull requests from forks out, which limits this to people who can push here; the pattern stays one condition away from a leak.'
      : ' Code or text from the pull request then runs where the token can be read.';
    return `${head}, and ${where}.${guard}`;
  }
  return (
    `${head}. It does not run pull request code today, but one added checkout of the pull ` +
    'request’s head would hand the token to whoever opens one.'
  );
}

export const untrustedTrigger: Rule<ScanContext> = {
  id: 'untrusted-trigger',
  defaultSeverity: 'critical',
  title: 'Fly secret reachable from pull request code',
  help:
    '`pull_request_target` and `workflow_run` run with the repository’s secrets even for pull ' +
    'requests from forks. A job there that checks out the pull request’s head, downloads the ' +
    'triggering run’s artifacts or interpolates pull request text into a script runs someone ' +
    'else’s code or input next to the Fly token: critical. Low when an `if:` keeps forks out or ' +
    'when no pull request code runs yet.',
  check(context): Finding[] {
    const findings: Finding[] = [];
    for (const { workflow } of context.workflows) {
      const events = EVENTS.filter(e => workflow.triggers.some(t => t.event === e));
      if (events.length === 0) continue;
      for (const job of workflow.jobs) {
        const verdicts = events
          .map(event => judgeJob(context, workflow, job, event))
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
          location: ref && ref.location.file === workflow.path ? ref.location : job.idLocation,
          fix: FIX
        });
      }
    }
    return findings;
  }
};
