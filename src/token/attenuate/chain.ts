// Appending caveats the way `Macaroon.Add` does: each new caveat extends the signature chain,
// tail' = HMAC-SHA256(key = tail, caveat encoded as a one-caveat set). Needs no key of Fly's:
// the current tail is the key for the next link, which is what makes offline attenuation work
// and what stops anyone from removing a caveat (that would need the tail before it).
import { createHmac } from 'node:crypto';
import { caveatSet, type EncodedCaveat } from './caveat-bytes.js';
import { toHex } from '../json.js';
import { scalar } from './msgpack-write.js';
import type { MacaroonParts, RawCaveat } from './wire.js';

/** An existing caveat as a one-caveat set (`0x92 || type || body`), from its exact bytes. */
function oneSetOfRaw(raw: RawCaveat): string {
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
    const set = caveatSet([caveat]);
    if (seen.has(toHex(set))) continue;
    seen.add(toHex(set));
    appended.push({ type: scalar(caveat.type), body: caveat.body });
    tail = Uint8Array.from(createHmac('sha256', tail).update(set).digest());
  }
  return { ...parts, caveats: [...parts.caveats, ...appended], tail };
}
