// Shared state of needs inference: what has been found so far, what a sequence of steps runs
// with, and how to tell that a step hands a Fly token on.
import { CAPABILITY_ORDER, sortCapabilities } from './capabilities.js';
import { findExpressions, findSecretMentions } from './expressions.js';
import type { KeyValue, Step } from './model.js';
import { scrubTokenForms } from '../token/scrub.js';
import type { RepoFiles } from './repo-files.js';
import {
  known,
  secretsIn,
  type EnvLayer,
  type MatrixCombination,
  type Resolved,
  type Scope
} from './resolve.js';
import type { Capability, NeedEvidence, Needs, OpaqueUse, SourceLocation } from './types.js';

export class Collector {
  readonly evidence: NeedEvidence[] = [];
  /** Evidence seen: position, capability, app and secrets. */
  private readonly keys = new Set<string>();
  /** Redacted command texts (the same commands are recorded once per matrix combination). */
  private readonly redacted = new Map<string, string>();
  unknownApps = false;
  readonly commands: string[] = [];
  readonly opaque: OpaqueUse[] = [];
  private readonly opaqueKeys = new Set<string>();

  add(
    capability: Capability,
    app: string | null,
    command: string,
    location: SourceLocation,
    origin: Origin = {}
  ): void {
    // The same line run with two secrets (one script, two steps) is two needs.
    const { file, line, column } = location;
    const secrets = origin.secrets?.join(',') ?? '';
    const key = JSON.stringify([file, line, column, capability, app ?? '', secrets]);
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.evidence.push({
      capability,
      app,
      command: this.redact(command),
      location,
      ...(origin.appUnknown ? { appUnknown: true as const } : {}),
      ...(origin.via && origin.via.length > 0 ? { via: origin.via } : {}),
      ...(origin.secrets ? { secrets: origin.secrets } : {})
    });
  }

  private redact(command: string): string {
    let safe = this.redacted.get(command);
    if (safe === undefined) {
      safe = scrubTokenForms(command);
      this.redacted.set(command, safe);
    }
    return safe;
  }

  addCommand(command: string): void {
    const safe = scrubTokenForms(command);
    if (safe !== '' && !this.commands.includes(safe)) this.commands.push(safe);
  }

  addOpaque(use: OpaqueUse): void {
    const key = `${use.location.file}:${use.location.line}:${use.location.column}|${use.secrets?.join(',') ?? ''}`;
    if (this.opaqueKeys.has(key)) return;
    this.opaqueKeys.add(key);
    this.opaque.push({
      ...use,
      detail: scrubTokenForms(use.detail),
      ...(use.why !== undefined ? { why: scrubTokenForms(use.why) } : {})
    });
  }

  toNeeds(): Needs {
    const apps = [
      ...new Set(this.evidence.map(e => e.app).filter((a): a is string => a !== null))
    ].sort();
    const needs: Needs = {
      apps,
      capabilities: sortCapabilities(this.evidence.map(e => e.capability)),
      unknownApps: this.unknownApps,
      commands: [...this.commands],
      evidence: [...this.evidence].sort(
        (a, b) =>
          (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
          (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
          (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
          CAPABILITY_ORDER.indexOf(a.capability) - CAPABILITY_ORDER.indexOf(b.capability)
      ),
      source: this.evidence.length > 0 ? 'inferred' : 'none'
    };
    if (this.opaque.length > 0) needs.opaque = [...this.opaque];
    return needs;
  }
}

/** Where a need comes from, besides its own location: see `NeedEvidence.via` and `.secrets`. */
export interface Origin {
  via?: SourceLocation[];
  secrets?: string[];
  /** The app cannot be told (see `NeedEvidence.appUnknown`). */
  appUnknown?: true;
}

export interface CallContext {
  /** `inputs.*` given by a caller (reusable workflow call); null for a workflow run on its own. */
  inputs: Map<string, Resolved> | null;
  depth: number;
  /** Files being analysed, to stop cycles. */
  stack: string[];
  /** `secrets.*` as the caller passed them (`secrets:` of a reusable workflow call). */
  secrets?: (name: string) => Resolved;
  /**
   * Only these jobs of the called workflows, one id per level (the job the runner is in, reached
   * through the caller's `uses:` jobs); absent: every job.
   */
  only?: string[];
}

/** Everything a sequence of steps (a job, or a composite action's steps) runs with. */
export interface StepsContext {
  file: string;
  repo: RepoFiles;
  collector: Collector;
  call: CallContext;
  inputs: (name: string) => Resolved;
  combo: MatrixCombination;
  /** `matrix.*` paths asked for so far in this combination, by their JSON (see `analyzeJob`). */
  matrixReads?: Map<string, string[]>;
  /** Env layers outside the steps (job, workflow; caller step for composites). */
  outerLayers: EnvLayer[];
  /** Values written to `$GITHUB_ENV` so far (shared by the whole job). */
  githubEnv: Map<string, Resolved>;
  /** `defaults.run.working-directory` (template), for `run:` steps. */
  defaultWorkingDir: string | null;
  /** `defaults.run.shell`, for `run:` steps without `shell:`. */
  defaultShell?: string | null;
  /** The job's `runs-on` (a Windows runner's default shell is PowerShell). */
  runsOn?: string | null;
  /** A composite action's directory (`github.action_path`, `$GITHUB_ACTION_PATH`). */
  actionPath?: string;
  /** State shared by every step of the job (and its composite actions). */
  job: JobState;
}

/** What a job's steps share besides env: the files read, the registry login. */
interface JobState {
  files: FileCache;
  /** The limits (work budget, nesting) this job ran into: each said once, as an unseen use. */
  limitsReached: Set<string>;
  /** Statement lists being interpreted inside one another (scripts, regions, `$( )`, blocks). */
  depth: number;
  /** The token `flyctl auth docker` / `docker login registry.fly.io` logged in with, if seen. */
  registryLogin: Origin | null;
  /**
   * Programs run with the job-level token whose Fly use cannot be seen (`node deploy.js` in a
   * job whose env holds the token): reported only when the job shows no Fly use at all.
   */
  hiddenPrograms: OpaqueUse[];
}

/** Repository files read while following scripts, and how many runs are left (one budget a job). */
export interface FileCache {
  texts: Map<string, string | undefined>;
  /** Parsed files by key (`Makefile`, `package.json`...), whatever their reader made of them. */
  parsed: Map<string, unknown>;
  /** Files and targets that may still be followed; at 0, the rest is reported unseen. */
  budget: number;
  /**
   * Shell commands that may still be interpreted. One budget for everything that shares the cache
   * (every job, combination and caller of a workflow), never reset: the scripts a repository
   * holds cannot make inference run unbounded. At 0, the rest is reported unseen.
   */
  work: number;
}

/** At most this many scripts, package scripts and targets are followed per job. */
export const FOLLOW_BUDGET = 200;

/** At most this many shell commands are interpreted per workflow (see `FileCache.work`). */
export const WORK_BUDGET = 200_000;

export function newJobState(files: FileCache = newFileCache()): JobState {
  return { files, limitsReached: new Set(), depth: 0, registryLogin: null, hiddenPrograms: [] };
}

export function newFileCache(): FileCache {
  return { texts: new Map(), parsed: new Map(), budget: FOLLOW_BUDGET, work: WORK_BUDGET };
}

/** A repository file through the job's cache (read once). */
export function readCached(ctx: StepsContext, path: string): string | undefined {
  const texts = ctx.job.files.texts;
  if (texts.has(path)) return texts.get(path);
  const text = safeRead(ctx.repo, path);
  texts.set(path, text);
  return text;
}

/** An unseen use found while running a script: see `ScriptRun.unseen`. */
interface UnseenUse extends OpaqueUse {
  /**
   * A program (`node x.js`, `python`, `go run`) rather than a script that could not be followed:
   * with a token from the job or workflow env only, it is reported when the job shows no Fly use.
   */
  program: boolean;
  /** The program runs the repository's own code (`node deploy.js`), not a tool (`npx x`). */
  code: boolean;
  /** The token was handed to it on purpose (prefix assignment, `docker run -e`, `export`). */
  explicit: boolean;
  /**
   * FLY_API_TOKEN / FLY_ACCESS_TOKEN reach it. When not, it still counts in a step handed a Fly
   * secret under another name (`FLY_PREFLIGHT_TOKEN: ${{ secrets.FLY_... }}`).
   */
  reaches: boolean;
}

/** What a step leaves behind for later steps. */
export interface StepEffects {
  outputs: Map<string, Resolved>;
  env: Map<string, Resolved>;
  sawFly: boolean;
  /**
   * Whether the step runs a command other than the shell's own (`[`, `echo`, `exit`...): a step
   * handed the token that runs only those does nothing with it that cannot be seen.
   */
  ranProgram: boolean;
  /** What the step runs with the token that cannot be seen. */
  unseen: UnseenUse[];
}

export const FLY_TOKEN_ENV = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN']);

/**
 * The token a command would run with, from its token variables (flyctl reads FLY_ACCESS_TOKEN,
 * then FLY_API_TOKEN) or a `--access-token` value: whether one reaches it at all, and which
 * secrets it can come from (absent when none can be named).
 */
export function tokenCarrier(
  variable: (name: string) => Resolved | null,
  flag: Resolved | null = null
): { reaches: boolean; secrets?: string[] } {
  const values = flag ? [flag] : [variable('FLY_ACCESS_TOKEN'), variable('FLY_API_TOKEN')];
  const present = values.filter(
    (v): v is Resolved => v !== null && (v.unknown || v.values.some(x => x !== '' && x !== null))
  );
  if (present.length === 0) return { reaches: false };
  const secrets = [...new Set(present.flatMap(secretsIn))];
  return secrets.length > 0 ? { reaches: true, secrets } : { reaches: true };
}

export function mentionsFlySecret(text: string | null): boolean {
  if (text === null || !text.includes('${{')) return false;
  return findExpressions(text).some(span =>
    findSecretMentions(span.inner).some(m => m.name !== null && /fly/i.test(m.name))
  );
}

/** The step itself hands a Fly token to what it runs (step env or `with`). */
export function passesFlyToken(step: Step): boolean {
  return (
    step.env.some(kv => FLY_TOKEN_ENV.has(kv.key) || mentionsFlySecret(kv.value)) ||
    step.with.some(kv => mentionsFlySecret(kv.value))
  );
}

/**
 * The Fly secrets a step hands its token from: its token env (any layer) and `with:` values that
 * name a Fly secret. Undefined when none can be named.
 */
export function stepSecrets(step: Step, scope: Scope): string[] | undefined {
  const names = new Set(tokenCarrier(name => scope.env(name)).secrets ?? []);
  for (const kv of [...step.with, ...step.env]) {
    if (!mentionsFlySecret(kv.value)) continue;
    for (const name of secretsIn(template(scope, kv) ?? known(''))) names.add(name);
  }
  return names.size > 0 ? [...names] : undefined;
}

/** A caller's RepoFiles may throw (permissions, I/O); a file we cannot read is a missing file. */
export function safeRead(repo: RepoFiles, path: string): string | undefined {
  try {
    return repo.read(path);
  } catch {
    return undefined;
  }
}

export function withValue(step: Step, key: string): KeyValue | undefined {
  return step.with.find(kv => kv.key === key);
}

export function template(scope: Scope, kv: KeyValue | undefined): Resolved | null {
  if (!kv) return null;
  if (!kv.isScalar || kv.value === null) return known('');
  return scope.template(kv.value);
}
