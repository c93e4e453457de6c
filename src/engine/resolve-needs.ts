// What the running job needs: from the `apps`/`needs` inputs, else inferred from the workflow
// file the runner is executing (GITHUB_WORKFLOW_REF + GITHUB_JOB) in the checked-out workspace.
// Imports only the light half of the workflow room: the parser comes in through a WorkflowReader,
// so a run with no workflow to read never loads it (see resolveNeedsLazily).
import { findWorkflowForRef, isAutoNeeds, needsFromInputs } from '../workflow/inputs.js';
import type { Job, Needs, RepoFiles, WorkflowFile } from '../workflow/index.js';

export interface NeedsRequest {
  apps: string[];
  needs: string[];
  workflowRef?: string;
  /** A workflow path given directly (CLI `--workflow`). */
  workflowPath?: string;
  jobId?: string;
  repo: RepoFiles;
}

export interface ResolvedNeeds {
  needs: Needs;
  job?: { workflow: string; job: string };
  /** The job's GitHub environment, for `gh secret set --env`. */
  environment?: string;
  /** The secret that feeds the job's Fly token, when the workflow says. */
  secretName?: string;
  notes: string[];
}

/** The heavy half of the workflow room, handed in by the caller. */
export interface WorkflowReader {
  parseWorkflowFile(path: string, text: string): WorkflowFile;
  inferJobNeeds(workflow: WorkflowFile, jobId: string, repo: RepoFiles): Needs;
}

const TOKEN_KEYS = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN', 'token', 'fly-api-token']);

function tokenSecretOf(job: Job): string | undefined {
  return (
    job.secretRefs.find(ref => ref.name && ref.flow.key && TOKEN_KEYS.has(ref.flow.key))?.name ??
    undefined
  );
}

/** The workflow to read and its text; `text` is set only when there is a job to look for. */
interface Located {
  path: string | null;
  jobId: string | undefined;
  text: string | undefined;
}

function locate(request: NeedsRequest): Located {
  const path =
    request.workflowPath ?? (request.workflowRef ? findWorkflowForRef(request.workflowRef) : null);
  const text = path && request.jobId ? request.repo.read(path) : undefined;
  return { path, jobId: request.jobId, text };
}

function resolveLocated(
  request: NeedsRequest,
  { path, jobId, text }: Located,
  reader: WorkflowReader | undefined
): ResolvedNeeds {
  const notes: string[] = [];
  const explicit = !isAutoNeeds(request.needs);
  let inferred: Needs | undefined;
  let found: Omit<ResolvedNeeds, 'needs' | 'notes'> = {};
  if (!path || !jobId) {
    if (!explicit && request.apps.length === 0) {
      notes.push(
        'Could not tell which workflow and job are running, so the needs were not inferred: set `apps` and `needs`.'
      );
    }
  } else if (text === undefined || !reader) {
    if (!explicit) {
      notes.push(
        `The workflow file \`${path}\` is not in the workspace, so the job's needs were not inferred. ` +
          'Run `actions/checkout` before this step, or set the `apps` and `needs` inputs.'
      );
    }
  } else {
    const workflow = reader.parseWorkflowFile(path, text);
    const job = workflow.jobs.find(j => j.id === jobId);
    if (!job) {
      notes.push(`Job \`${jobId}\` was not found in \`${path}\`; the needs were not inferred.`);
    } else {
      inferred = reader.inferJobNeeds(workflow, job.id, request.repo);
      const environment = job.environment?.name ?? undefined;
      const secretName = tokenSecretOf(job);
      found = {
        job: { workflow: path, job: job.id },
        ...(environment && !environment.includes('${{') ? { environment } : {}),
        ...(secretName ? { secretName } : {})
      };
      if (inferred.unknownApps) {
        notes.push(
          'Some flyctl commands in this job name their app in a way that cannot be read statically; set `apps` to be precise.'
        );
      }
    }
  }
  return { needs: needsFromInputs(request.apps, request.needs, inferred), ...found, notes };
}

/** Resolves needs with the given reader (synchronous; the caller has loaded the parser). */
export function resolveNeedsWith(request: NeedsRequest, reader: WorkflowReader): ResolvedNeeds {
  return resolveLocated(request, locate(request), reader);
}

/**
 * The same resolution, loading the workflow parser only when there is a workflow file to read:
 * a run with `apps`/`needs` inputs and no checked-out workflow starts without it.
 */
export async function resolveNeedsLazily(request: NeedsRequest): Promise<ResolvedNeeds> {
  const located = locate(request);
  const reader = located.text === undefined ? undefined : await loadWorkflowReader();
  return resolveLocated(request, located, reader);
}

async function loadWorkflowReader(): Promise<WorkflowReader> {
  const { parseWorkflowFile, inferJobNeeds } = await import('../workflow/index.js');
  return { parseWorkflowFile: modelOnly(parseWorkflowFile), inferJobNeeds };
}

/**
 * Needs come from the model alone, never from schema problems: skip GitHub's schema check (it
 * was 40 of the 110 ms a zero-config check spent reading its workflow).
 */
export function modelOnly(
  parse: (path: string, text: string, options?: { validate?: boolean }) => WorkflowFile
): WorkflowReader['parseWorkflowFile'] {
  return (path, text) => parse(path, text, { validate: false });
}
