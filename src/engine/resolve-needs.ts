// What the running job needs: from the `apps`/`needs` inputs, else inferred from the workflow
// file the runner is executing (GITHUB_WORKFLOW_REF + GITHUB_JOB) in the checked-out workspace.
// Imports only the light half of the workflow room: the parser comes in through a WorkflowReader,
// so a run with no workflow to read never loads it (see resolveNeedsLazily).
import {
  findWorkflowForRef,
  isAutoNeeds,
  needsFromInputs,
  unknownNeeds
} from '../workflow/inputs.js';
import type { Job, Needs, OpaqueUse, RepoFiles, WorkflowFile } from '../workflow/index.js';
import { guardedSecrets, needsForSecrets, secretsOfNeeds } from '../workflow/secret-needs.js';
import { andList } from '../rules/words.js';

export interface NeedsRequest {
  apps: string[];
  needs: string[];
  workflowRef?: string;
  /** A workflow path given directly (CLI `--workflow`). */
  workflowPath?: string;
  jobId?: string;
  /** GITHUB_ACTION: which guard step of the job is running (its id, or `__owner_repo_N`). */
  action?: string;
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

/** The first secret the job stores a Fly token in, when the guard step does not say. */
function tokenSecretOf(job: Job): string | undefined {
  return (
    job.secretRefs.find(ref => ref.name && ref.flow.key && TOKEN_KEYS.has(ref.flow.key))?.name ??
    undefined
  );
}

/** Needs of a job that could not be read at all: unseen, so never a silent pass. */
function unreadable(detail: string, why: string, file: string): Needs {
  const use: OpaqueUse = {
    reason: 'workflow',
    detail,
    why,
    location: { file, line: 1, column: 1 }
  };
  return { ...unknownNeeds(), opaque: [use] };
}

/**
 * The needs of the token under check: the secret the guard step names (each secret's needs on
 * their own), and, when nothing of the job's use of it can be seen, a note saying so.
 */
function checkedNeeds(
  workflow: WorkflowFile,
  job: Job,
  inferred: Needs,
  action: string | undefined
): { needs: Needs; secret?: string; unsure: string[] } {
  const guarded = guardedSecrets(workflow, job, action);
  const used = secretsOfNeeds(inferred);
  // A guard naming a secret no step uses checks a token whose use the job does not show: its
  // needs are what runs with a token of unknown origin, and the note below says the rest.
  let needs = needsForSecrets(inferred, guarded);
  if (needs.source === 'none' && !needs.opaque) {
    const named = guarded.length > 0 ? `secrets.${guarded.join(' / secrets.')}` : 'the token';
    needs = {
      ...needs,
      opaque: [
        {
          reason: 'workflow',
          detail: `job ${job.id}`,
          why: `no step shows what it does with ${named}`,
          location: job.location,
          ...(guarded.length > 0 ? { secrets: guarded } : {})
        }
      ]
    };
  }
  const secret = guarded[0] ?? (used.length === 1 ? used[0] : undefined);
  // Several Fly secrets and none named for this token: its needs are those of all of them.
  const unsure = guarded.length === 0 && used.length > 1 ? used : [];
  return { needs, ...(secret ? { secret } : {}), unsure };
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
    inferred = unreadable(path, 'not in the checkout', path);
  } else {
    const workflow = reader.parseWorkflowFile(path, text);
    const job = workflow.jobs.find(j => j.id === jobId);
    if (!job) {
      notes.push(`Job \`${jobId}\` was not found in \`${path}\`; the needs were not inferred.`);
      inferred = unreadable(`job ${jobId}`, `not found in ${path}`, path);
    } else {
      const checked = checkedNeeds(
        workflow,
        job,
        reader.inferJobNeeds(workflow, job.id, request.repo),
        request.action
      );
      inferred = checked.needs;
      const environment = job.environment?.name ?? undefined;
      // With several secrets and none named, the fix does not build on one picked at random.
      const secretName =
        checked.secret ?? (checked.unsure.length > 0 ? undefined : tokenSecretOf(job));
      found = {
        job: { workflow: path, job: job.id },
        ...(environment && !environment.includes('${{') ? { environment } : {}),
        ...(secretName ? { secretName } : {})
      };
      if (checked.unsure.length > 0 && !explicit) {
        const names = andList(checked.unsure.map(n => `\`${n}\``));
        notes.push(
          `This job uses Fly secrets ${names} and nothing says which one holds this token, so the needs shown are those of all of them: ` +
            'give the guard step `token: ${{ secrets.NAME }}`, or set `apps` and `needs`.'
        );
      }
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
