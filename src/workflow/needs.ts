// Needs inference: which apps a job touches and what its Fly token must be able to do, read from
// the job's steps (flyctl in `run:` scripts, known actions), the repository's fly.toml files,
// local composite actions and local reusable workflows. Static and conservative: when an app
// name cannot be told, `unknownApps` says so instead of guessing.
import type { CalledJob } from './called-jobs.js';
import { runKnownAction } from './known-actions.js';
import type { Job, Step, WorkflowFile } from './model.js';
import {
  Collector,
  FLY_TOKEN_ENV,
  FOLLOW_BUDGET,
  mentionsFlySecret,
  newFileCache,
  newJobState,
  passesFlyToken,
  safeRead,
  stepSecrets,
  template,
  withValue,
  type CallContext,
  type FileCache,
  type StepEffects,
  type StepsContext
} from './needs-context.js';
import { parseActionFile, parseWorkflowFile } from './parse-workflow.js';
import { normalizePath, type RepoFiles } from './repo-files.js';
import {
  known,
  matrixCombinations,
  matrixLookup,
  Scope,
  secretsIn,
  secretValue,
  union,
  UNKNOWN,
  type Contexts,
  type EnvLayer,
  type MatrixCombination,
  type Resolved
} from './resolve.js';
import { neverRuns } from './run-condition.js';
import { runScript } from './script-run.js';
import type { Needs, OpaqueUse } from './types.js';

/** GitHub allows four levels of reusable workflows; composite actions are bounded the same way. */
const MAX_CALL_DEPTH = 4;

/**
 * One matrix combination analysed: which `matrix.*` paths it asked for (each once, by its JSON),
 * and what it hid.
 */
interface CombinationRun {
  combo: MatrixCombination;
  matrixReads: Map<string, string[]>;
}

/** Whether `combo` gives the same answer as `run.combo` to every matrix path the run read. */
function answersAlike(run: CombinationRun, combo: MatrixCombination): boolean {
  for (const path of run.matrixReads.values()) {
    if (!sameResolved(matrixLookup(run.combo, path), matrixLookup(combo, path))) return false;
  }
  return true;
}

function sameResolved(a: Resolved, b: Resolved): boolean {
  return (
    a.unknown === b.unknown &&
    a.values.length === b.values.length &&
    a.values.every((v, i) => Object.is(v, b.values[i]))
  );
}

/** `matrix.*` in one combination, noted so later combinations can tell whether they differ. */
function readMatrix(
  combo: MatrixCombination,
  reads: Map<string, string[]> | undefined,
  path: string[]
): Resolved {
  if (reads) {
    const key = JSON.stringify(path);
    if (!reads.has(key)) reads.set(key, path);
  }
  return matrixLookup(combo, path);
}

export function inferJobNeeds(
  workflow: WorkflowFile,
  jobId: string,
  repo: RepoFiles,
  files: FileCache = newFileCache()
): Needs {
  const job = workflow.jobs.find(j => j.id === jobId);
  return job ? jobNeeds(workflow, job, repo, files) : new Collector().toNeeds();
}

function jobNeeds(workflow: WorkflowFile, job: Job, repo: RepoFiles, files: FileCache): Needs {
  const collector = new Collector();
  try {
    const call: CallContext = { inputs: null, depth: 0, stack: [workflow.path] };
    analyzeJob(workflow, job, repo, call, collector, files);
  } catch {
    // Inference is best effort: keep what was found, and say the picture may be incomplete.
    collector.unknownApps = true;
  }
  return collector.toNeeds();
}

/**
 * Needs of a job of a called workflow as its caller runs it: the caller's inputs and secrets,
 * only that job (see `findCalledJobs`).
 */
export function inferCalledJobNeeds(
  workflow: WorkflowFile,
  called: CalledJob,
  repo: RepoFiles
): Needs {
  const [outer, ...inner] = called.callers;
  if (!outer) return new Collector().toNeeds();
  const collector = new Collector();
  try {
    const call: CallContext = {
      inputs: null,
      depth: 0,
      stack: [workflow.path],
      only: [...inner.map(j => j.id), called.job.id]
    };
    analyzeJob(workflow, outer, repo, call, collector, newFileCache());
  } catch {
    collector.unknownApps = true;
  }
  return collector.toNeeds();
}

/** What each job of a workflow needs, by job id; undefined for an id no job has. */
export interface JobNeedsLookup {
  get(jobId: string): Needs | undefined;
}

/**
 * Needs of a workflow's jobs, each inferred when first asked for: the scan asks only for the jobs
 * that hold a Fly secret. The jobs share one file cache and one work budget, as in
 * `inferWorkflowNeeds`.
 */
export function workflowNeedsOnDemand(workflow: WorkflowFile, repo: RepoFiles): JobNeedsLookup {
  const inferred = new Map<string, Needs>();
  let jobs: Map<string, Job> | undefined;
  // The jobs of a workflow read the same scripts: one cache (each job gets a fresh budget).
  let files: FileCache | undefined;
  return {
    get(jobId) {
      const known = inferred.get(jobId);
      if (known) return known;
      if (!jobs) {
        // A repeated id names the first job of that id, as `inferJobNeeds` does.
        jobs = new Map();
        for (const j of workflow.jobs) if (!jobs.has(j.id)) jobs.set(j.id, j);
      }
      const job = jobs.get(jobId);
      if (!job) return undefined;
      files ??= newFileCache();
      files.budget = FOLLOW_BUDGET;
      const needs = jobNeeds(workflow, job, repo, files);
      inferred.set(jobId, needs);
      return needs;
    }
  };
}

/** Needs of every job of a workflow, by job id (for the workflow scanner). */
export function inferWorkflowNeeds(workflow: WorkflowFile, repo: RepoFiles): Map<string, Needs> {
  const out = new Map<string, Needs>();
  const lookup = workflowNeedsOnDemand(workflow, repo);
  for (const job of workflow.jobs) {
    if (out.has(job.id)) continue;
    const needs = lookup.get(job.id);
    if (needs) out.set(job.id, needs);
  }
  return out;
}

function analyzeJob(
  workflow: WorkflowFile,
  job: Job,
  repo: RepoFiles,
  call: CallContext,
  collector: Collector,
  files: FileCache
): void {
  if (neverRuns(job.if)) return;
  const inputs = inputsOf(workflow, call);
  const outerLayers: EnvLayer[] = [
    { kind: 'values', values: job.env, dynamic: job.envExpression !== null },
    { kind: 'values', values: workflow.env, dynamic: workflow.envExpression !== null }
  ];
  const before = collector.evidence.length;
  const hiddenPrograms: OpaqueUse[] = [];
  const runs: CombinationRun[] = [];
  for (const combo of matrixCombinations(job.matrix)) {
    // A combination that answers every matrix question of an earlier run as that run's did would
    // run the same way: its evidence, commands and opaque uses are already collected (the
    // collector keeps each once).
    if (runs.some(run => answersAlike(run, combo))) continue;
    const run: CombinationRun = { combo, matrixReads: new Map() };
    runs.push(run);
    if (job.uses) {
      analyzeCall(workflow, job, repo, call, collector, inputs, run, outerLayers, files);
      continue;
    }
    const state = newJobState(files);
    runSteps(
      {
        file: workflow.path,
        repo,
        collector,
        call,
        inputs,
        combo,
        matrixReads: run.matrixReads,
        outerLayers,
        githubEnv: new Map(),
        defaultWorkingDir: job.defaults.workingDirectory ?? workflow.defaults.workingDirectory,
        defaultShell: job.defaults.shell ?? workflow.defaults.shell,
        runsOn: job.runsOn,
        job: state
      },
      job.steps
    );
    hiddenPrograms.push(...state.hiddenPrograms);
  }
  // A job with no visible Fly use whose env (job or workflow level) holds the token, and which
  // runs programs: the Fly use is in those programs.
  const tokenInJob = [...job.env, ...workflow.env].some(
    kv => FLY_TOKEN_ENV.has(kv.key) || mentionsFlySecret(kv.value)
  );
  if (collector.evidence.length === before && tokenInJob) {
    for (const use of hiddenPrograms) collector.addOpaque(use);
  }
}

/**
 * `inputs.X`: given by the caller; else, for a workflow run on its own, the `choice` options or
 * booleans of `workflow_dispatch`, and unknown for anything a caller or a person types.
 */
function inputsOf(workflow: WorkflowFile, call: CallContext): (name: string) => Resolved {
  return name => {
    if (call.inputs) {
      const given = call.inputs.get(name);
      if (given) return given;
      for (const trigger of workflow.triggers) {
        if (trigger.event !== 'workflow_call') continue;
        const declared = trigger.inputs.find(i => i.name === name);
        if (declared) return known(declared.default ?? (declared.type === 'boolean' ? false : ''));
      }
      return UNKNOWN;
    }
    const options: Resolved[] = [];
    for (const trigger of workflow.triggers) {
      const declared = trigger.inputs.find(i => i.name === name);
      if (!declared) continue;
      if (
        trigger.event === 'workflow_dispatch' &&
        declared.type === 'choice' &&
        declared.options.length > 0
      ) {
        options.push(known(...declared.options));
      } else if (declared.type === 'boolean') {
        options.push(known(true, false));
      } else {
        options.push(UNKNOWN);
      }
    }
    return options.length > 0 ? union(...options) : UNKNOWN;
  };
}

function stepContexts(ctx: StepsContext, outputs: Map<string, Map<string, Resolved>>): Contexts {
  return {
    matrix: path => readMatrix(ctx.combo, ctx.matrixReads, path),
    inputs: ctx.inputs,
    ...(ctx.call.secrets ? { secrets: ctx.call.secrets } : {}),
    ...(ctx.actionPath !== undefined ? { actionPath: ctx.actionPath } : {}),
    steps: path => {
      const [id, kind, key] = path;
      if (path.length === 3 && kind === 'outputs' && id !== undefined && key !== undefined) {
        return outputs.get(id)?.get(key) ?? UNKNOWN;
      }
      return UNKNOWN;
    }
  };
}

function runSteps(ctx: StepsContext, steps: Step[]): void {
  const outputs = new Map<string, Map<string, Resolved>>();
  const contexts = stepContexts(ctx, outputs);
  for (const step of steps) {
    if (neverRuns(step.if)) continue;
    const layers: EnvLayer[] = [
      { kind: 'values', values: step.env, dynamic: step.envExpression !== null },
      { kind: 'resolved', values: ctx.githubEnv },
      ...ctx.outerLayers
    ];
    const scope = new Scope(layers, contexts);
    const effects: StepEffects = {
      outputs: new Map(),
      env: new Map(),
      sawFly: false,
      ranProgram: false,
      unseen: []
    };
    if (step.run) {
      runScript(ctx, step, scope, effects);
      judgeUnseen(ctx, step, scope, effects);
    } else if (step.uses) {
      if (step.uses.kind === 'local') runComposite(ctx, step, scope);
      else runKnownAction(ctx, step, scope, effects);
    }
    if (step.id) outputs.set(step.id, effects.outputs);
    if (effects.env.size === 0) continue;
    const outer = scope.withLayers(ctx.outerLayers);
    for (const [name, value] of effects.env) {
      const previous = ctx.githubEnv.get(name) ?? outer.env(name) ?? known('');
      ctx.githubEnv.set(name, step.if !== null ? union(previous, value) : value);
    }
  }
}

/**
 * What a `run:` step runs with the token that cannot be seen, judged: a script that cannot be
 * followed always counts; the repository's own code (`node deploy.js`) counts in a step handed
 * the token; another program (`npx tool`) only when it is handed the token itself, or the step
 * is handed it and shows no Fly use of its own. The rest waits for the whole job (`analyzeJob`:
 * counted when the job shows no Fly use at all). A step handed a Fly secret that runs nothing
 * visible counts as a whole, unless all it runs is the shell's own (a check that the secret is
 * set: `[ -n "$FLY_API_TOKEN" ] || exit 1`).
 */
function judgeUnseen(ctx: StepsContext, step: Step, scope: Scope, effects: StepEffects): void {
  const handed = passesFlyToken(step);
  let reported = 0;
  for (const { program, code, explicit, reaches, ...use } of effects.unseen) {
    if (!reaches) {
      // Only a Fly secret under another name (`FLY_PREFLIGHT_TOKEN`) can reach it.
      if (!handed || effects.sawFly) continue;
      const secrets = use.secrets ?? stepSecrets(step, scope);
      ctx.collector.addOpaque({ ...use, ...(secrets ? { secrets } : {}) });
    } else if (program && !explicit && (!handed || (effects.sawFly && !code))) {
      ctx.job.hiddenPrograms.push(use);
      continue;
    } else ctx.collector.addOpaque(use);
    reported++;
  }
  if (!effects.sawFly && reported === 0 && handed && step.run && effects.ranProgram) {
    const secrets = stepSecrets(step, scope);
    ctx.collector.addOpaque({
      reason: 'script',
      detail: (step.run.lines.find(l => l.text.trim() !== '')?.text ?? '').trim(),
      why: 'given the token, but runs no Fly command that can be seen',
      location: step.run.location,
      ...(secrets ? { secrets } : {})
    });
  }
}

/** Local composite actions: their steps run as part of the job. */
function runComposite(ctx: StepsContext, step: Step, scope: Scope): void {
  const uses = step.uses;
  const dir = uses?.path;
  if (!uses || dir === null || dir === undefined) return;
  // A local action that cannot be read sees the job's Fly token if any env layer holds one.
  const tokenInScope = [...FLY_TOKEN_ENV].some(name => scope.env(name) !== null);
  const opaque = (why: string): void => {
    if (passesFlyToken(step) || tokenInScope) {
      const secrets = stepSecrets(step, scope);
      ctx.collector.addOpaque({
        reason: 'action',
        detail: uses.raw,
        why,
        location: uses.location,
        ...(secrets ? { secrets } : {})
      });
    }
  };
  if (ctx.call.depth >= MAX_CALL_DEPTH) return opaque('local actions nested too deeply');
  let path = `${dir}/action.yml`;
  let text = safeRead(ctx.repo, path);
  if (text === undefined) {
    path = `${dir}/action.yaml`;
    text = safeRead(ctx.repo, path);
  }
  if (ctx.call.stack.includes(path)) return;
  if (text === undefined) return opaque('not in the checkout');
  const action = parseActionFile(path, text);
  if (action.using !== 'composite') return opaque(`a ${action.using ?? 'non-composite'} action`);
  const inputs = new Map<string, Resolved>();
  for (const input of action.inputs) {
    const given = template(scope, withValue(step, input.name));
    inputs.set(input.name, given ?? known(input.default ?? ''));
  }
  runSteps(
    {
      ...ctx,
      file: path,
      call: { ...ctx.call, inputs, depth: ctx.call.depth + 1, stack: [...ctx.call.stack, path] },
      inputs: name => inputs.get(name) ?? UNKNOWN,
      outerLayers: [
        { kind: 'values', values: step.env, dynamic: step.envExpression !== null },
        ...ctx.outerLayers
      ],
      defaultWorkingDir: null,
      defaultShell: null,
      actionPath: normalizePath(dir) ?? dir
    },
    action.steps
  );
}

// ---------------------------------------------------------------------------------------------
// Reusable workflows

function analyzeCall(
  workflow: WorkflowFile,
  job: Job,
  repo: RepoFiles,
  call: CallContext,
  collector: Collector,
  inputs: (name: string) => Resolved,
  run: CombinationRun,
  outerLayers: EnvLayer[],
  files: FileCache
): void {
  const uses = job.uses;
  if (!uses) return;
  const scope = new Scope(outerLayers.slice(1), {
    matrix: p => readMatrix(run.combo, run.matrixReads, p),
    inputs,
    steps: () => UNKNOWN,
    ...(call.secrets ? { secrets: call.secrets } : {})
  });
  // `secrets.X` in the callee: the caller's secret of that name (inherit), or what it passes.
  const passed = new Map<string, Resolved>();
  for (const kv of job.secrets?.values ?? []) {
    passed.set(kv.key, kv.isScalar && kv.value !== null ? scope.template(kv.value) : UNKNOWN);
  }
  const inherit = job.secrets?.inherit === true;
  const passesSecrets =
    inherit || (job.secrets?.values.some(kv => mentionsFlySecret(kv.value)) ?? false);
  const opaque = (why: string): void => {
    if (!passesSecrets) return;
    const secrets = inherit ? undefined : [...new Set([...passed.values()].flatMap(secretsIn))];
    collector.addOpaque({
      reason: 'reusable-workflow',
      detail: uses.raw,
      why,
      location: uses.location,
      ...(secrets && secrets.length > 0 ? { secrets } : {})
    });
  };
  if (uses.owner !== null || uses.path === null) return opaque('a workflow of another repository');
  const path = normalizePath(uses.path);
  if (path === null || call.stack.includes(path)) return;
  if (call.depth >= MAX_CALL_DEPTH) return opaque('reusable workflows nested too deeply');
  const text = safeRead(repo, path);
  if (text === undefined) return opaque('not in the checkout');
  const callee = parseWorkflowFile(path, text);
  const given = new Map<string, Resolved>();
  for (const kv of job.with) {
    given.set(kv.key, kv.isScalar && kv.value !== null ? scope.template(kv.value) : UNKNOWN);
  }
  const outerSecrets = call.secrets ?? secretValue;
  const [wanted, ...below] = call.only ?? [];
  const next: CallContext = {
    inputs: given,
    depth: call.depth + 1,
    stack: [...call.stack, path],
    secrets: name => (inherit ? outerSecrets(name) : (passed.get(name) ?? known(''))),
    ...(below.length > 0 ? { only: below } : {})
  };
  for (const calleeJob of callee.jobs) {
    if (wanted !== undefined && calleeJob.id !== wanted) continue;
    analyzeJob(callee, calleeJob, repo, next, collector, files);
  }
}
