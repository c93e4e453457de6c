// The caveats attenuation appends, encoded as the Go library encodes them (structs as arrays,
// resource-set keys sorted) so the bytes match what `fly tokens create ...` appends.
import { array, mapHeader, scalar } from './msgpack-write.js';

/** One caveat: its type number and body bytes (what a caveat array holds as a pair). */
export interface EncodedCaveat {
  type: bigint;
  body: Uint8Array;
}

/** Flat caveat array `[type0, body0, type1, body1, ...]` (a CaveatSet). */
export function caveatSet(caveats: readonly EncodedCaveat[]): Uint8Array {
  return array(caveats.flatMap(c => [scalar(c.type), c.body]));
}

/** Type 0, `Organization{id, mask}`. */
export function organizationCaveat(orgId: bigint, mask: number): EncodedCaveat {
  return { type: 0n, body: array([scalar(orgId), scalar(mask)]) };
}

/** The map of a resource set, keys in Go's order: ids numerically, names by their UTF-8 bytes. */
function resourceSet(entries: ReadonlyArray<readonly [bigint | string, number]>): Uint8Array {
  const sorted = [...entries].sort(([a], [b]) =>
    typeof a === 'bigint' && typeof b === 'bigint'
      ? Number(a > b) - Number(a < b)
      : Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b)))
  );
  return Buffer.concat([
    mapHeader(sorted.length),
    ...sorted.flatMap(([key, mask]) => [scalar(key), scalar(mask)])
  ]);
}

/** Type 3, `Apps{id: mask, ...}`. */
export function appsCaveat(entries: ReadonlyArray<readonly [bigint, number]>): EncodedCaveat {
  return { type: 3n, body: array([resourceSet(entries)]) };
}

/** Type 5, `FeatureSet{feature: mask, ...}`. */
export function featureSetCaveat(entries: ReadonlyArray<readonly [string, number]>): EncodedCaveat {
  return { type: 5n, body: array([resourceSet(entries)]) };
}

/** Type 13, `IfPresent{ifs, else}`. */
export function ifPresentCaveat(ifs: readonly EncodedCaveat[], otherwise: number): EncodedCaveat {
  return { type: 13n, body: array([caveatSet(ifs), scalar(otherwise)]) };
}

/** Type 4, `ValidityWindow{notBefore, notAfter}` (Unix seconds). */
export function validityWindowCaveat(notBefore: bigint, notAfter: bigint): EncodedCaveat {
  return { type: 4n, body: array([scalar(notBefore), scalar(notAfter)]) };
}

/** Type 26, `Action(mask)`: a bare mask every access must stay within. */
export function actionCaveat(mask: number): EncodedCaveat {
  return { type: 26n, body: scalar(mask) };
}

/** Type 6, `Mutations[...]`: the GraphQL mutations the token may run. */
export function mutationsCaveat(mutations: readonly string[]): EncodedCaveat {
  return { type: 6n, body: array([array(mutations.map(scalar))]) };
}

export interface CommandSpec {
  args: readonly string[];
  exact: boolean;
}

/** Type 27, `Commands[{args, exact}, ...]` (Go encodes `exact` even when false: structs are arrays). */
export function commandsCaveat(commands: readonly CommandSpec[]): EncodedCaveat {
  return {
    type: 27n,
    body: array(commands.map(c => array([array(c.args.map(scalar)), scalar(c.exact)])))
  };
}
