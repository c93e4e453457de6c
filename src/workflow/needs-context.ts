// Shared state of needs inference: what has been found so far, what a sequence of steps runs
// with, and how to tell that a step hands a Fly token on.
import { CAPABILITY_ORDER, sortCapabilities } from './capabilities.js';
import { findExpressions, findSecretMentions } from './expressions.js';
import type { KeyValue, Step } from './model.js';
import { redactTokenLiterals } from './redact.js';
import type { RepoFiles } from './repo-files.js';
import {
  known,
  type EnvLayer,
  type MatrixCombination,
  type Resolved,
  type Scope
} from './resolve.js';
import type { Capability, NeedEvidence, Needs, OpaqueUse, SourceLocation } from './types.js';

export class Collector {
  readonly evidence: NeedEvidence[] = [];
  /** Evidence seen, by file, line and column, then `capability|app` (no string per position). */
  private readonly keys = new Map<string, Map<number, Map<number, Set<string>>>>();
  /** Redacted command texts (the same commands are recorded once per matrix combination). */
  private readonly redacted = new Map<string, string>();
  unknownApps = false;
  readonly commands: string[] = [];
  readonly opaque: OpaqueUse[] = [];
  private readonly opaqueKeys = new Set<string>();

  add(capability: Capability, app: string | null, command: string, location: SourceLocation): void {
    const seen = this.seenAt(location);
    const key = `${capability}|${app ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    this.evidence.push({ capability, app, command: this.redact(command), location });
  }

  private seenAt(location: SourceLocation): Set<string> {
    let lines = this.keys.get(location.file);
    if (!lines) {
      lines = new Map();
      this.keys.set(location.file, lines);
    }
    let columns = lines.get(location.line);
    if (!columns) {
      columns = new Map();
      lines.set(location.line, columns);
    }
    let seen = columns.get(location.column);
    if (!seen) {
      seen = new Set();
      columns.set(location.column, seen);
    }
    return seen;
  }

  private redact(command: string): string {
    let safe = this.redacted.get(command);
    if (safe === undefined) {
      safe = redactTokenLiterals(command);
      this.redacted.set(command, safe);
    }
    return safe;
  }

  addCommand(command: string): void {
    const safe = redactTokenLiterals(command);
    if (safe !== '' && !this.commands.includes(safe)) this.commands.push(safe);
  }

  addOpaque(use: OpaqueUse): void {
    const key = `${use.location.file}:${use.location.line}:${use.location.column}`;
    if (this.opaqueKeys.has(key)) return;
    this.opaqueKeys.add(key);
    this.opaque.push({ ...use, detail: redactTokenLiterals(use.detail) });
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

export interface CallContext {
  /** `inputs.*` given by a caller (reusable workflow call); null for a workflow run on its own. */
  inputs: Map<string, Resolved> | null;
  depth: number;
  /** Files being analysed, to stop cycles. */
  stack: string[];
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
  /** Run steps that ran a program whose Fly use we cannot see, with that command. */
  hiddenPrograms?: Map<Step, string>;
}

/** What a step leaves behind for later steps. */
export interface StepEffects {
  outputs: Map<string, Resolved>;
  env: Map<string, Resolved>;
  sawFly: boolean;
  /** A program whose Fly use we cannot see (`node deploy.js`, `./scripts/x.sh`, `go run`...). */
  hiddenProgram: string | null;
}

export const FLY_TOKEN_ENV = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN']);

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
