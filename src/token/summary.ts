// The access summary of a bundle (the `classification` fields): orgs, apps, features, clusters,
// commands, mutations, and what each of them allows, computed with the access evaluator.
import { ACTION_BITS, actionLetters } from './actions.js';
import { allowedMask, type AccessTarget } from './access.js';
import { LITEFS_FEATURE } from './access-model.js';
import { allCaveats } from './caveats/caveat.js';
import { OrganizationCaveat } from './caveats/organization.js';
import type { DecodedMacaroon, PermissionGrant } from './decode.js';
import { mergeResources } from './facts.js';
import { MAX_CAVEAT_EVALUATIONS, MAX_PROBED_RESOURCES } from './limits.js';
import type { Macaroon } from './macaroon.js';
import type { ActionLetters, TokenInspection } from './types.js';

/** The access fields of a TokenInspection, as the summary works them out. */
export interface AccessSummary extends Pick<
  TokenInspection,
  | 'orgIds'
  | 'appIds'
  | 'appAccess'
  | 'orgAccess'
  | 'featureAccess'
  | 'clusterAccess'
  | 'commands'
  | 'mutations'
> {
  /** Some resources were not probed (more than MAX_PROBED_RESOURCES of a kind). */
  limited: boolean;
}

/**
 * Caps the caveat evaluations one analysis may spend, so hostile bundles (many permission tokens
 * sharing one huge discharge, many apps...) stay linear. Real tokens use a tiny fraction of it.
 */
export class ProbeBudget {
  private used = 0;
  exhausted = false;
  /**
   * Masks already worked out in this analysis, per macaroon then per (org, target): the summary
   * and each grant's classification probe many of the same targets. A hit is still paid for,
   * so the budget runs out exactly where it would without this memo.
   */
  readonly masks = new Map<Macaroon, Map<string, number>>();

  constructor(private readonly limit = MAX_CAVEAT_EVALUATIONS) {}

  spend(evaluations: number): boolean {
    if (this.used + evaluations > this.limit) {
      this.exhausted = true;
      return false;
    }
    this.used += evaluations;
    return true;
  }
}

/** The org a permission token speaks for (its first Organization caveat; 0 = any). */
function grantOrg(grant: PermissionGrant): bigint {
  const top = grant.token.caveats.find(c => c instanceof OrganizationCaveat);
  if (top instanceof OrganizationCaveat) return top.id;
  const nested = allCaveats(grant.token.caveats).find(c => c instanceof OrganizationCaveat);
  return nested instanceof OrganizationCaveat ? nested.id : 0n;
}

const weights = new WeakMap<Macaroon, number>();

/** Caveats (nested included) one evaluation of this macaroon walks. */
function weightOf(m: Macaroon): number {
  let weight = weights.get(m);
  if (weight === undefined) {
    weight = allCaveats(m.caveats).length + 1;
    weights.set(m, weight);
  }
  return weight;
}

/** Length-prefixed, so no two different values (or absent vs empty) share a key. */
function part(tag: string, value: string | undefined): string {
  return value === undefined ? '' : `${tag}${value.length}:${value}`;
}

/** An unambiguous key for every field of a target (the memo key of its masks). */
function targetKey(t: Omit<AccessTarget, 'orgId'>): string {
  let key = part('a', t.appId?.toString());
  key += part('f', t.feature) + part('F', t.appFeature) + part('v', t.volume);
  key += part('m', t.machine) + part('M', t.machineFeature) + part('u', t.mutation);
  key += part('c', t.cluster) + part('s', t.storageObject) + part('S', t.sourceMachine);
  key += part('A', t.sourceApp) + part('O', t.sourceOrganization) + part('n', t.now?.toString());
  if (t.command) key += `x${t.command.length}:` + t.command.map(arg => part('', arg)).join('');
  return key;
}

export type Probe = (target: Omit<AccessTarget, 'orgId'>) => number;

/**
 * A bundle-wide probe: the actions any permission token allows on the target, each token asked
 * about its own org. Validation is a conjunction, so a token's mask is its own caveats' mask AND
 * each discharge's; masks are cached per macaroon so a shared discharge is evaluated once.
 */
export function makeProbe(grants: readonly PermissionGrant[], budget = new ProbeBudget()): Probe {
  const orgs = grants.map(grantOrg);
  const orgKeys = orgs.map(String);
  return target => {
    const cache = new Map<string, number>();
    let shape: string | undefined;
    const maskOf = (m: DecodedMacaroon, orgId: bigint, orgKey: string): number => {
      const key = `${m.index}:${orgKey}`;
      let mask = cache.get(key);
      if (mask === undefined) {
        const affordable = budget.spend(weightOf(m) * ACTION_BITS.length);
        if (affordable) {
          shape ??= targetKey(target);
          let known = budget.masks.get(m);
          if (!known) budget.masks.set(m, (known = new Map()));
          const memoKey = `${orgKey}:${shape}`;
          mask = known.get(memoKey);
          if (mask === undefined) {
            mask = allowedMask(m.caveats, { ...target, orgId });
            known.set(memoKey, mask);
          }
        } else mask = 0;
        cache.set(key, mask);
      }
      return mask;
    };
    let union = 0;
    grants.forEach((grant, i) => {
      const orgId = orgs[i] ?? 0n;
      const orgKey = orgKeys[i] ?? '0';
      let mask = maskOf(grant.token, orgId, orgKey);
      for (const d of grant.discharges) {
        if (mask === 0) break;
        mask &= maskOf(d, orgId, orgKey);
      }
      union |= mask;
    });
    return union;
  };
}

/** Every macaroon that takes part in some grant, once. */
export function grantMacaroons(grants: readonly PermissionGrant[]): DecodedMacaroon[] {
  return [...new Set(grants.flatMap(g => [g.token, ...g.discharges]))];
}

function probeEach(
  names: readonly string[],
  probe: (name: string) => number
): Record<string, ActionLetters> {
  return Object.fromEntries(
    names.slice(0, MAX_PROBED_RESOURCES).map(name => [name, actionLetters(probe(name))])
  );
}

export function summarizeAccess(
  grants: readonly PermissionGrant[],
  budget = new ProbeBudget()
): AccessSummary {
  const named = mergeResources(grantMacaroons(grants));
  const probe = makeProbe(grants, budget);
  const apps = named.appIds.map(String);
  const orgMask = grants.length ? probe({}) : 0;
  const summary: AccessSummary = {
    orgIds: mergeResources(grants.map(g => g.token)).orgIds.map(String),
    appIds: apps,
    appAccess: probeEach(apps, id => probe({ appId: BigInt(id) })),
    orgAccess: orgMask ? actionLetters(orgMask) : null,
    featureAccess: probeEach(named.features, feature => probe({ feature })),
    commands: named.hasCommands ? named.commands : null,
    mutations: named.hasMutations ? named.mutations : null,
    limited: [named.appIds, named.features, named.clusters].some(
      list => list.length > MAX_PROBED_RESOURCES
    )
  };
  if (named.hasClusters) {
    summary.clusterAccess = probeEach(named.clusters, cluster =>
      probe({ feature: LITEFS_FEATURE, cluster })
    );
  }
  return summary;
}
