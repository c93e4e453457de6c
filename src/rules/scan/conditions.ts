// Would a job or step run for a given kind of event? Its `if:` is evaluated with the event's
// facts filled in and everything else unknown: only an `if:` that is false for certain rules a
// run out (`github.event_name == 'push'`, a same-repository check seen from a fork,
// `github.ref_name == 'main'` on a pull request, whose ref is `<n>/merge`).
import { known, UNKNOWN, type ExprValue, type Resolved } from '../../workflow/expressions.js';
import type { Job, Trigger, WorkflowFile } from '../../workflow/index.js';
import { mayHold, neverRuns } from '../../workflow/run-condition.js';
import { shapeOfBranchPattern, type StringShape } from '../../workflow/string-shape.js';

/** Facts of one hypothetical run, by lower-case context path (`github.event_name`...). */
export type EventFacts = Readonly<Record<string, Resolved>>;

/** What the facts need from the workflow's trigger for that event (filters narrow them). */
export type TriggerFilters = Pick<Trigger, 'types' | 'branches'>;

const THIS_REPO = 'owner/repo';
const FORK_REPO = 'attacker/repo';

/** Events where a comment starts the run: the commenter is anyone who can comment. */
const COMMENT_EVENTS: readonly string[] = [
  'issue_comment',
  'pull_request_review_comment',
  'discussion_comment'
];

/** GitHub's default activity types of `pull_request` / `pull_request_target`. */
const DEFAULT_PR_TYPES = ['opened', 'synchronize', 'reopened'];

/** The association of someone with no role in the repository (what an outsider can be). */
const OUTSIDER_ASSOCIATIONS = [
  'NONE',
  'CONTRIBUTOR',
  'FIRST_TIMER',
  'FIRST_TIME_CONTRIBUTOR',
  'MANNEQUIN'
];

const shaped = (...shapes: StringShape[]): Resolved => ({ values: [], unknown: true, shapes });

/** A pull request's merge ref: `refs/pull/<n>/merge`, `<n>/merge`. */
const MERGE_REF = shaped({ prefix: 'refs/pull/', middle: 'digits', suffix: '/merge' });
const MERGE_REF_NAME = shaped({ prefix: '', middle: 'digits', suffix: '/merge' });
/** A branch name nobody filtered: not empty, otherwise anything. */
const ANY_BRANCH = shaped({ prefix: '', middle: 'some', suffix: '' });

/**
 * The names a `branches:` filter lets through: its literal names and the shapes of its simple
 * patterns. Exclusions (`!x`) only remove names and are left out (more names, never fewer); a
 * pattern that is not modelled makes the name unknown.
 */
function branchesOf(patterns: readonly string[]): Resolved {
  const positive = patterns.filter(p => !p.startsWith('!'));
  if (positive.length === 0) return ANY_BRANCH;
  const names: ExprValue[] = [];
  const shapes: StringShape[] = [];
  for (const pattern of positive) {
    const shape = shapeOfBranchPattern(pattern);
    if (shape === null) return UNKNOWN;
    if (typeof shape === 'string') names.push(shape);
    else shapes.push(shape);
  }
  return shapes.length > 0 ? { values: names, unknown: true, shapes } : known(...names);
}

/** Facts every pull request event shares: its activity and its base branch. */
function pullRequestBasics(trigger: TriggerFilters | undefined): Record<string, Resolved> {
  const types = trigger && trigger.types.length > 0 ? trigger.types : DEFAULT_PR_TYPES;
  const base = branchesOf(trigger?.branches ?? []);
  return {
    'github.event.action': known(...types),
    'github.base_ref': base,
    'github.event.pull_request.base.ref': base,
    'github.head_ref': ANY_BRANCH,
    'github.event.pull_request.head.ref': ANY_BRANCH,
    // Only a maintainer can merge: runs of a merged pull request run reviewed code, and the
    // author can always cause runs that are not (open, push, close unmerged).
    'github.event.pull_request.merged': known(false),
    // Without a `labeled`/`unlabeled` type the payload has no label.
    ...(types.some(t => t === 'labeled' || t === 'unlabeled')
      ? {}
      : { 'github.event.label.name': known(null) })
  };
}

/**
 * A run for a pull request that someone else controls: opened from a fork (`pull_request_target`,
 * `workflow_run`), or a comment by someone with no role in the repository (comment events).
 */
export function forkPullRequest(event: string, trigger?: TriggerFilters): EventFacts {
  const facts: Record<string, Resolved> = {
    'github.event_name': known(event),
    'github.repository': known(THIS_REPO),
    'github.event.pull_request.head.repo.full_name': known(FORK_REPO),
    'github.event.pull_request.head.repo.fork': known(true),
    'github.event.pull_request.head.repo.owner.login': known('attacker'),
    'github.repository_owner': known('owner'),
    // workflow_run started by a fork's pull request:
    'github.event.workflow_run.event': known('pull_request'),
    'github.event.workflow_run.head_repository.full_name': known(FORK_REPO),
    'github.event.workflow_run.head_repository.fork': known(true),
    'github.event.workflow_run.head_repository.owner.login': known('attacker')
  };
  if (event === 'pull_request_target') Object.assign(facts, pullRequestBasics(trigger));
  if (COMMENT_EVENTS.includes(event)) {
    const outsider = known(...OUTSIDER_ASSOCIATIONS);
    Object.assign(facts, {
      'github.event.comment.author_association': outsider,
      'github.event.comment.user.login': known('attacker'),
      'github.event.sender.login': known('attacker'),
      'github.actor': known('attacker'),
      'github.triggering_actor': known('attacker')
    });
  }
  return facts;
}

/**
 * A `pull_request` run for a branch of this repository that is not merged yet: the run that puts
 * unreviewed code next to the secrets (forks get none). `trigger` is the workflow's
 * `pull_request` trigger, whose types and branch filters narrow the facts.
 */
export function samePullRequest(event: string, trigger?: TriggerFilters): EventFacts {
  const facts: Record<string, Resolved> = { 'github.event_name': known(event) };
  if (event !== 'pull_request') return facts;
  return {
    ...facts,
    ...pullRequestBasics(trigger),
    'github.ref': MERGE_REF,
    'github.ref_name': MERGE_REF_NAME,
    'github.repository': known(THIS_REPO),
    'github.repository_owner': known('owner'),
    'github.event.pull_request.head.repo.full_name': known(THIS_REPO),
    'github.event.pull_request.head.repo.fork': known(false),
    'github.event.pull_request.head.repo.owner.login': known('owner')
  };
}

/** False only when the condition is certainly false under these facts. */
export function mayRun(condition: string | null, facts: EventFacts): boolean {
  return mayHold(condition, path => {
    const key = path.join('.').toLowerCase();
    return Object.hasOwn(facts, key) ? (facts[key] ?? UNKNOWN) : UNKNOWN;
  });
}

/** A job as far as whether it runs: its `if:` and the jobs it needs. */
interface JobGate {
  id: string;
  if: string | null;
  needs: readonly string[];
}

/**
 * An `if:` that calls a status function gets no implied `success() &&`, so it may run whatever its
 * needed jobs did (`success() || inputs.force` runs when a needed job was skipped).
 */
const STATUS_FUNCTION = /\b(?:always|success|failure|cancelled)\s*\(/i;

/**
 * The ids of the jobs that may run under these facts. A job's `if:` must be able to hold, and
 * unless it calls a status function, so must every job it needs: GitHub skips a job whose needed
 * job was skipped (the implied `success()`).
 */
export function runnableJobs(jobs: readonly JobGate[], facts: EventFacts): Set<string> {
  const byId = new Map(jobs.map(job => [job.id, job]));
  const known = new Map<string, boolean>();
  const runs = (id: string, stack: readonly string[]): boolean => {
    const kept = known.get(id);
    if (kept !== undefined) return kept;
    const job = byId.get(id);
    // An unknown or circular dependency: GitHub rejects the workflow; keep the job in.
    if (!job || stack.includes(id)) return true;
    let answer = mayRun(job.if, facts);
    if (answer && !STATUS_FUNCTION.test(job.if ?? '')) {
      answer = job.needs.every(need => runs(need, [...stack, id]));
    }
    known.set(id, answer);
    return answer;
  };
  return new Set(jobs.filter(job => runs(job.id, [])).map(job => job.id));
}

/** A job or composite action without the steps that never run and the secret references in them. */
export function withRunningSteps<T extends Pick<Job, 'steps' | 'secretRefs'>>(owner: T): T {
  const steps = owner.steps.filter(step => !neverRuns(step.if));
  if (steps.length === owner.steps.length) return owner;
  const kept = new Set(steps.map(step => step.index));
  const secretRefs = owner.secretRefs.filter(r => r.stepIndex === null || kept.has(r.stepIndex));
  return { ...owner, steps, secretRefs };
}

/**
 * The part of a workflow that may run at all, as the rules about run time see it: without the
 * jobs and steps that never run (their `if:` never holds, or a job they need never runs).
 * `secretRefs` stays every reference in the file: which secrets the repository has and uses as
 * Fly tokens is what is committed.
 */
export function runningPart(workflow: WorkflowFile): WorkflowFile {
  const runnable = runnableJobs(workflow.jobs, {});
  const jobs = workflow.jobs.filter(job => runnable.has(job.id)).map(withRunningSteps);
  return { ...workflow, jobs };
}
