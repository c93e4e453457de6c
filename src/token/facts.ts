// What a macaroon names (apps, features, clusters, commands, mutations, orgs), collected once per
// macaroon and kept with its caveat index, so a discharge shared by many permission tokens is
// walked only once.
import { caveatIndex } from './caveat-index.js';
import type { Caveat } from './caveats/caveat.js';
import { CommandsCaveat } from './caveats/commands.js';
import { MutationsCaveat } from './caveats/mutations.js';
import { OrganizationCaveat } from './caveats/organization.js';
import { AppsCaveat, ClustersCaveat, FeatureSetCaveat } from './caveats/resources.js';
import type { Macaroon } from './macaroon.js';
import type { CommandRule } from './types.js';

export interface NamedResources {
  orgIds: bigint[];
  /** Non-zero app ids of Apps caveats. */
  appIds: bigint[];
  /** Named features of FeatureSet caveats ("" = any, left out). */
  features: string[];
  /** Named clusters of Clusters caveats ("" = any, left out). */
  clusters: string[];
  commands: CommandRule[];
  mutations: string[];
  hasClusters: boolean;
  hasCommands: boolean;
  hasMutations: boolean;
}

function append<T>(
  target: T[],
  items: readonly T[],
  keep: (item: T) => boolean = () => true
): void {
  for (const item of items) if (keep(item)) target.push(item);
}

export function namedResources(m: Macaroon): NamedResources {
  const index = caveatIndex(m);
  return (index.named ??= collectNamed(index.all));
}

function collectNamed(caveats: readonly Caveat[]): NamedResources {
  const facts: NamedResources = {
    orgIds: [],
    appIds: [],
    features: [],
    clusters: [],
    commands: [],
    mutations: [],
    hasClusters: false,
    hasCommands: false,
    hasMutations: false
  };
  // Plain loops, not push(...spread): a hostile set can hold tens of thousands of entries.
  for (const c of caveats) {
    if (c instanceof OrganizationCaveat && c.id !== 0n) facts.orgIds.push(c.id);
    else if (c instanceof AppsCaveat) append(facts.appIds, c.resources.keys(), id => id !== 0n);
    else if (c instanceof FeatureSetCaveat)
      append(facts.features, c.resources.keys(), f => f !== '');
    else if (c instanceof ClustersCaveat) {
      facts.hasClusters = true;
      append(facts.clusters, c.resources.keys(), name => name !== '');
    } else if (c instanceof CommandsCaveat) {
      facts.hasCommands = true;
      append(facts.commands, c.rules());
    } else if (c instanceof MutationsCaveat) {
      facts.hasMutations = true;
      append(facts.mutations, c.mutations ?? []);
    }
  }
  return facts;
}

/**
 * First `cap` distinct items of the lists in order, read in place (a huge shared list is not
 * copied per caller; plain loops rather than a generator, which cost more than the work here).
 */
function uniqueBy<T>(lists: readonly (readonly T[])[], key: (item: T) => string, cap: number): T[] {
  // Most lists of real tokens are empty or hold one entry: no key or Set is needed for those.
  let total = 0;
  let only: T | undefined;
  for (const list of lists) {
    total += list.length;
    if (list.length > 0) only = list[0];
  }
  if (total === 0) return [];
  if (total === 1 && only !== undefined) return [only];
  // Short lists: a linear search over the few keys kept beats building a Set.
  const seen: { has(k: string): boolean; add(k: string): unknown } =
    total <= SMALL ? new SmallSet() : new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
      if (out.length >= cap) return out;
    }
  }
  return out;
}

/** Up to this many entries, sets are plain arrays searched in order. */
const SMALL = 16;

class SmallSet {
  private readonly items: string[] = [];
  has(k: string): boolean {
    return this.items.includes(k);
  }
  add(k: string): void {
    this.items.push(k);
  }
}

/** The distinct macaroons, in first-seen order. */
function distinct(macaroons: Iterable<Macaroon>): Macaroon[] {
  const list = Array.isArray(macaroons) ? (macaroons as Macaroon[]) : [...macaroons];
  if (list.length > SMALL) return [...new Set(list)];
  const out: Macaroon[] = [];
  for (const m of list) if (!out.includes(m)) out.push(m);
  return out;
}

/** The union over several macaroons, duplicates removed; each list stops after `cap` entries. */
function sortedIds(lists: readonly (readonly bigint[])[], cap: number): bigint[] {
  return uniqueBy(lists, String, cap).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** mergeResources(macaroons).orgIds alone (the summary needs only that of the grants' tokens). */
export function mergedOrgIds(macaroons: Iterable<Macaroon>): bigint[] {
  return sortedIds(
    distinct(macaroons).map(m => namedResources(m).orgIds),
    Infinity
  );
}

export function mergeResources(macaroons: Iterable<Macaroon>, cap = Infinity): NamedResources {
  const all = distinct(macaroons).map(namedResources);
  const ids = (pick: (f: NamedResources) => bigint[]): bigint[] => sortedIds(all.map(pick), cap);
  const names = (pick: (f: NamedResources) => string[]): string[] =>
    uniqueBy(all.map(pick), name => name, cap);
  return {
    orgIds: ids(f => f.orgIds),
    appIds: ids(f => f.appIds),
    features: names(f => f.features),
    clusters: names(f => f.clusters),
    commands: uniqueBy(
      all.map(f => f.commands),
      r => JSON.stringify(r),
      cap
    ),
    mutations: names(f => f.mutations),
    hasClusters: all.some(f => f.hasClusters),
    hasCommands: all.some(f => f.hasCommands),
    hasMutations: all.some(f => f.hasMutations)
  };
}
