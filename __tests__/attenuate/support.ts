// Test helpers for attenuation: an HMAC chain checker written from scratch (over the stand-in's
// independent msgpack reader, not over the code under test), and "base tokens" rebuilt from the
// client-attenuated vectors by dropping flyctl's caveats and re-signing with the fake key.
import { createHmac } from 'node:crypto';
import { arrayHeaderAt, decodeAt } from '../support/stand-in-msgpack.js';
import { vector, type VectorEntry } from '../support/vectors.js';

export const SIGNING_KEY = Buffer.from('DEV-FAKE-SIGNING-KEY-NOT-REAL-02');
export const PERMISSION_LOCATION = 'https://api.fly.io/v1';
/** The vectors' access-check clock (t0 + 300 s), also the stand-in's default clock. */
export const T0 = 1752057183;
export const CLOCK = T0 + 300;
export const ORG = '918273';
export const APP = '4455667';
export const OTHER_APP = '2020202';

export interface RawMacaroon {
  bytes: Buffer;
  nonce: Buffer;
  location: string;
  /** Each caveat as `type || body` bytes. */
  caveats: Buffer[];
  /** Each caveat's type number. */
  types: bigint[];
  tail: Buffer;
}

function hmac(key: Buffer, message: Buffer): Buffer {
  return createHmac('sha256', key).update(message).digest();
}

/** Split a macaroon with the stand-in's msgpack reader. */
export function readMacaroon(bytes: Buffer): RawMacaroon {
  const top = arrayHeaderAt(bytes, 0);
  if (top.length !== 4) throw new Error('not a macaroon');
  const nonce = decodeAt(bytes, top.first);
  const location = decodeAt(bytes, nonce.end);
  const list = arrayHeaderAt(bytes, location.end);
  const caveats: Buffer[] = [];
  const types: bigint[] = [];
  let at = list.first;
  for (let i = 0; i < list.length; i += 2) {
    const type = decodeAt(bytes, at);
    const body = decodeAt(bytes, type.end);
    caveats.push(Buffer.from(bytes.subarray(type.start, body.end)));
    types.push(BigInt(type.value as number | bigint));
    at = body.end;
  }
  const tail = decodeAt(bytes, at);
  if (tail.end !== bytes.length) throw new Error('trailing bytes');
  return {
    bytes,
    nonce: Buffer.from(bytes.subarray(nonce.start, nonce.end)),
    location: String(location.value),
    caveats,
    types,
    tail: Buffer.from(tail.value as Uint8Array)
  };
}

/** Every tail of the chain: HMAC(key, nonce), then HMAC(tail, 0x92 || type || body) per caveat. */
export function chainTails(
  m: Pick<RawMacaroon, 'nonce' | 'caveats'>,
  key: Buffer = SIGNING_KEY
): Buffer[] {
  const tails = [hmac(key, m.nonce)];
  for (const caveat of m.caveats) {
    tails.push(
      hmac(tails[tails.length - 1] as Buffer, Buffer.concat([Buffer.from([0x92]), caveat]))
    );
  }
  return tails;
}

export function signatureValid(m: RawMacaroon): boolean {
  return (chainTails(m).at(-1) as Buffer).equals(m.tail);
}

/** The macaroons of a `FlyV1 fm2_...` header, in order. */
export function headerMacaroons(header: string): RawMacaroon[] {
  const stripped = header.trim().replace(/^(?:(?:FlyV1|Bearer)\s+)+/i, '');
  return stripped
    .split(',')
    .map(piece => readMacaroon(Buffer.from(piece.slice(piece.indexOf('_') + 1), 'base64')));
}

/** msgpack of a macaroon from parts (fixarray caveat list: the tokens here have < 8 caveats). */
export function encodeMacaroon(
  m: Pick<RawMacaroon, 'nonce' | 'location' | 'caveats' | 'tail'>
): Buffer {
  const location = Buffer.from(m.location);
  if (location.length >= 32 || m.caveats.length >= 8)
    throw new Error('helper only does small tokens');
  return Buffer.concat([
    Buffer.from([0x94]),
    m.nonce,
    Buffer.from([0xa0 | location.length]),
    location,
    Buffer.from([0x90 | (m.caveats.length * 2)]),
    ...m.caveats,
    Buffer.from([0xc4, m.tail.length]),
    m.tail
  ]);
}

function piece(bytes: Buffer): string {
  return `fm2_${bytes.toString('base64')}`;
}

/**
 * A client-attenuated vector with its last `drop` caveats removed from its first permission token
 * and the signature recomputed: the freshly minted token flyctl started from. Returns the base
 * header (that permission token + the vector's discharges) and the vector's own macaroons.
 */
export function baseOf(
  name: string,
  drop: number
): { base: string; vectorMacaroons: RawMacaroon[]; entry: VectorEntry } {
  const entry = vector(name);
  const macaroons = headerMacaroons(entry.token);
  const permission = macaroons.find(m => m.location === PERMISSION_LOCATION) as RawMacaroon;
  const caveats = permission.caveats.slice(0, permission.caveats.length - drop);
  const tail = chainTails({ nonce: permission.nonce, caveats }).at(-1) as Buffer;
  const base = encodeMacaroon({
    nonce: permission.nonce,
    location: permission.location,
    caveats,
    tail
  });
  const discharges = macaroons.filter(m => m.location !== PERMISSION_LOCATION);
  return {
    base: `FlyV1 ${[base, ...discharges.map(d => d.bytes)].map(piece).join(',')}`,
    vectorMacaroons: macaroons,
    entry
  };
}

/** True when `text` contains any 8-character run of `secret`. */
export function leaksSecret(text: string, secret: string): boolean {
  for (let i = 0; i + 8 <= secret.length; i++)
    if (text.includes(secret.slice(i, i + 8))) return true;
  return false;
}
