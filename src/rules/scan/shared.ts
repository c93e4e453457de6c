// Small helpers shared by the scan rules.
import type { Job } from '../../workflow/index.js';

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
    inherit: boolean;
    /** The Fly references its steps can reach. */
    reachable: readonly Ref[];
  }> | null;
}

/**
 * Fly references inside a local reusable workflow and the local ones it passes them on to (with
 * `secrets: inherit` or explicit Fly secrets).
 */
export function calleeFlyRefs<Ref>(
  byPath: Pick<WorkflowSummaries<CallChain<Ref>>, 'get'>,
  callee: CallChain<Ref>,
  stack: string[] = []
): Ref[] {
  if (stack.length >= MAX_CALL_DEPTH || stack.includes(callee.path)) return [];
  const refs: Ref[] = [];
  for (const job of callee.jobs ?? []) {
    refs.push(...job.reachable);
    const next = job.calleePath === null ? undefined : byPath.get(job.calleePath);
    if (next && (job.inherit || job.reachable.length > 0)) {
      refs.push(...calleeFlyRefs(byPath, next, [...stack, callee.path]));
    }
  }
  return refs;
}
