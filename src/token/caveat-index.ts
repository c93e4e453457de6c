// A macaroon's caveats sorted once by what the analyses ask for: every caveat (IfPresent contents
// included), its 3P tickets and its validity windows. Roles, pairing, expiry and the access
// summary each walked the whole tree again, with a filter per question.
import { allCaveats, type Caveat } from './caveats/caveat.js';
import { ThirdPartyCaveat } from './caveats/third-party.js';
import { ValidityWindowCaveat } from './caveats/validity-window.js';
import type { NamedResources } from './facts.js';
import type { Macaroon } from './macaroon.js';

export interface CaveatIndex {
  /** allCaveats(m.caveats): breadth first, nested included. */
  readonly all: readonly Caveat[];
  readonly tickets: readonly ThirdPartyCaveat[];
  readonly windows: readonly ValidityWindowCaveat[];
  /** What the macaroon names, worked out on first use by facts.ts. */
  named: NamedResources | undefined;
}

/**
 * The slot holding a macaroon's index: a symbol property, which JSON, Object.keys and for-in
 * never list. Finding it costs nothing, where a WeakMap lookup was a visible share of classifying
 * a token; a plain assignment cost a third of making it non-enumerable with defineProperty.
 */
const INDEX: unique symbol = Symbol('caveat index');

type IndexedMacaroon = Macaroon & { [INDEX]?: CaveatIndex };

/** Macaroons that cannot take the slot (a frozen object from a caller). */
const fallback = new WeakMap<Macaroon, CaveatIndex>();

function buildIndex(m: Macaroon): CaveatIndex {
  const all = allCaveats(m.caveats);
  const tickets: ThirdPartyCaveat[] = [];
  const windows: ValidityWindowCaveat[] = [];
  for (const c of all) {
    if (c instanceof ThirdPartyCaveat) tickets.push(c);
    else if (c instanceof ValidityWindowCaveat) windows.push(c);
  }
  return { all, tickets, windows, named: undefined };
}

/** The index of `m`, built on first use. Callers must not change it (nor `m.caveats` after). */
export function caveatIndex(m: Macaroon): CaveatIndex {
  const holder = m as IndexedMacaroon;
  const kept = holder[INDEX] ?? fallback.get(m);
  if (kept) return kept;
  const index = buildIndex(m);
  if (Object.isExtensible(holder)) holder[INDEX] = index;
  else fallback.set(m, index);
  return index;
}
