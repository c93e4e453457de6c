// Which secrets are Fly tokens. A name says it (`FLY_API_TOKEN`, `FLY_PREVIEW_TOKEN`), and so does
// a use: handed to flyctl as FLY_API_TOKEN / FLY_ACCESS_TOKEN or `-t`/`--access-token`, or to a
// `superfly/*` action. A secret used that way anywhere in the repository is a Fly token in
// every workflow: repository secrets are shared by all of them.
import type { Job, SecretReference, WorkflowFile } from '../../workflow/index.js';
import { andList } from '../words.js';

/** The variables flyctl reads its token from. */
export const FLY_TOKEN_VARIABLES: ReadonlySet<string> = new Set([
  'FLY_API_TOKEN',
  'FLY_ACCESS_TOKEN'
]);

/** Owners whose actions are Fly's own. */
const FLY_ACTION_OWNERS = new Set(['superfly']);

/** `FLY_API_TOKEN`, `FLY_PREVIEW_TOKEN`, `PROD_FLY_TOKEN`, `FLYCTL_CI_TOKEN`, `FLYIO_TOKEN`... */
export function isFlyTokenName(name: string): boolean {
  const upper = name.toUpperCase().replace(/-/g, '_');
  return /(^|_)FLY(CTL|IO)?(_|$)/.test(upper) && /TOKEN/.test(upper);
}

function normalizedKey(key: string | null): string {
  return (key ?? '').toUpperCase().replace(/-/g, '_');
}

/** How a reference is used, when that use alone says it is a Fly token; null otherwise. */
function flyUseOf(ref: SecretReference): string | null {
  const flow = ref.flow;
  const key = normalizedKey(flow.key);
  if (flow.kind === 'env' || flow.kind === 'secrets') {
    if (FLY_TOKEN_VARIABLES.has(key)) return `given to flyctl as ${key}`;
    if (flow.kind === 'secrets' && isFlyTokenName(key)) return `passed on as ${key}`;
  }
  if (flow.kind === 'with') {
    const owner = (flow.uses ?? '').split('/')[0]?.toLowerCase() ?? '';
    if (FLY_ACTION_OWNERS.has(owner) && /TOKEN/.test(key)) return `given to ${flow.uses}`;
    if (owner === 'fly-token-guard' && key === 'TOKEN') return `checked by ${flow.uses}`;
    if (FLY_TOKEN_VARIABLES.has(key) || isFlyTokenName(key)) return `passed as ${flow.key}`;
  }
  if (flow.kind === 'run') {
    const flag = (flow.flag ?? '').replace(/=.*$/, '');
    if (flow.fly && (flag === '-t' || flag === '--access-token')) {
      return `given to flyctl as ${flag}`;
    }
    if (flow.variable !== null && FLY_TOKEN_VARIABLES.has(flow.variable)) {
      return `assigned to ${flow.variable}`;
    }
  }
  return null;
}

/** `FLY_API_TOKEN=${{ secrets.X }}` written in a script (export, GITHUB_ENV line, prefix). */
const SCRIPT_ASSIGNMENT =
  /\bFLY_(?:API|ACCESS)_TOKEN\s*=\s*["']?\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;

export interface FlySecrets {
  /** Names recognised as Fly tokens, with the first reason found. */
  readonly names: ReadonlyMap<string, string>;
  isFlyRef(ref: SecretReference): boolean;
  /** Why a reference counts as a Fly token (its name or its use). */
  reasonFor(ref: SecretReference): string | null;
}

/** A name the index recognises, with the first reason found for it. */
export type FlyNote = readonly [name: string, reason: string];

/** What one workflow adds to the index, in the order found (a name may come more than once). */
export function flyNotesOf(workflow: WorkflowFile): FlyNote[] {
  const notes: FlyNote[] = [];
  for (const ref of workflow.secretRefs) {
    if (ref.name === null) continue;
    if (isFlyTokenName(ref.name)) notes.push([ref.name, 'named like a Fly token']);
    const use = flyUseOf(ref);
    if (use !== null) notes.push([ref.name, use]);
  }
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      // Every match holds `FLY_`: most scripts are passed over without running the pattern.
      if (!step.run?.text.includes('FLY_')) continue;
      for (const match of step.run.text.matchAll(SCRIPT_ASSIGNMENT)) {
        if (match[1]) notes.push([match[1], 'assigned to FLY_API_TOKEN in a script']);
      }
    }
  }
  return notes;
}

/** The first reason per name, in the order the notes come. */
function firstReasons(notes: Iterable<FlyNote>): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, reason] of notes) if (!names.has(name)) names.set(name, reason);
  return names;
}

function flySecretsOver(names: ReadonlyMap<string, string>): FlySecrets {
  const reasonFor = (ref: SecretReference): string | null => {
    if (ref.name !== null) {
      const known = names.get(ref.name);
      if (known !== undefined) return known;
      return isFlyTokenName(ref.name) ? 'named like a Fly token' : null;
    }
    return flyUseOf(ref);
  };
  return { names, reasonFor, isFlyRef: ref => reasonFor(ref) !== null };
}

/** The index over notes gathered workflow by workflow, in path order (the first reason wins). */
export function flySecretsFrom(notes: Iterable<FlyNote>): FlySecrets {
  return flySecretsOver(firstReasons(notes));
}

export function indexFlySecrets(workflows: readonly WorkflowFile[]): FlySecrets {
  return flySecretsFrom(workflows.flatMap(flyNotesOf));
}

/** A name map that reports every name it is asked about and does not hold. */
class AskedNames extends Map<string, string> {
  miss: (name: string) => void = () => undefined;
  override has(name: string): boolean {
    const found = super.has(name);
    if (!found) this.miss(name);
    return found;
  }
  override get(name: string): string | undefined {
    const found = super.get(name);
    if (found === undefined) this.miss(name);
    return found;
  }
}

/**
 * The index as one workflow sees it before the others are read: its own notes (plus any names
 * already known to be Fly tokens). Every secret it answers "not a Fly token" for, without the
 * name saying so, goes into `assumedNotFly`: the answer is only right if no other workflow of
 * the repository uses that secret as a Fly token.
 */
export function provisionalFlySecrets(
  notes: Iterable<FlyNote>,
  assumedNotFly: Set<string>
): FlySecrets {
  const names = new AskedNames(firstReasons(notes));
  names.miss = name => {
    if (!isFlyTokenName(name)) assumedNotFly.add(name);
  };
  return flySecretsOver(names);
}

/** Fly references in the workflow-level `env:` (visible to every job with steps). */
export function workflowEnvFlyRefs(workflow: WorkflowFile, fly: FlySecrets): SecretReference[] {
  return workflow.secretRefs.filter(
    r => r.jobId === null && r.flow.scope === 'workflow' && r.flow.kind === 'env' && fly.isFlyRef(r)
  );
}

/** Fly references written inside a job (its env, steps, container, reusable-workflow call). */
export function jobFlyRefs(job: Job, fly: FlySecrets): SecretReference[] {
  return job.secretRefs.filter(r => fly.isFlyRef(r));
}

/**
 * The Fly references a job's steps can reach: its own plus the workflow-level env. A job that
 * calls a reusable workflow gets no workflow env, only what it passes explicitly.
 */
export function reachableFlyRefs(
  workflow: WorkflowFile,
  job: Job,
  fly: FlySecrets
): SecretReference[] {
  const own = jobFlyRefs(job, fly);
  if (job.uses) return own;
  return [...workflowEnvFlyRefs(workflow, fly), ...own];
}

/** Distinct secret names of some references (dynamic references shown by their expression). */
export function secretNames(refs: readonly SecretReference[]): string[] {
  return [...new Set(refs.map(r => r.name ?? r.expression))];
}

/** `A`, `A and B`, `A, B and C`, each in backticks. */
export function listNames(names: readonly string[]): string {
  return andList(names.map(n => `\`${n}\``));
}

/** The distinct names of some references, listed as `listNames` does. */
export function listRefNames(refs: readonly { name: string }[]): string {
  return listNames([...new Set(refs.map(r => r.name))]);
}
