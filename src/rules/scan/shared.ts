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

/** Workflow summaries by path; the first of a path wins, as a lookup over the workflows would. */
export function firstByPath<T extends { path: string }>(summaries: readonly T[]): Map<string, T> {
  const byPath = new Map<string, T>();
  for (const s of summaries) if (!byPath.has(s.path)) byPath.set(s.path, s);
  return byPath;
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
  byPath: ReadonlyMap<string, CallChain<Ref>>,
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
