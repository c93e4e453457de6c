// Token identity: the nonce e-mail Fly's GraphQL `viewer` shows for a macaroon.
import { createHash } from 'node:crypto';

const KID_NAMESPACE = Uint8Array.from(Buffer.from('968fc2c6a94f4988a5442ad72b02f222', 'hex'));

/** RFC 4122 name-based UUID (SHA-1, version 5) over raw bytes, as github.com/google/uuid NewSHA1. */
export function uuidV5(namespace: Uint8Array, name: Uint8Array): Uint8Array {
  const hash = createHash('sha1').update(namespace).update(name).digest();
  const out = new Uint8Array(hash.subarray(0, 16));
  out[6] = ((out[6] ?? 0) & 0x0f) | 0x50;
  out[8] = ((out[8] ?? 0) & 0x3f) | 0x80;
  return out;
}

export function formatUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** SHA-1 already fed the KID namespace: copying it is cheaper than hashing the namespace again. */
const KID_NAMESPACE_HASH = createHash('sha1').update(KID_NAMESPACE);

/** uuidV5(KID_NAMESPACE, kid), from the seeded hash. */
function kidUuid(kid: Uint8Array): Uint8Array {
  const out = new Uint8Array(KID_NAMESPACE_HASH.copy().update(kid).digest().subarray(0, 16));
  out[6] = ((out[6] ?? 0) & 0x0f) | 0x50;
  out[8] = ((out[8] ?? 0) & 0x3f) | 0x80;
  return out;
}

/** `<UUIDv5(UUIDv5(ns, KID), Rnd)>@tokens.fly.io`. */
export function nonceEmail(kid: Uint8Array, rnd: Uint8Array): string {
  return `${formatUuid(uuidV5(kidUuid(kid), rnd))}@tokens.fly.io`;
}
