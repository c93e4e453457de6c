// SHA-1 (FIPS 180-4) in plain JS, for the short inputs of UUIDv5 nonce identities (16 + ~20 bytes).
// node:crypto's createHash costs an object, a native call and a Buffer per digest: for one or two
// 64-byte blocks that is several times the hashing itself. Not for secrets: identities only.

/** Padded message and the 80-word schedule, reused across calls (allocated on first use). */
const SHARED_BYTES = 1024;
let message = new Uint8Array(0);
let schedule: Int32Array | null = null;

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

/** SHA-1 of the concatenation `a || b` (20 bytes). */
export function sha1(a: Uint8Array, b: Uint8Array = new Uint8Array(0)): Uint8Array {
  return sha1Into(a, b, new Uint8Array(20));
}

/** sha1, written into the first 20 bytes of `out` (so hot callers can reuse one array). */
export function sha1Into(a: Uint8Array, b: Uint8Array, out: Uint8Array): Uint8Array {
  const length = a.length + b.length;
  // Message, 0x80, zero padding, then the 64-bit bit length: whole 64-byte blocks.
  const padded = (Math.floor((length + 8) / 64) + 1) * 64;
  // Real nonces fit the shared scratch; a hostile giant KID gets a buffer of its own, not kept.
  if (message.length < padded && padded <= SHARED_BYTES) message = new Uint8Array(SHARED_BYTES);
  const m = padded <= SHARED_BYTES ? message : new Uint8Array(padded);
  m.set(a, 0);
  m.set(b, a.length);
  m[length] = 0x80;
  m.fill(0, length + 1, padded - 8);
  const bitsHigh = Math.floor(length / 0x20000000);
  const bitsLow = (length * 8) >>> 0;
  m[padded - 8] = bitsHigh >>> 24;
  m[padded - 7] = (bitsHigh >>> 16) & 0xff;
  m[padded - 6] = (bitsHigh >>> 8) & 0xff;
  m[padded - 5] = bitsHigh & 0xff;
  m[padded - 4] = bitsLow >>> 24;
  m[padded - 3] = (bitsLow >>> 16) & 0xff;
  m[padded - 2] = (bitsLow >>> 8) & 0xff;
  m[padded - 1] = bitsLow & 0xff;

  const w = (schedule ??= new Int32Array(80));
  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0 | 0;
  for (let base = 0; base < padded; base += 64) {
    for (let t = 0; t < 16; t++) {
      const i = base + t * 4;
      w[t] =
        ((m[i] ?? 0) << 24) | ((m[i + 1] ?? 0) << 16) | ((m[i + 2] ?? 0) << 8) | (m[i + 3] ?? 0);
    }
    for (let t = 16; t < 80; t++) {
      w[t] = rotl((w[t - 3] ?? 0) ^ (w[t - 8] ?? 0) ^ (w[t - 14] ?? 0) ^ (w[t - 16] ?? 0), 1);
    }
    let va = h0;
    let vb = h1;
    let vc = h2;
    let vd = h3;
    let ve = h4;
    // Four loops, one per round function, rather than a branch per step.
    for (let t = 0; t < 20; t++) {
      const temp = (rotl(va, 5) + ((vb & vc) | (~vb & vd)) + ve + 0x5a827999 + (w[t] ?? 0)) | 0;
      ve = vd;
      vd = vc;
      vc = rotl(vb, 30);
      vb = va;
      va = temp;
    }
    for (let t = 20; t < 40; t++) {
      const temp = (rotl(va, 5) + (vb ^ vc ^ vd) + ve + 0x6ed9eba1 + (w[t] ?? 0)) | 0;
      ve = vd;
      vd = vc;
      vc = rotl(vb, 30);
      vb = va;
      va = temp;
    }
    for (let t = 40; t < 60; t++) {
      const temp =
        (rotl(va, 5) + ((vb & vc) | (vb & vd) | (vc & vd)) + ve + 0x8f1bbcdc + (w[t] ?? 0)) | 0;
      ve = vd;
      vd = vc;
      vc = rotl(vb, 30);
      vb = va;
      va = temp;
    }
    for (let t = 60; t < 80; t++) {
      const temp = (rotl(va, 5) + (vb ^ vc ^ vd) + ve + 0xca62c1d6 + (w[t] ?? 0)) | 0;
      ve = vd;
      vd = vc;
      vc = rotl(vb, 30);
      vb = va;
      va = temp;
    }
    h0 = (h0 + va) | 0;
    h1 = (h1 + vb) | 0;
    h2 = (h2 + vc) | 0;
    h3 = (h3 + vd) | 0;
    h4 = (h4 + ve) | 0;
  }
  writeWord(out, 0, h0);
  writeWord(out, 4, h1);
  writeWord(out, 8, h2);
  writeWord(out, 12, h3);
  writeWord(out, 16, h4);
  return out;
}

function writeWord(out: Uint8Array, at: number, word: number): void {
  out[at] = word >>> 24;
  out[at + 1] = (word >>> 16) & 0xff;
  out[at + 2] = (word >>> 8) & 0xff;
  out[at + 3] = word & 0xff;
}
