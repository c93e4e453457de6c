// A job the runner names that is not in the workflow it names: in a reusable workflow, GitHub
// sets GITHUB_WORKFLOW_REF to the caller's file and GITHUB_JOB to the called workflow's job id.
// Finds that job through the workflow's `uses:` jobs (local callees, read from the checkout), and
// says when it may be in a workflow of another repository instead.
import type { Job, WorkflowFile } from './model.js';
import { safeRead } from './needs-context.js';
import { parseWorkflowFile } from './parse-workflow.js';
import { normalizePath, type RepoFiles } from './repo-files.js';
import { secretsNamed } from './secret-needs.js';
import type { OpaqueUse } from './types.js';

/** GitHub allows four levels of reusable workflows. */
const MAX_CALL_DEPTH = 4;

/**
 * Calls of local reusable workflows followed in all. Workflows calling the next from many jobs
 * make a number of call chains exponential in the depth; past this many the rest is not followed.
 */
const MAX_FOLLOWED_CALLS = 64;

export interface CalledJob {
  /** The `uses:` jobs that lead to it, outermost first (the first is a job of the caller). */
  callers: Job[];
  /** The called workflow holding the job, and the job. */
  workflow: WorkflowFile;
  job: Job;
}

export interface CalledJobs {
  /** Every way the job can be reached through local reusable workflows. */
  found: CalledJob[];
  /** `uses:` jobs handing secrets to a workflow of another repository (the job may be there). */
  remote: Job[];
  /** The first call not followed once MAX_FOLLOWED_CALLS were: the job may be behind it. */
  cut?: OpaqueUse;
}

/** Where job `jobId` can run when a job of `workflow` calls a reusable workflow. */
export function findCalledJobs(workflow: WorkflowFile, jobId: string, repo: RepoFiles): CalledJobs {
  const result: CalledJobs = { found: [], remote: [] };
  const parsed = new Map<string, WorkflowFile>();
  let followed = 0;
  const visit = (file: WorkflowFile, callers: Job[], stack: string[]): void => {
    for (const job of file.jobs) {
      const uses = job.uses;
      if (!uses) continue;
      if (uses.owner !== null || uses.path === null) {
        // A called workflow without secrets cannot hand a Fly token to a guard step.
        const passesSecrets =
          job.secrets?.inherit === true || (job.secrets?.values.length ?? 0) > 0;
        if (callers.length === 0 && passesSecrets) result.remote.push(job);
        continue;
      }
      const path = normalizePath(uses.path);
      if (path === null || stack.includes(path) || callers.length + 1 > MAX_CALL_DEPTH) continue;
      if (result.cut) return;
      if (followed >= MAX_FOLLOWED_CALLS) {
        result.cut = {
          reason: 'reusable-workflow',
          detail: uses.raw,
          why: `more than ${MAX_FOLLOWED_CALLS} calls of reusable workflows to follow`,
          location: uses.location
        };
        return;
      }
      followed++;
      const callee = parsed.get(path) ?? parseCallee(repo, path);
      if (callee === undefined) continue;
      parsed.set(path, callee);
      const chain = [...callers, job];
      const target = callee.jobs.find(j => j.id === jobId && !j.uses);
      if (target) result.found.push({ callers: chain, workflow: callee, job: target });
      visit(callee, chain, [...stack, path]);
    }
  };
  visit(workflow, [], [workflow.path]);
  return result;
}

function parseCallee(repo: RepoFiles, path: string): WorkflowFile | undefined {
  const text = safeRead(repo, path);
  return text === undefined ? undefined : parseWorkflowFile(path, text, { validate: false });
}

/**
 * The caller's secrets behind secret names of the called job (`secrets: inherit` keeps the name;
 * `secrets: { FLY_API_TOKEN: ${{ secrets.FLY_PROD }} }` maps it), innermost caller first.
 */
export function callerSecretNames(callers: readonly Job[], names: readonly string[]): string[] {
  let current = [...names];
  for (const caller of [...callers].reverse()) {
    if (caller.secrets?.inherit) continue;
    const values = caller.secrets?.values ?? [];
    current = current.flatMap(name =>
      secretsNamed(values.find(kv => kv.key === name)?.value ?? null)
    );
  }
  return [...new Set(current)];
}
