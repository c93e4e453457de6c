// Token identity: the nonce e-mail Fly's GraphQL `viewer` shows for a macaroon.
import { toHex } from './json.js';
import { sha1, sha1Into } from './sha1.js';

const KID_NAMESPACE = Uint8Array.from([
  0x96, 0x8f, 0xc2, 0xc6, 0xa9, 0x4f, 0x49, 0x88, 0xa5, 0x44, 0x2a, 0xd7, 0x2b, 0x02, 0xf2, 0x22
]);

/** RFC 4122 name-based UUID (SHA-1, version 5) over raw bytes, as github.com/google/uuid NewSHA1. */
export function uuidV5(namespace: Uint8Array, name: Uint8Array): Uint8Array {
  // Pure-JS SHA-1: the inputs are tiny, and createHash per macaroon was most of decoding's cost.
  const out = sha1(namespace, name).subarray(0, 16);
  out[6] = ((out[6] ?? 0) & 0x0f) | 0x50;
  out[8] = ((out[8] ?? 0) & 0x3f) | 0x80;
  return out;
}

/** Two hex digits per byte value (built on first use: 256 short strings). */
let byteHex: string[] | null = null;

function hexPairs(): string[] {
  return (byteHex ??= Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0')));
}

export function formatUuid(bytes: Uint8Array): string {
  if (bytes.length !== 16) {
    const hex = toHex(bytes);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  // The common case in one pass over the bytes, no intermediate hex string to slice.
  const pairs = hexPairs();
  let out = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += pairs[bytes[i] ?? 0] ?? '';
  }
  return out;
}

/** Digest scratch for nonceEmail: the two hashes per macaroon allocate nothing. */
let kidDigest: Uint8Array | null = null;
let emailDigest: Uint8Array | null = null;

function setVersionBits(uuid: Uint8Array): void {
  uuid[6] = ((uuid[6] ?? 0) & 0x0f) | 0x50;
  uuid[8] = ((uuid[8] ?? 0) & 0x3f) | 0x80;
}

/** `<UUIDv5(UUIDv5(ns, KID), Rnd)>@tokens.fly.io`. */
export function nonceEmail(kid: Uint8Array, rnd: Uint8Array): string {
  // Same as formatUuid(uuidV5(uuidV5(KID_NAMESPACE, kid), rnd)), without the views and copies:
  // this runs for every macaroon of every token.
  const first = (kidDigest ??= new Uint8Array(20));
  sha1Into(KID_NAMESPACE, kid, first);
  setVersionBits(first);
  const second = (emailDigest ??= new Uint8Array(20));
  sha1Into(first.subarray(0, 16), rnd, second);
  setVersionBits(second);
  return `${formatUuid(second.subarray(0, 16))}@tokens.fly.io`;
}
