// What every caveat module provides: decode from msgpack, describe as the library's JSON, and
// judge an access (Prohibits). Modelled on superfly/macaroon's Caveat interface.
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
  /**
   * The decision of `prohibits` alone, without building a refusal's message. The access probes
   * ask thousands of these per token and only need the decision; see judgeOf.
   */
  judge?(access: NormalizedAccess): Judgement;
  /**
   * Of the single-action `bits`, those `judge` allows when `access.action` is each one of them
   * (the action field of `access` is not read). For caveats whose decision barely depends on the
   * action this is one call instead of one per bit; see judgeBitsOf.
   */
  judgeBits?(access: NormalizedAccess, bits: readonly number[], candidates: number): number;
  /**
   * Of the single-action `candidates`, those for which `judge` does *not* answer UNSPECIFIED.
   * Only for caveats where that does not depend on the action; IfPresent uses it to judge all
   * bits at once (see IfPresentCaveat.judgeBits).
   */
  specifiedBits?(access: NormalizedAccess, candidates: number): number;
  /** Caveats wrapped inside this one (IfPresent's `ifs`), for "anywhere in the token" searches. */
  nested(): readonly Caveat[];
}

/** A caveat's decision: allowed, refused because the access does not name the resource, or refused. */
export type Judgement = 0 | 1 | 2;
export const ALLOWED: Judgement = 0;
export const UNSPECIFIED: Judgement = 1;
export const REFUSED: Judgement = 2;

/** The judgement a verdict stands for. */
export function judgementOf(verdict: Verdict): Judgement {
  return verdict.ok ? ALLOWED : verdict.unspecified ? UNSPECIFIED : REFUSED;
}

/** `caveat.prohibits(access)` as a judgement, by the caveat's message-free path when it has one. */
export function judgeOf(caveat: Caveat, access: NormalizedAccess): Judgement {
  return caveat.judge ? caveat.judge(access) : judgementOf(caveat.prohibits(access));
}

/** The nested caveats of a plain caveat: one shared empty list, not an array per call. */
const NO_CAVEATS: readonly Caveat[] = Object.freeze([]);

/**
 * The bits among `candidates` (single-action bits from `bits`) the caveat allows, each judged
 * on its own as judgeOf would. `access.action` is overwritten.
 */
export function judgeBitsOf(
  caveat: Caveat,
  access: NormalizedAccess,
  bits: readonly number[],
  candidates: number
): number {
  return caveat.judgeBits
    ? caveat.judgeBits(access, bits, candidates)
    : judgeEachBit(caveat, access, bits, candidates);
}

/** judgeBitsOf the slow way: judgeOf once per candidate bit (for caveats without judgeBits). */
export function judgeEachBit(
  caveat: Caveat,
  access: NormalizedAccess,
  bits: readonly number[],
  candidates: number
): number {
  let allowed = candidates;
  for (const bit of bits) {
    if ((allowed & bit) === 0) continue;
    access.action = bit;
    if (judgeOf(caveat, access) !== ALLOWED) allowed &= ~bit;
  }
  return allowed;
}

/** Defaults shared by the plain (non-wrapper, non-attestation) caveats. */
export abstract class BaseCaveat implements Caveat {
  abstract readonly type: bigint;
  abstract readonly name: string;
  // Getters, not fields: constant flags on the prototype cost nothing per caveat, while field
  // initializers (define semantics, on every subclass shape) were a visible share of decoding.
  get isAttestation(): boolean {
    return false;
  }

  get verificationOnly(): boolean {
    return false;
  }

  // Declared, then assigned: a parameter property would also emit a field initializer.
  declare private readonly source: CaveatSource;

  constructor(raw: CaveatSource) {
    this.source = raw;
  }

  /** The body's bytes; a decoded caveat makes their view only when asked (few ever are). */
  get raw(): Uint8Array {
    const source = this.source;
    return source instanceof Uint8Array ? source : source.raw;
  }

  abstract describe(): JsonValue;
  abstract prohibits(access: NormalizedAccess): Verdict;

  judge(access: NormalizedAccess): Judgement {
    return judgementOf(this.prohibits(access));
  }

  nested(): readonly Caveat[] {
    return NO_CAVEATS;
  }
}

/** What a caveat module receives: the body's bytes, its decoded value, and nested decoding. */
export interface CaveatBody {
  readonly raw: Uint8Array;
  value(): unknown;
}

/** A caveat's body bytes, or the decoder's body they can be had from. */
export type CaveatSource = Uint8Array | CaveatBody;

export interface DecodeContext {
  /** How many IfPresent levels enclose this caveat. */
  depth: number;
  /** Decode a flat caveat array (IfPresent's `ifs`) found in `raw`. */
  decodeSet(raw: Uint8Array, depth: number): Caveat[];
}

export interface CaveatDefinition {
  readonly type: bigint;
  readonly name: string;
  decode(body: CaveatBody, ctx: DecodeContext): Caveat;
}

/** Every caveat anywhere inside `caveats`, IfPresent contents included (GetCaveats). */
export function allCaveats(caveats: readonly Caveat[]): Caveat[] {
  // Breadth first: the list itself is the queue.
  const out: Caveat[] = caveats.slice();
  for (let i = 0; i < out.length; i++) {
    for (const inner of (out[i] as Caveat).nested()) out.push(inner);
  }
  return out;
}
