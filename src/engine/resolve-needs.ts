// What the running job needs: from the `apps`/`needs` inputs, else inferred from the workflow
// file the runner is executing (GITHUB_WORKFLOW_REF + GITHUB_JOB) in the checked-out workspace.
// Imports only the light half of the workflow room: the parser is loaded when there is a workflow
// file to read, so a run with `apps`/`needs` inputs and no checkout starts without it.
import {
  findWorkflowForRef,
  isAutoNeeds,
  needsFromInputs,
  unknownNeeds
} from '../workflow/inputs.js';
import type * as WorkflowRoom from '../workflow/index.js';
import type {
  CalledJobs,
  Job,
  Needs,
  OpaqueUse,
  RepoFiles,
  WorkflowFile
} from '../workflow/index.js';
import { guardedSecrets, needsForSecrets, secretsOfNeeds } from '../workflow/secret-needs.js';
import { andList } from '../rules/words.js';
import { sortCapabilities } from '../workflow/capabilities.js';

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
  job: Job,
  inferred: Needs,
  guarded: string[]
): { needs: Needs; secret?: string; unsure: string[] } {
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
  reader: typeof WorkflowRoom | undefined
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
    // Listed but not read: too large, or not a regular file inside the checkout.
    const listed = request.repo.list?.().includes(path) === true;
    if (!explicit) {
      notes.push(
        listed
          ? `The workflow file \`${path}\` is in the workspace but was not read (larger than 1 MiB, or not a regular file inside the checkout), so the job's needs were not inferred: set the \`apps\` and \`needs\` inputs.`
          : `The workflow file \`${path}\` is not in the workspace, so the job's needs were not inferred. ` +
              'Run `actions/checkout` before this step, or set the `apps` and `needs` inputs.'
      );
    }
    inferred = unreadable(path, listed ? 'not read' : 'not in the checkout', path);
  } else {
    // Needs come from the model alone, never from schema problems: skip GitHub's schema check.
    const workflow = reader.parseWorkflowFile(path, text, { validate: false });
    const direct = workflow.jobs.find(j => j.id === jobId);
    const called = direct ? null : reader.findCalledJobs(workflow, jobId, request.repo);
    const target = direct
      ? { workflow, job: direct }
      : calledTarget(workflow, called, reader, request);
    if (!target && called?.cut) {
      notes.push(
        `Job \`${jobId}\` was not found in \`${path}\` nor in the calls of its reusable workflows that were followed (${called.cut.why}); the needs were not inferred.`
      );
      inferred = { ...unknownNeeds(), opaque: [called.cut] };
    } else if (!target) {
      // A file that could not be read as YAML has no jobs: say why, not "not found".
      const problem = reader.unreadableReason(workflow);
      notes.push(
        problem
          ? `\`${path}\` could not be read (${problem}), so job \`${jobId}\` was not found; the needs were not inferred.`
          : `Job \`${jobId}\` was not found in \`${path}\`; the needs were not inferred.`
      );
      inferred = unreadable(`job ${jobId}`, `not found in ${path}`, path);
      if (called && called.remote.length > 0) {
        const remote = remoteCallees(called.remote, jobId, path);
        inferred = { ...inferred, opaque: remote };
        notes.push(
          `It may be a job of a reusable workflow of another repository (${andList(remote.map(r => `\`${r.detail}\``))}), which is not in the checkout: set \`apps\` and \`needs\`.`
        );
      }
    } else {
      const job = target.job;
      const checked = checkedNeeds(
        job,
        target.needs ?? reader.inferJobNeeds(workflow, job.id, request.repo),
        target.guarded ?? guardedSecrets(workflow, job, request.action)
      );
      inferred = checked.needs;
      if (called && called.remote.length > 0) {
        inferred = {
          ...inferred,
          opaque: [...(inferred.opaque ?? []), ...remoteCallees(called.remote, jobId, path)]
        };
      }
      if (target.note) notes.push(target.note);
      const environment = job.environment?.name ?? undefined;
      // With several secrets and none named, the fix does not build on one picked at random.
      const secretName =
        checked.secret ?? (checked.unsure.length > 0 ? undefined : tokenSecretOf(job));
      found = {
        job: { workflow: target.workflow.path, job: job.id },
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

/** The job the runner is in, found in a called workflow: its needs as its callers run it. */
interface CalledTarget {
  workflow: WorkflowFile;
  job: Job;
  needs?: Needs;
  /** The caller's secrets the guard step's token comes from. */
  guarded?: string[];
  note?: string;
}

function calledTarget(
  caller: WorkflowFile,
  called: CalledJobs | null,
  reader: typeof WorkflowRoom,
  request: NeedsRequest
): CalledTarget | null {
  const [first] = called?.found ?? [];
  if (!called || !first) return null;
  const runs = called.found.map(c => ({
    needs: reader.inferCalledJobNeeds(caller, c, request.repo),
    guarded: reader.callerSecretNames(c.callers, guardedSecrets(c.workflow, c.job, request.action))
  }));
  return {
    workflow: first.workflow,
    job: first.job,
    needs: withCut(mergeRuns(runs.map(r => r.needs)), called.cut),
    guarded: [...new Set(runs.flatMap(r => r.guarded))],
    note:
      `Job \`${first.job.id}\` runs in the reusable workflow \`${first.workflow.path}\`, called by ${andList(
        called.found.map(c => `job \`${c.callers[0]?.id ?? ''}\``)
      )}; ` +
      (called.found.length > 1
        ? 'nothing tells which call this is, so the needs shown are those of every call, and its apps are not named.'
        : 'its needs are read with what that call passes.')
  };
}

/** The needs with the call where following stopped as an unseen use, when it stopped. */
function withCut(needs: Needs, cut: OpaqueUse | undefined): Needs {
  return cut ? { ...needs, opaque: [...(needs.opaque ?? []), cut] } : needs;
}

/**
 * The needs of several calls that may be this job: every capability and unseen use of each, with
 * the apps left unnamed when the calls differ (naming all would claim the job needs all of them).
 */
function mergeRuns(runs: Needs[]): Needs {
  const [first, ...rest] = runs;
  if (!first) return unknownNeeds();
  if (rest.length === 0) return first;
  const sameApps = runs.every(r => !r.unknownApps && r.apps.join() === first.apps.join());
  const evidence = runs.flatMap(r =>
    sameApps ? r.evidence : r.evidence.map(e => ({ ...e, app: null, appUnknown: true as const }))
  );
  return {
    apps: sameApps ? first.apps : [],
    capabilities: sortCapabilities(runs.flatMap(r => r.capabilities)),
    unknownApps: !sameApps && evidence.length > 0,
    commands: [...new Set(runs.flatMap(r => r.commands))],
    evidence,
    source: evidence.length > 0 ? 'inferred' : 'none',
    ...opaqueOf(runs)
  };
}

function opaqueOf(runs: Needs[]): Pick<Needs, 'opaque'> {
  const opaque = runs.flatMap(r => r.opaque ?? []);
  return opaque.length > 0 ? { opaque } : {};
}

/** `uses:` jobs of another repository's workflows, where the job may run. */
function remoteCallees(jobs: Job[], jobId: string, path: string): OpaqueUse[] {
  return jobs.map(job => ({
    reason: 'reusable-workflow',
    detail: job.uses?.raw ?? job.id,
    why: `job ${jobId} is not in ${path}, and may run in this workflow of another repository`,
    location: job.uses?.location ?? job.location
  }));
}

/** What the running job needs; the workflow parser is loaded only when there is a file to read. */
export async function resolveNeeds(request: NeedsRequest): Promise<ResolvedNeeds> {
  const located = locate(request);
  const reader = located.text === undefined ? undefined : await import('../workflow/index.js');
  return resolveLocated(request, located, reader);
}
