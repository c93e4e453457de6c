// Appending caveats the way `Macaroon.Add` does: each new caveat extends the signature chain,
// tail' = HMAC-SHA256(key = tail, caveat encoded as a one-caveat set). Needs no key of Fly's:
// the current tail is the key for the next link, which is what makes offline attenuation work
// and what stops anyone from removing a caveat (that would need the tail before it).
import { createHmac } from 'node:crypto';
import { oneCaveatSet, type EncodedCaveat } from './caveat-bytes.js';
import { toHex } from '../json.js';
import { uint } from './msgpack-write.js';
import type { MacaroonParts, RawCaveat } from './wire.js';

/** The next tail after signing one caveat. */
function extendTail(tail: Uint8Array, caveat: EncodedCaveat): Uint8Array {
  return Uint8Array.from(createHmac('sha256', tail).update(oneCaveatSet(caveat)).digest());
}

function oneSetOfRaw(raw: RawCaveat): string {
  // The same one-caveat set bytes as oneCaveatSet(), from the caveat's exact stored bytes.
  return toHex(Uint8Array.of(0x92, ...raw.type, ...raw.body));
}

/**
 * Append caveats to a macaroon. Like the Go library, a caveat byte-identical to one already in the
 * token (or earlier in this batch) is skipped: caveats intersect, so a repeat adds nothing.
 */
export function appendCaveats(
  parts: MacaroonParts,
  caveats: readonly EncodedCaveat[]
): MacaroonParts {
  const seen = new Set(parts.caveats.map(oneSetOfRaw));
  const appended: RawCaveat[] = [];
  let tail = parts.tail;
  for (const caveat of caveats) {
    const key = toHex(oneCaveatSet(caveat));
    if (seen.has(key)) continue;
    seen.add(key);
    appended.push({ type: uint(caveat.type), body: caveat.body });
    tail = extendTail(tail, caveat);
  }
  return { ...parts, caveats: [...parts.caveats, ...appended], tail };
}
