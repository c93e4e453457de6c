// What every caveat module provides: decode from msgpack, describe as the library's JSON, and
// decide an access (Prohibits). Modelled on superfly/macaroon's Caveat interface.
import type { NormalizedAccess, Verdict } from '../access-model.js';
import type { JsonValue } from '../json.js';

export interface Caveat {
  /** Type number (up to 2^64-1). */
  readonly type: bigint;
  readonly name: string;
  /** The body's exact msgpack bytes. */
  readonly raw: Uint8Array;
  /** Attestations (discharge-only positive assertions) are skipped by top-level validation. */
  readonly isAttestation: boolean;
  /** Part of signature verification, not of access validation (3P, BindToParentToken). */
  readonly verificationOnly: boolean;
  /** The body as the library renders it in JSON (bigints beyond 2^53 as decimal strings). */
  describe(): JsonValue;
  /** Fly's `Prohibits`: does this caveat let the access through? */
  prohibits(access: NormalizedAccess): Verdict;
  /** Caveats wrapped inside this one (IfPresent's `ifs`), for "anywhere in the token" searches. */
  nested(): readonly Caveat[];
}

/** A caveat type's number and name. */
export type CaveatKind = Pick<Caveat, 'type' | 'name'>;

/** Defaults shared by the plain (non-wrapper, non-attestation) caveats. */
export abstract class BaseCaveat implements Caveat {
  readonly type: bigint;
  readonly name: string;
  readonly isAttestation: boolean = false;
  readonly verificationOnly: boolean = false;

  constructor(
    readonly raw: Uint8Array,
    kind: CaveatKind
  ) {
    this.type = kind.type;
    this.name = kind.name;
  }

  abstract describe(): JsonValue;
  abstract prohibits(access: NormalizedAccess): Verdict;

  nested(): readonly Caveat[] {
    return [];
  }
}

export interface DecodeContext {
  /** How many IfPresent levels enclose this caveat. */
  depth: number;
  /** Decode a flat caveat array (IfPresent's `ifs`) found in a body. */
  decodeSet(raw: Uint8Array, depth: number): Caveat[];
}

export interface CaveatDefinition extends CaveatKind {
  /** Build the caveat from its body's exact bytes; throws ShapeError on a body of the wrong shape. */
  decode(raw: Uint8Array, ctx: DecodeContext): Caveat;
}

/** One caveat type, its number and name given once: `decode` hands the kind to the caveat. */
export function defineCaveat(
  type: bigint,
  name: string,
  decode: (raw: Uint8Array, kind: CaveatKind, ctx: DecodeContext) => Caveat
): CaveatDefinition {
  const kind = { type, name };
  return { ...kind, decode: (raw, ctx) => decode(raw, kind, ctx) };
}

/** Every caveat anywhere inside `caveats`, IfPresent contents included (GetCaveats), breadth first. */
export function allCaveats(caveats: readonly Caveat[]): Caveat[] {
  const out: Caveat[] = caveats.slice();
  for (let i = 0; i < out.length; i++)
    for (const inner of (out[i] as Caveat).nested()) out.push(inner);
  return out;
}
