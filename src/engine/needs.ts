// What the running job needs: from the `apps`/`needs` inputs, else inferred from the workflow
// file the runner is executing (GITHUB_WORKFLOW_REF + GITHUB_JOB) in the checked-out workspace.
import {
  findWorkflowForRef,
  inferJobNeeds,
  isAutoNeeds,
  needsFromInputs,
  parseWorkflowFile,
  type Job,
  type Needs,
  type RepoFiles
} from '../workflow/index.js';

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

const TOKEN_KEYS = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN', 'token', 'fly-api-token']);

function tokenSecretOf(job: Job): string | undefined {
  return (
    job.secretRefs.find(ref => ref.name && ref.flow.key && TOKEN_KEYS.has(ref.flow.key))?.name ??
    undefined
  );
}

export function resolveNeeds(request: NeedsRequest): ResolvedNeeds {
  const notes: string[] = [];
  const explicit = !isAutoNeeds(request.needs);
  const path =
    request.workflowPath ?? (request.workflowRef ? findWorkflowForRef(request.workflowRef) : null);
  let inferred: Needs | undefined;
  let found: Omit<ResolvedNeeds, 'needs' | 'notes'> = {};
  if (!path || !request.jobId) {
    if (!explicit && request.apps.length === 0) {
      notes.push(
        'Could not tell which workflow and job are running, so the needs were not inferred: set `apps` and `needs`.'
      );
    }
  } else {
    const text = request.repo.read(path);
    if (text === undefined) {
      if (!explicit) {
        notes.push(
          `The workflow file \`${path}\` is not in the workspace, so the job's needs were not inferred. ` +
            'Run `actions/checkout` before this step, or set the `apps` and `needs` inputs.'
        );
      }
    } else {
      const workflow = parseWorkflowFile(path, text);
      const job = workflow.jobs.find(j => j.id === request.jobId);
      if (!job) {
        notes.push(
          `Job \`${request.jobId}\` was not found in \`${path}\`; the needs were not inferred.`
        );
      } else {
        inferred = inferJobNeeds(workflow, job.id, request.repo);
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
  }
  return { needs: needsFromInputs(request.apps, request.needs, inferred), ...found, notes };
}
