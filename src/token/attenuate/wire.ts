// A macaroon's bytes split into the parts attenuation touches, and put back together.
//   [ Nonce, Location: str, Caveats: flat array, Tail: bin(32) ]
// Nonce, location and every existing caveat keep their exact bytes (the signature covers them),
// so an unmodified macaroon re-encodes byte for byte; only the caveat array's length prefix and
// the tail are rewritten when caveats are appended.
import { arrayItems } from '../msgpack-scan.js';
import { asBytes, decodeValue } from '../msgpack-values.js';
import { arrayHeader, scalar } from './msgpack-write.js';

/** One existing caveat: the exact bytes of its type number and of its body. */
export interface RawCaveat {
  type: Uint8Array;
  body: Uint8Array;
}

export interface MacaroonParts {
  nonce: Uint8Array;
  location: Uint8Array;
  caveats: RawCaveat[];
  tail: Uint8Array;
}

/** The payload of a complete msgpack bin item, or null when it is not one. */
function binPayload(item: Uint8Array): Uint8Array | null {
  const isBin = item[0] === 0xc4 || item[0] === 0xc5 || item[0] === 0xc6;
  return isBin ? asBytes(decodeValue(item), 'signature bytes') : null;
}

/** Split a (decoded-before, so well-formed) macaroon; null when the shape is not a macaroon. */
export function splitMacaroon(bytes: Uint8Array): MacaroonParts | null {
  const parts = arrayItems(bytes, 0);
  const [nonceAt, locationAt, caveatsAt, tailAt] = parts ?? [];
  if (parts?.length !== 4 || !nonceAt || !locationAt || !caveatsAt || !tailAt) return null;
  const caveatsRaw = bytes.subarray(caveatsAt[0], caveatsAt[1]);
  const items = arrayItems(caveatsRaw, 0);
  if (items === null || items.length % 2 !== 0) return null;
  const caveats: RawCaveat[] = [];
  for (let i = 0; i < items.length; i += 2) {
    const [typeStart, typeEnd] = items[i] as [number, number];
    const [bodyStart, bodyEnd] = items[i + 1] as [number, number];
    caveats.push({
      type: caveatsRaw.slice(typeStart, typeEnd),
      body: caveatsRaw.slice(bodyStart, bodyEnd)
    });
  }
  const tail = binPayload(bytes.subarray(tailAt[0], tailAt[1]));
  if (tail === null) return null;
  return {
    nonce: bytes.slice(nonceAt[0], nonceAt[1]),
    location: bytes.slice(locationAt[0], locationAt[1]),
    caveats,
    tail: Uint8Array.from(tail)
  };
}

/** Encode the parts as the Go library's `Macaroon.Encode` does. */
export function joinMacaroon(parts: MacaroonParts): Uint8Array {
  return Buffer.concat([
    arrayHeader(4),
    parts.nonce,
    parts.location,
    arrayHeader(parts.caveats.length * 2),
    ...parts.caveats.flatMap(c => [c.type, c.body]),
    scalar(parts.tail)
  ]);
}

/** `FlyV1 fm2_<b64>,fm2_<b64>,...` (standard base64 with padding), as `ToAuthorizationHeader`. */
export function authorizationHeader(macaroons: readonly Uint8Array[]): string {
  return `FlyV1 ${macaroons.map(m => `fm2_${Buffer.from(m).toString('base64')}`).join(',')}`;
}
