// The access summary of a bundle (the `classification` fields): orgs, apps, features, clusters,
// commands, mutations, and what each of them allows, computed with the access evaluator.
import { ACTION_BITS, actionLetters } from './actions.js';
import { maskFor, probeAccess, type AccessTarget } from './access.js';
import { LITEFS_FEATURE, type NormalizedAccess } from './access-model.js';
import { caveatIndex } from './caveat-index.js';
import type { Caveat } from './caveats/caveat.js';
import { OrganizationCaveat } from './caveats/organization.js';
import type { DecodedMacaroon, PermissionGrant } from './decode.js';
import { mergedOrgIds, mergeResources } from './facts.js';
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

/** What one analysis keeps about a macaroon. */
interface MacaroonMemo {
  macaroon: Macaroon;
  /** Caveats (nested included) one evaluation of this macaroon walks. */
  weight: number;
  /** Its caveats that take part in validation (attestations and 3P-like ones left out once). */
  validated: readonly Caveat[];
  /**
   * Masks already worked out, by (org, target): the summary and each grant's classification
   * probe many of the same targets. Kept only for heavy macaroons (MEMO_WEIGHT): for a few
   * caveats, evaluating again costs less than building the key. Either way a hit is still paid
   * for, so the budget runs out exactly where it would without this memo.
   */
  masks: Map<string, number> | null;
}

/** From this many caveats on, a macaroon's masks are memoized (see MacaroonMemo.masks). */
const MEMO_WEIGHT = 16;

/**
 * Caps the caveat evaluations one analysis may spend, so hostile bundles (many permission tokens
 * sharing one huge discharge, many apps...) stay linear. Real tokens use a tiny fraction of it.
 */
export class ProbeBudget {
  private used = 0;
  exhausted = false;
  /** Per-macaroon facts of this analysis, by the macaroon's index in its bundle (see memoOf). */
  private readonly byIndex: MacaroonMemo[] = [];
  /** Macaroons whose index slot is taken by another one (grants of several bundles). */
  private readonly others = new Map<Macaroon, MacaroonMemo>();

  constructor(private readonly limit = MAX_CAVEAT_EVALUATIONS) {}

  /** This analysis' memo for `m`: an array slot by index (a Map lookup cost more than the work). */
  memoOf(m: DecodedMacaroon): MacaroonMemo {
    const slot = this.byIndex[m.index];
    if (slot?.macaroon === m) return slot;
    let memo = slot === undefined ? undefined : this.others.get(m);
    if (memo === undefined) {
      memo = {
        macaroon: m,
        weight: caveatIndex(m).all.length + 1,
        validated: m.caveats.filter(c => !c.isAttestation && !c.verificationOnly),
        masks: null
      };
      if (slot === undefined) this.byIndex[m.index] = memo;
      else this.others.set(m, memo);
    }
    return memo;
  }

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
  const nested = caveatIndex(grant.token).all.find(c => c instanceof OrganizationCaveat);
  return nested instanceof OrganizationCaveat ? nested.id : 0n;
}

/** Length-prefixed, so no two different values (or absent vs empty) share a key. */
function part(tag: string, value: string): string {
  return `${tag}${value.length}:${value}`;
}

/**
 * An unambiguous key for every field of a target (the memo key of its masks). Absent fields add
 * nothing; each field is tested before any string is built, as most targets name one or two.
 */
function targetKey(t: Omit<AccessTarget, 'orgId'>): string {
  let key = '';
  if (t.appId !== undefined) key += part('a', t.appId.toString());
  if (t.feature !== undefined) key += part('f', t.feature);
  if (t.appFeature !== undefined) key += part('F', t.appFeature);
  if (t.volume !== undefined) key += part('v', t.volume);
  if (t.machine !== undefined) key += part('m', t.machine);
  if (t.machineFeature !== undefined) key += part('M', t.machineFeature);
  if (t.mutation !== undefined) key += part('u', t.mutation);
  if (t.cluster !== undefined) key += part('c', t.cluster);
  if (t.storageObject !== undefined) key += part('s', t.storageObject);
  if (t.sourceMachine !== undefined) key += part('S', t.sourceMachine);
  if (t.sourceApp !== undefined) key += part('A', t.sourceApp);
  if (t.sourceOrganization !== undefined) key += part('O', t.sourceOrganization);
  if (t.now !== undefined) key += part('n', t.now.toString());
  if (t.command) {
    key += `x${t.command.length}:`;
    for (const arg of t.command) key += part('', arg);
  }
  return key;
}

export type Probe = (target: Omit<AccessTarget, 'orgId'>) => number;

/** One target's masks for one probe call: shape worked out once, budget paid per macaroon. */
class TargetMasks {
  private shape: string | undefined;
  /** The access object for the org asked last (grants of one org share it), null if ill-shaped. */
  private accessOrg: bigint | undefined;
  private access: NormalizedAccess | null | undefined;
  /** Masks already paid for in this probe, by `index:org` (only needed when grants share macaroons). */
  private readonly paid: Map<string, number> | null;

  constructor(
    private readonly target: Omit<AccessTarget, 'orgId'>,
    private readonly budget: ProbeBudget,
    shared: boolean
  ) {
    this.paid = shared ? new Map() : null;
  }

  /** One access object per org for all the macaroons this probe asks (its action is rewritten). */
  private accessFor(orgId: bigint): NormalizedAccess | null {
    if (this.access === undefined || this.accessOrg !== orgId) {
      this.access = probeAccess(this.target, orgId);
      this.accessOrg = orgId;
    }
    return this.access;
  }

  private evaluate(caveats: readonly Caveat[], orgId: bigint): number {
    const access = this.accessFor(orgId);
    return access === null ? 0 : maskFor(caveats, access, true);
  }

  maskOf(m: DecodedMacaroon, orgId: bigint, orgKey: string): number {
    const key = this.paid ? `${m.index}:${orgKey}` : '';
    const paid = this.paid?.get(key);
    if (paid !== undefined) return paid;
    let mask = 0;
    const memo = this.budget.memoOf(m);
    if (this.budget.spend(memo.weight * ACTION_BITS.length)) {
      if (memo.weight < MEMO_WEIGHT) {
        mask = this.evaluate(memo.validated, orgId);
      } else {
        this.shape ??= targetKey(this.target);
        const memoKey = `${orgKey}:${this.shape}`;
        memo.masks ??= new Map();
        const known = memo.masks.get(memoKey);
        if (known === undefined) {
          mask = this.evaluate(memo.validated, orgId);
          memo.masks.set(memoKey, mask);
        } else mask = known;
      }
    }
    this.paid?.set(key, mask);
    return mask;
  }
}

/**
 * A bundle-wide probe: the actions any permission token allows on the target, each token asked
 * about its own org. Validation is a conjunction, so a token's mask is its own caveats' mask AND
 * each discharge's; masks are cached per macaroon so a shared discharge is evaluated once.
 */
export function makeProbe(grants: readonly PermissionGrant[], budget = new ProbeBudget()): Probe {
  const orgs = grants.map(grantOrg);
  const orgKeys = orgs.map(String);
  // With one grant no macaroon can come up twice in a probe (its discharges are distinct and
  // never the permission token), so the per-probe memo is needed only for several grants.
  const shared = grants.length > 1;
  return target => {
    const masks = new TargetMasks(target, budget, shared);
    let union = 0;
    for (let i = 0; i < grants.length; i++) {
      const grant = grants[i] as PermissionGrant;
      const orgId = orgs[i] ?? 0n;
      const orgKey = orgKeys[i] ?? '0';
      let mask = masks.maskOf(grant.token, orgId, orgKey);
      for (const d of grant.discharges) {
        if (mask === 0) break;
        mask &= masks.maskOf(d, orgId, orgKey);
      }
      union |= mask;
    }
    return union;
  };
}

/** Every macaroon that takes part in some grant, once (first-seen order). */
export function grantMacaroons(grants: readonly PermissionGrant[]): DecodedMacaroon[] {
  const seen = new Set<DecodedMacaroon>();
  const out: DecodedMacaroon[] = [];
  const add = (m: DecodedMacaroon): void => {
    if (seen.has(m)) return;
    seen.add(m);
    out.push(m);
  };
  for (const g of grants) {
    add(g.token);
    for (const d of g.discharges) add(d);
  }
  return out;
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
    orgIds: mergedOrgIds(grants.map(g => g.token)).map(String),
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
