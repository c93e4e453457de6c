// What the per-workflow scan rules look at: workflows (parsed, with what each job needs from its
// Fly token) and composite actions. The scan's two phases fill it: `digestWorkflow` with one
// workflow, `checkRepositoryDigests` with the actions.
import {
  workflowNeedsOnDemand,
  type JobNeedsLookup,
  type ParsedAction,
  type RepoFiles,
  type WorkflowFile
} from '../../workflow/index.js';
import { runningPart } from './conditions.js';
import type { FlySecrets } from './fly-secrets.js';

export interface ScannedWorkflow {
  /** The part of the workflow that may run (`runningPart`). */
  workflow: WorkflowFile;
  /** What each job needs from its Fly token (inferred), by job id. */
  needs: JobNeedsLookup;
}

export interface ScanTextFile {
  /** Repo-relative path, forward slashes. */
  path: string;
  text: string;
}

export interface ScanContext {
  /** `.github/workflows/*.yml|yaml`, in path order. */
  workflows: ScannedWorkflow[];
  /** Every `action.yml` / `action.yaml` (composite or not), in path order. */
  actions: ParsedAction[];
  /** Which secrets are Fly tokens, recognised by name and by use across the repository. */
  fly: FlySecrets;
}

/**
 * What each job of a workflow needs from its Fly token, inferred when a rule asks for it (most
 * jobs hold no Fly secret, and no rule asks for theirs). Never throws: a job whose inference
 * fails has none.
 */
export function needsOnDemand(workflow: WorkflowFile, repo: RepoFiles): JobNeedsLookup {
  const lookup = workflowNeedsOnDemand(workflow, repo);
  return {
    get(jobId) {
      try {
        return lookup.get(jobId);
      } catch {
        return undefined;
      }
    }
  };
}

/** A parsed workflow as the rules see it: the part that may run, and what each job needs. */
export function scannedWorkflow(parsed: WorkflowFile, repo: RepoFiles): ScannedWorkflow {
  return { workflow: runningPart(parsed), needs: needsOnDemand(parsed, repo) };
}
