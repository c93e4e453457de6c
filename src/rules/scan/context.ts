// What the scan rules look at: the repository's workflows (parsed, with what each job needs from
// its Fly token), its composite actions and the text files that may hold a token literal. Built
// from plain texts by `buildScanContext`, so rules stay pure and tests need no disk.
import {
  parseActionFile,
  parseWorkflowFile,
  workflowNeedsOnDemand,
  type JobNeedsLookup,
  type ParsedAction,
  type RepoFiles,
  type WorkflowFile
} from '../../workflow/index.js';
import { runningPart, withRunningSteps } from './conditions.js';
import { indexFlySecrets, type FlySecrets } from './fly-secrets.js';

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
  /**
   * Text files that may hold a token literal (workflows, actions and fly*.toml included), for
   * `hardcoded-token` and inline ignore comments.
   */
  files: ScanTextFile[];
  /** Which secrets are Fly tokens, recognised by name and by use across the repository. */
  fly: FlySecrets;
  /** The clock, for "this committed token has expired". */
  now: Date;
}

interface ScanSources {
  workflows: ScanTextFile[];
  actions: ScanTextFile[];
  files: ScanTextFile[];
  /** For needs inference: fly.toml files, local composite actions and reusable workflows. */
  repo: RepoFiles;
  now?: Date;
}

const byPath = <T extends { path: string }>(a: T, b: T): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

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

/** Parses every workflow and action and infers needs per job. Never throws. */
export function buildScanContext(sources: ScanSources): ScanContext {
  const parsed = [...sources.workflows].sort(byPath).map(w => parseWorkflowFile(w.path, w.text));
  const workflows = parsed.map(workflow => scannedWorkflow(workflow, sources.repo));
  const actions = [...sources.actions]
    .sort(byPath)
    .map(a => withRunningSteps(parseActionFile(a.path, a.text)));
  return {
    workflows,
    actions,
    files: [...sources.files].sort(byPath),
    // What a secret is shows in jobs that never run too.
    fly: indexFlySecrets(parsed),
    now: sources.now ?? new Date()
  };
}
