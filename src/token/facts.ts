// What macaroons name (apps, features, clusters, commands, mutations, orgs): the resources the
// access summary and the classification ask about.
import { allCaveats } from './caveats/caveat.js';
import { CommandsCaveat } from './caveats/commands.js';
import { MutationsCaveat } from './caveats/mutations.js';
import { OrganizationCaveat } from './caveats/organization.js';
import { ResourceSetCaveat } from './caveats/resources.js';
import type { Macaroon } from './macaroon.js';
import type { CommandRule } from './types.js';

interface NamedResources {
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

/** The ids of the resource-set caveats of one type, zero ("any") left out. */
function setKeys<K extends bigint | string>(
  caveats: readonly ResourceSetCaveat[],
  name: string
): K[] {
  return caveats
    .filter(c => c.name === name)
    .flatMap(c => c.keys() as K[])
    .filter(key => key !== 0n && key !== '');
}

function namedResources(m: Macaroon): NamedResources {
  const caveats = allCaveats(m.caveats);
  const sets = caveats.filter(c => c instanceof ResourceSetCaveat);
  const commands = caveats.filter(c => c instanceof CommandsCaveat);
  const mutations = caveats.filter(c => c instanceof MutationsCaveat);
  return {
    orgIds: caveats
      .filter(c => c instanceof OrganizationCaveat)
      .map(c => c.id)
      .filter(id => id !== 0n),
    appIds: setKeys<bigint>(sets, 'Apps'),
    features: setKeys<string>(sets, 'FeatureSet'),
    clusters: setKeys<string>(sets, 'Clusters'),
    commands: commands.flatMap(c => c.rules()),
    mutations: mutations.flatMap(c => c.mutations ?? []),
    hasClusters: sets.some(c => c.name === 'Clusters'),
    hasCommands: commands.length > 0,
    hasMutations: mutations.length > 0
  };
}

/** The first `cap` distinct items of the lists, in order. */
function uniqueBy<T>(lists: readonly (readonly T[])[], key: (item: T) => string, cap: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      if (out.length >= cap) return out;
      const k = key(item);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

/** The first `cap` distinct ids, sorted. */
function sortedIds(lists: readonly (readonly bigint[])[], cap: number): bigint[] {
  return uniqueBy(lists, String, cap).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The union over several macaroons, duplicates removed; each list stops after `cap` entries. */
export function mergeResources(macaroons: Iterable<Macaroon>, cap = Infinity): NamedResources {
  const all = [...new Set(macaroons)].map(namedResources);
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
