// Lookups by exact bytes (KIDs, 3P tickets): a linear scan for the few entries real bundles
// have, a hex-keyed map once there are many, so hostile bundles stay linear. Hex keys for two or
// three entries cost more than comparing the bytes.
import { toHex } from './json.js';

/** Up to this many entries, lookups compare bytes one entry after another. */
const SCAN_LIMIT = 16;

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class BytesTable<V> {
  private readonly keys: Uint8Array[] = [];
  private readonly values: V[] = [];
  private byHex: Map<string, V[]> | null = null;

  add(key: Uint8Array, value: V): void {
    this.keys.push(key);
    this.values.push(value);
    this.byHex = null;
  }

  /** Every value added under `key`, in the order added. */
  all(key: Uint8Array): V[] {
    if (this.keys.length > SCAN_LIMIT) return this.hexMap().get(toHex(key)) ?? [];
    const out: V[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (sameBytes(this.keys[i] as Uint8Array, key)) out.push(this.values[i] as V);
    }
    return out;
  }

  has(key: Uint8Array): boolean {
    if (this.keys.length > SCAN_LIMIT) return this.hexMap().has(toHex(key));
    for (const k of this.keys) if (sameBytes(k, key)) return true;
    return false;
  }

  private hexMap(): Map<string, V[]> {
    if (this.byHex === null) {
      const map = new Map<string, V[]>();
      for (let i = 0; i < this.keys.length; i++) {
        const hex = toHex(this.keys[i] as Uint8Array);
        const same = map.get(hex);
        if (same) same.push(this.values[i] as V);
        else map.set(hex, [this.values[i] as V]);
      }
      this.byHex = map;
    }
    return this.byHex;
  }
}
