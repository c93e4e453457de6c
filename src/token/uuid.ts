// Token identity: the nonce e-mail Fly's GraphQL `viewer` shows for a macaroon.
import { createHash } from 'node:crypto';

const KID_NAMESPACE = Buffer.from('968fc2c6a94f4988a5442ad72b02f222', 'hex');

/** RFC 4122 name-based UUID (SHA-1, version 5) over raw bytes, as github.com/google/uuid NewSHA1. */
export function uuidV5(namespace: Uint8Array, name: Uint8Array): Uint8Array {
  const out = Uint8Array.from(createHash('sha1').update(namespace).update(name).digest()).subarray(
    0,
    16
  );
  out[6] = ((out[6] ?? 0) & 0x0f) | 0x50;
  out[8] = ((out[8] ?? 0) & 0x3f) | 0x80;
  return out;
}

export function formatUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `<UUIDv5(UUIDv5(ns, KID), Rnd)>@tokens.fly.io`. */
export function nonceEmail(kid: Uint8Array, rnd: Uint8Array): string {
  return `${formatUuid(uuidV5(uuidV5(KID_NAMESPACE, kid), rnd))}@tokens.fly.io`;
}
