// Strict standard base64 with padding, as Go's base64.StdEncoding (which skips CR/LF inside).
// Failures say *why*, and carry a best-effort repair so the caller can tell "unpadded" from "cut off".

export type Base64Failure =
  | 'url-safe' // uses - and _ (the URL-safe alphabet)
  | 'unpadded' // standard alphabet, = padding missing
  | 'impossible-length' // no base64 text has this length: characters are missing
  | 'bad-padding' // = in the wrong place or too many
  | 'bad-characters'; // characters outside every base64 alphabet

type Base64Result =
  | { ok: true; bytes: Uint8Array; hadLineBreaks: boolean }
  | { ok: false; failure: Base64Failure; repaired: Uint8Array | null; hadLineBreaks: boolean };

/** Padded standard base64: a multiple of four characters, the standard alphabet, at most two `=` at the end. */
function isStandardPadded(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}
const STANDARD_BARE = /^[A-Za-z0-9+/]*$/;
const URL_SAFE = /^[A-Za-z0-9_-]*={0,2}$/;
const ANY_ALPHABET = /^[A-Za-z0-9+/_-]*=*$/;

/** The bytes of text already known to be valid base64, as a plain Uint8Array. */
function bytesOf(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'base64'));
}

/** Padding added so a bare body can be decoded; null when no padding can make it whole. */
function padded(text: string): string | null {
  const rest = text.length % 4;
  if (rest === 1) return null;
  return rest === 0 ? text : text + '='.repeat(4 - rest);
}

export function decodeStandardBase64(input: string): Base64Result {
  const hadLineBreaks = /[\r\n]/.test(input);
  const text = hadLineBreaks ? input.replace(/[\r\n]/g, '') : input;
  if (isStandardPadded(text)) return { ok: true, bytes: bytesOf(text), hadLineBreaks };

  if (URL_SAFE.test(text) && /[-_]/.test(text)) {
    const standard = padded(text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'));
    return {
      ok: false,
      failure: 'url-safe',
      repaired: standard === null ? null : bytesOf(standard),
      hadLineBreaks
    };
  }
  if (STANDARD_BARE.test(text)) {
    const standard = padded(text);
    return standard === null
      ? { ok: false, failure: 'impossible-length', repaired: null, hadLineBreaks }
      : { ok: false, failure: 'unpadded', repaired: bytesOf(standard), hadLineBreaks };
  }
  const failure = ANY_ALPHABET.test(text) ? 'bad-padding' : 'bad-characters';
  return { ok: false, failure, repaired: null, hadLineBreaks };
}
