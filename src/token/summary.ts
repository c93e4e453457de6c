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
import type { ActionLetters, TokenInspection } from './types.js';

/** The access fields of a TokenInspection, as the summary works them out. */
interface AccessSummary extends Pick<
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

/** The org a permission token speaks for (its first Organization caveat, else a nested one; 0 = any). */
function grantOrg(grant: PermissionGrant): bigint {
  // allCaveats lists the top-level caveats first.
  return allCaveats(grant.token.caveats).find(c => c instanceof OrganizationCaveat)?.id ?? 0n;
}

export type Probe = (target: Omit<AccessTarget, 'orgId'>) => number;

/**
 * A bundle-wide probe: the actions any permission token allows on the target, each token asked
 * about its own org. Validation is a conjunction, so a token's mask is its own caveats' mask AND
 * each discharge's. Each evaluation of a macaroon is paid for from the budget (its caveats,
 * nested included, times the action bits), once per probe even when grants share it.
 */
export function makeProbe(grants: readonly PermissionGrant[], budget = new ProbeBudget()): Probe {
  const orgs = grants.map(grantOrg);
  return target => {
    const masks = new Map<string, number>();
    const maskOf = (m: DecodedMacaroon, orgId: bigint): number => {
      const key = `${m.index}:${orgId}`;
      let mask = masks.get(key);
      if (mask === undefined) {
        const weight = allCaveats(m.caveats).length + 1;
        mask = budget.spend(weight * ACTION_BITS.length)
          ? allowedMask(m.caveats, { ...target, orgId })
          : 0;
        masks.set(key, mask);
      }
      return mask;
    };
    let union = 0;
    grants.forEach((grant, i) => {
      const orgId = orgs[i] ?? 0n;
      let mask = maskOf(grant.token, orgId);
      for (const d of grant.discharges) {
        if (mask === 0) break;
        mask &= maskOf(d, orgId);
      }
      union |= mask;
    });
    return union;
  };
}

/** Every macaroon that takes part in some grant, once (first-seen order). */
function grantMacaroons(grants: readonly PermissionGrant[]): DecodedMacaroon[] {
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
