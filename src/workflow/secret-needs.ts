// Each Fly secret judged on its own: a job that deploys `api-dev` with FLY_API_DEV_TOKEN and `api`
// with FLY_API_TOKEN needs one app per token. The needs of one secret are the commands that run
// with it, plus those whose token cannot be traced to a secret (they may run with any of them).
import { findExpressions, findSecretMentions } from './expressions.js';
import type { Job, KeyValue, Step, WorkflowFile } from './model.js';
import { sortCapabilities } from './capabilities.js';
import type { NeedEvidence, Needs, OpaqueUse } from './types.js';

function runsWith(item: NeedEvidence | OpaqueUse, secrets: readonly string[]): boolean {
  return item.secrets === undefined || item.secrets.some(s => secrets.includes(s));
}

/** The needs of the token stored in any of `secrets` (a guard step may name `A || B`). */
export function needsForSecrets(needs: Needs, secrets: readonly string[]): Needs {
  if (secrets.length === 0 || needs.source === 'input') return needs;
  const evidence = needs.evidence.filter(e => runsWith(e, secrets));
  const opaque = needs.opaque?.filter(o => runsWith(o, secrets));
  const apps = [...new Set(evidence.map(e => e.app).filter((a): a is string => a !== null))].sort();
  const out: Needs = {
    apps,
    capabilities: sortCapabilities(evidence.map(e => e.capability)),
    unknownApps: evidence.some(e => e.appUnknown === true),
    commands: needs.commands,
    evidence,
    source: evidence.length > 0 ? 'inferred' : 'none'
  };
  if (opaque && opaque.length > 0) out.opaque = opaque;
  return out;
}

/** The Fly secrets the needs name, in order of first use. */
export function secretsOfNeeds(needs: Needs): string[] {
  const names: string[] = [];
  for (const item of [...needs.evidence, ...(needs.opaque ?? [])])
    for (const s of item.secrets ?? []) if (!names.includes(s)) names.push(s);
  return names;
}

/** The secrets an expression-bearing value names (`${{ secrets.A || secrets.B }}` -> A, B). */
export function secretsNamed(value: string | null): string[] {
  if (value === null || !value.includes('${{')) return [];
  const names: string[] = [];
  for (const span of findExpressions(value)) {
    for (const m of findSecretMentions(span.inner))
      if (m.name !== null && !names.includes(m.name)) names.push(m.name);
  }
  return names;
}

const GUARD_REPO = 'fly-token-guard';
const TOKEN_ENV = ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN'];

function isCheckGuard(step: Step): boolean {
  if ((step.uses?.repo ?? '').toLowerCase() !== GUARD_REPO) return false;
  const mode = step.with.find(kv => kv.key === 'mode')?.value ?? 'check';
  return mode.trim().toLowerCase() === 'check';
}

/**
 * The guard step running now: the one whose `id` is GITHUB_ACTION, or the n-th step of this action
 * without an id (`__owner_repo`, `__owner_repo_2`...), or the only one.
 */
function currentGuard(job: Job, action: string | undefined): Step | undefined {
  const guards = job.steps.filter(isCheckGuard);
  if (guards.length <= 1 || action === undefined)
    return guards.length === 1 ? guards[0] : undefined;
  const byId = guards.find(s => s.id === action);
  if (byId) return byId;
  const generated = /^__[^_].*?(?:_(\d+))?$/.exec(action);
  if (!generated) return undefined;
  const anonymous = guards.filter(s => s.id === null);
  return anonymous[Number(generated[1] ?? '1') - 1];
}

function envValue(layers: KeyValue[][], name: string): KeyValue | undefined {
  for (const layer of layers) {
    const found = layer.find(kv => kv.key === name);
    if (found) return found;
  }
  return undefined;
}

/**
 * The secrets the guard step of this job checks: its `token:` input's `${{ secrets.X }}`, else
 * the env it falls back to (FLY_ACCESS_TOKEN, then FLY_API_TOKEN: step, job, workflow). Empty when
 * that cannot be told (no guard step, several, a token from a step output).
 */
export function guardedSecrets(
  workflow: WorkflowFile,
  job: Job,
  action: string | undefined
): string[] {
  const guard = currentGuard(job, action);
  if (!guard) return [];
  const token = guard.with.find(kv => kv.key === 'token');
  if (token?.value) return secretsNamed(token.value);
  const layers = [guard.env, job.env, workflow.env];
  for (const name of TOKEN_ENV) {
    const found = envValue(layers, name);
    if (found) return secretsNamed(found.value);
  }
  return [];
}
