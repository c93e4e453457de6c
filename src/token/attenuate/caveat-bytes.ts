// The caveats attenuation appends, encoded as the Go library encodes them (structs as arrays,
// resource-set keys sorted) so the bytes match what `fly tokens create ...` appends.
import { array, bool, concat, int, mapHeader, str, uint } from './msgpack-write.js';

/** One caveat: its type number and body bytes (what a caveat array holds as a pair). */
export interface EncodedCaveat {
  type: bigint;
  body: Uint8Array;
}

export const CAVEAT_ORGANIZATION = 0n;
export const CAVEAT_APPS = 3n;
export const CAVEAT_VALIDITY_WINDOW = 4n;
export const CAVEAT_FEATURE_SET = 5n;
export const CAVEAT_MUTATIONS = 6n;
export const CAVEAT_IF_PRESENT = 13n;
export const CAVEAT_ACTION = 26n;
export const CAVEAT_COMMANDS = 27n;

/** Action bits: r=1 w=2 c=4 d=8 C=16. */
export const READ = 1;
export const ALL_ACTIONS = 31;

/** Flat caveat array `[type0, body0, type1, body1, ...]` (a CaveatSet). */
export function caveatSet(caveats: readonly EncodedCaveat[]): Uint8Array {
  return array(caveats.flatMap(c => [uint(c.type), c.body]));
}

/** What the signature chain hashes for one caveat: `0x92 || type || body`. */
export function oneCaveatSet(caveat: EncodedCaveat): Uint8Array {
  return caveatSet([caveat]);
}

/** `Organization{id, mask}`. */
export function organizationCaveat(orgId: bigint, mask: number): EncodedCaveat {
  return { type: CAVEAT_ORGANIZATION, body: array([uint(orgId), uint(mask)]) };
}

function uintResourceSet(entries: ReadonlyArray<readonly [bigint, number]>): Uint8Array {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return concat([
    mapHeader(sorted.length),
    ...sorted.flatMap(([id, mask]) => [uint(id), uint(mask)])
  ]);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  }
  return a.length - b.length;
}

function stringResourceSet(entries: ReadonlyArray<readonly [string, number]>): Uint8Array {
  // Go sorts string keys by bytes, not by UTF-16 code units.
  const encoder = new TextEncoder();
  const sorted = [...entries].sort(([a], [b]) =>
    compareBytes(encoder.encode(a), encoder.encode(b))
  );
  return concat([
    mapHeader(sorted.length),
    ...sorted.flatMap(([key, mask]) => [str(key), uint(mask)])
  ]);
}

/** `Apps{id: mask, ...}`. */
export function appsCaveat(entries: ReadonlyArray<readonly [bigint, number]>): EncodedCaveat {
  return { type: CAVEAT_APPS, body: array([uintResourceSet(entries)]) };
}

/** `FeatureSet{feature: mask, ...}`. */
export function featureSetCaveat(entries: ReadonlyArray<readonly [string, number]>): EncodedCaveat {
  return { type: CAVEAT_FEATURE_SET, body: array([stringResourceSet(entries)]) };
}

/** `IfPresent{ifs, else}`. */
export function ifPresentCaveat(ifs: readonly EncodedCaveat[], otherwise: number): EncodedCaveat {
  return { type: CAVEAT_IF_PRESENT, body: array([caveatSet(ifs), uint(otherwise)]) };
}

/** `ValidityWindow{notBefore, notAfter}` (Unix seconds). */
export function validityWindowCaveat(notBefore: bigint, notAfter: bigint): EncodedCaveat {
  return { type: CAVEAT_VALIDITY_WINDOW, body: array([int(notBefore), int(notAfter)]) };
}

/** `Action(mask)`: a bare mask every access must stay within. */
export function actionCaveat(mask: number): EncodedCaveat {
  return { type: CAVEAT_ACTION, body: uint(mask) };
}

/** `Mutations[...]`: the GraphQL mutations the token may run. */
export function mutationsCaveat(mutations: readonly string[]): EncodedCaveat {
  return { type: CAVEAT_MUTATIONS, body: array([array(mutations.map(str))]) };
}

export interface CommandSpec {
  args: readonly string[];
  exact: boolean;
}

/** `Commands[{args, exact}, ...]` (Go encodes `exact` even when false: structs are arrays). */
export function commandsCaveat(commands: readonly CommandSpec[]): EncodedCaveat {
  return {
    type: CAVEAT_COMMANDS,
    body: array(commands.map(c => array([array(c.args.map(str)), bool(c.exact)])))
  };
}
