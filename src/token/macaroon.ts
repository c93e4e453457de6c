// One macaroon's bytes -> nonce, location, caveats, tail. Msgpack shape:
//   [ Nonce, Location: str, Caveats: flat array, Tail: bin ]
//   Nonce = [KID: bin, Rnd: bin, Proof: bool] (current) | [KID, Rnd] (legacy)
import type { Caveat } from './caveats/caveat.js';
import { CaveatDecodeError, decodeCaveatSet } from './caveats/registry.js';
import { arrayHeader, arrayItems, scanItem } from './msgpack-scan.js';
import { asArray, asBool, asBytes, asString, decodeValue, ShapeError } from './msgpack-values.js';

interface Nonce {
  kid: Uint8Array;
  rnd: Uint8Array;
  proof: boolean;
  /** 3 for the current format, 2 for the legacy one (no proof flag). */
  fields: 2 | 3;
}

export interface Macaroon {
  nonce: Nonce;
  location: string;
  caveats: Caveat[];
  tail: Uint8Array;
  /** Type numbers of unregistered caveats met anywhere in it. */
  unregisteredTypes: bigint[];
}

type MacaroonFailureCode = 'truncated' | 'not-msgpack' | 'bad-structure';

export type MacaroonResult =
  { ok: true; macaroon: Macaroon } | { ok: false; code: MacaroonFailureCode; detail: string };

function fail(code: MacaroonFailureCode, detail: string): MacaroonResult {
  return { ok: false, code, detail };
}

function decodeNonce(raw: Uint8Array): Nonce {
  const fields = asArray(decodeValue(raw), 'a nonce array');
  if (fields.length !== 2 && fields.length !== 3) {
    throw new ShapeError(`a nonce of 2 or 3 fields (found ${fields.length})`);
  }
  return {
    kid: asBytes(fields[0], 'nonce KID bytes'),
    rnd: asBytes(fields[1], 'nonce random bytes'),
    proof: fields.length === 3 ? asBool(fields[2], 'a proof flag') : false,
    fields: fields.length === 3 ? 3 : 2
  };
}

/** Decode one macaroon. Never throws: failures come back with a token-free detail. */
export function decodeMacaroon(bytes: Uint8Array): MacaroonResult {
  const top = arrayHeader(bytes, 0);
  if (top === null) return fail('not-msgpack', 'not msgpack (the body is not a macaroon)');
  const scan = scanItem(bytes, 0);
  if (!scan.ok) {
    return scan.failure === 'truncated'
      ? fail('truncated', 'token was cut off')
      : fail('not-msgpack', 'not msgpack (invalid MessagePack data)');
  }
  if (scan.end !== bytes.length) {
    return fail('bad-structure', 'unexpected bytes after the end of the macaroon');
  }
  const parts = arrayItems(bytes, 0);
  if (parts?.length !== 4) {
    return fail(
      'bad-structure',
      `not a macaroon: expected 4 parts (nonce, location, caveats, tail), found ${top.count}`
    );
  }
  const [nonceRaw, locationRaw, caveatsRaw, tailRaw] = parts.map(([start, end]) =>
    bytes.subarray(start, end)
  ) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  const unregisteredTypes: bigint[] = [];
  let part = 'nonce';
  try {
    const nonce = decodeNonce(nonceRaw);
    part = 'location';
    const location = asString(decodeValue(locationRaw), 'a location string');
    part = 'caveats';
    const caveats = decodeCaveatSet(caveatsRaw, {
      onUnregistered: type => unregisteredTypes.push(type)
    });
    part = 'tail';
    const tail = asBytes(decodeValue(tailRaw), 'signature bytes');
    return { ok: true, macaroon: { nonce, location, caveats, tail, unregisteredTypes } };
  } catch (error) {
    if (error instanceof CaveatDecodeError) return fail('bad-structure', error.message);
    const expected = error instanceof ShapeError ? error.expected : 'a valid value';
    return fail('bad-structure', `bad macaroon ${part}: expected ${expected}`);
  }
}
