// Small helpers shared by the scan rules.
import type { Job, SourceLocation, WorkflowFile } from '../../workflow/index.js';
import { mayRun, type EventFacts } from './conditions.js';
import { reachableFlyRefs, type FlySecrets } from './fly-secrets.js';

/** GitHub nests reusable workflows at most four levels deep: the rules follow them no deeper. */
export const MAX_CALL_DEPTH = 4;

/** Items with a location, in file order. */
export function inFileOrder<T extends { location: { line: number; column: number } }>(
  items: readonly T[]
): T[] {
  return [...items].sort(
    (a, b) => a.location.line - b.location.line || a.location.column - b.location.column
  );
}

/** How messages name a job: its id, in backticks. */
export function jobLabel(job: Pick<Job, 'id'>): string {
  return `\`${job.id}\``;
}

/** The local reusable workflow a job calls (`uses: ./.github/workflows/x.yml`); null if none. */
export function localCalleePath(job: Pick<Job, 'uses'>): string | null {
  const uses = job.uses;
  return uses?.kind === 'reusable-workflow' && uses.owner === null ? uses.path : null;
}

/** A Fly secret reference in a job summary: its name (or expression), step and place. */
export interface SummaryRef {
  name: string;
  stepIndex: number | null;
  /** The `if:` of its step; null when none or not in a step. */
  if: string | null;
  location: SourceLocation;
}

/** What the repository-wide rules read of every job, as plain data. */
export interface SummaryJob {
  id: string;
  if: string | null;
  /** The jobs it needs (`needs:`). */
  needs: string[];
  /** The local reusable workflow it calls; null when none. */
  calleePath: string | null;
  /** Where its `secrets: inherit` is; null when it does not inherit. */
  inherit: SourceLocation | null;
  /** Fly references its steps can reach (its own, plus the workflow env unless it calls). */
  reachable: SummaryRef[];
}

export function summaryJob(workflow: WorkflowFile, job: Job, fly: FlySecrets): SummaryJob {
  const stepIfs = new Map(job.steps.map(step => [step.index, step.if]));
  return {
    id: job.id,
    if: job.if,
    needs: [...job.needs],
    calleePath: localCalleePath(job),
    inherit: job.secrets?.inherit ? job.secrets.location : null,
    reachable: reachableFlyRefs(workflow, job, fly).map(r => ({
      name: r.name ?? r.expression,
      stepIndex: r.stepIndex,
      if: r.stepIndex === null ? null : (stepIfs.get(r.stepIndex) ?? null),
      location: r.location
    }))
  };
}

/** The Fly references of a job that may be present when its steps run under these facts. */
export function liveRefs(job: Pick<SummaryJob, 'reachable'>, facts: EventFacts): SummaryRef[] {
  return job.reachable.filter(ref => mayRun(ref.if, facts));
}

/**
 * One kind of per-workflow summary over the repository, unpacked on demand: the repository-wide
 * rules stream over the workflows and look up a callee when they follow one, so only the
 * summaries in use are live at once.
 */
export interface WorkflowSummaries<T> {
  /** How many workflows, in path order. */
  readonly count: number;
  /** The summary of the workflow at this place in path order; undefined when it has none. */
  at(index: number): T | undefined;
  /** The summary of the (first) workflow at this path; undefined when there is none. */
  get(path: string): T | undefined;
}

/** Every summary in path order, one at a time. */
export function* eachSummary<T>(summaries: WorkflowSummaries<T>): Generator<T> {
  for (let i = 0; i < summaries.count; i++) {
    const summary = summaries.at(i);
    if (summary !== undefined) yield summary;
  }
}

/** A workflow as a link in a chain of local reusable workflows. */
interface CallChain<Ref> {
  path: string;
  jobs: ReadonlyArray<{
    calleePath: string | null;
    inherit: SourceLocation | null;
    /** The Fly references its steps can reach. */
    reachable: readonly Ref[];
  }> | null;
}

/**
 * Fly references inside a local reusable workflow and the local ones it passes them on to (with
 * `secrets: inherit` or explicit Fly secrets). A workflow reached again no shallower than before
 * is not walked again: it adds no reference, and walking every path of a call graph that fans out
 * (each workflow calling the next from many jobs) is exponential.
 */
export function calleeFlyRefs<Ref>(
  byPath: Pick<WorkflowSummaries<CallChain<Ref>>, 'get'>,
  callee: CallChain<Ref>
): Ref[] {
  const refs: Ref[] = [];
  const walkedAt = new Map<string, number>();
  const walk = (chain: CallChain<Ref>, stack: string[]): void => {
    walkedAt.set(chain.path, stack.length);
    const below = [...stack, chain.path];
    for (const job of chain.jobs ?? []) {
      refs.push(...job.reachable);
      const path = job.calleePath;
      if (path === null || (job.inherit === null && job.reachable.length === 0)) continue;
      if (below.length >= MAX_CALL_DEPTH || below.includes(path)) continue;
      const before = walkedAt.get(path);
      if (before !== undefined && before <= below.length) continue;
      const next = byPath.get(path);
      if (next) walk(next, below);
    }
  };
  walk(callee, []);
  return refs;
}
