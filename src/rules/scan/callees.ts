// Local reusable workflows (`uses: ./.github/workflows/x.yml`): which one a job calls, and which
// Fly secrets it (and the local workflows it calls in turn) reaches.
import type { Job, SecretReference } from '../../workflow/index.js';
import type { ScanContext, ScannedWorkflow } from './context.js';
import { reachableFlyRefs } from './fly-secrets.js';

/** GitHub nests reusable workflows at most four levels deep. */
export const MAX_CALL_DEPTH = 4;

/** The workflow a job calls, when it is a local reusable workflow of this repository. */
export function localCallee(context: ScanContext, job: Job): ScannedWorkflow | undefined {
  const uses = job.uses;
  if (uses === null || uses.kind !== 'reusable-workflow' || uses.owner !== null) return undefined;
  return context.workflows.find(w => w.workflow.path === uses.path);
}

/**
 * Fly references inside a local reusable workflow, following the local workflows it calls with
 * `secrets: inherit` or explicit Fly secrets.
 */
export function calleeFlyRefs(
  context: ScanContext,
  callee: ScannedWorkflow,
  depth = 0,
  stack: string[] = []
): SecretReference[] {
  const path = callee.workflow.path;
  if (depth >= MAX_CALL_DEPTH || stack.includes(path)) return [];
  const refs: SecretReference[] = [];
  for (const job of callee.workflow.jobs) {
    const own = reachableFlyRefs(callee.workflow, job, context.fly);
    refs.push(...own);
    const next = localCallee(context, job);
    if (next && (job.secrets?.inherit === true || own.length > 0)) {
      refs.push(...calleeFlyRefs(context, next, depth + 1, [...stack, path]));
    }
  }
  return refs;
}
