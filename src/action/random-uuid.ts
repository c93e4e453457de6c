// A random (v4) UUID for the runner's file-command delimiters, read from /dev/urandom where it
// exists. Loading node:crypto costs ~2 ms of a guard step's start-up, more than this whole file
// command; Windows runners (no /dev/urandom) use Web Crypto, which is just as random.
import { closeSync, openSync, readSync } from 'node:fs';

function urandom(count: number): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
    const bytes = new Uint8Array(count);
    return readSync(fd, bytes, 0, count, null) === count ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Formats 16 random bytes as an RFC 9562 version 4 UUID. */
export function uuidFromBytes(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function randomUuid(): string {
  const bytes = urandom(16);
  return bytes ? uuidFromBytes(bytes) : globalThis.crypto.randomUUID();
}
