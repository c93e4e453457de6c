// JSON-safe renderings of decoded msgpack values (the library's JSON shapes, bigints kept exact).
import { MAX_RENDER_DEPTH } from './limits.js';

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON number when exactly representable, else its decimal string. */
export function jsonInteger(value: bigint): number | string {
  const safe = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
  return safe ? Number(value) : value.toString();
}

/** Go renders `[]byte` as standard base64 (and a nil slice as null). */
export function jsonBytes(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : Buffer.from(bytes).toString('base64');
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** A bounded, JSON-safe rendering of any decoded msgpack value (for unregistered caveats). */
export function jsonSafe(value: unknown, depth = 0): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return jsonInteger(value);
  if (value instanceof Uint8Array) return jsonBytes(value);
  if (depth >= MAX_RENDER_DEPTH) return '…';
  if (Array.isArray(value)) return value.map(item => jsonSafe(item, depth + 1));
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'object') {
    // fromEntries defines own properties, so a key like `__proto__` stays data.
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [displayKey(key), jsonSafe(item, depth + 1)])
    );
  }
  return null;
}

/** Map keys arrive tagged by the decoder (`s`tring / `n`umber / `x` other); show them untagged. */
function displayKey(tagged: string): string {
  return tagged.startsWith('s') || tagged.startsWith('n') ? tagged.slice(1) : '?';
}
