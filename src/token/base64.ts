// Strict standard base64 with padding, as Go's base64.StdEncoding (which skips CR/LF inside).
// Failures say *why*, and carry a best-effort repair so the caller can tell "unpadded" from "cut off".

export type Base64Failure =
  | 'url-safe' // uses - and _ (the URL-safe alphabet)
  | 'unpadded' // standard alphabet, = padding missing
  | 'impossible-length' // no base64 text has this length: characters are missing
  | 'bad-padding' // = in the wrong place or too many
  | 'bad-characters'; // characters outside every base64 alphabet

export type Base64Result =
  | { ok: true; bytes: Uint8Array; hadLineBreaks: boolean }
  | { ok: false; failure: Base64Failure; repaired: Uint8Array | null; hadLineBreaks: boolean };

/** Char codes of the standard alphabet, A-Z a-z 0-9 + / (a lookup table beats a regex here). */
const STANDARD_ALPHABET = (() => {
  const table = new Uint8Array(128);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < letters.length; i++) table[letters.charCodeAt(i)] = 1;
  return table;
})();

/** /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/ as one char-code pass. */
function isStandardPadded(text: string): boolean {
  const length = text.length;
  if (length % 4 !== 0) return false;
  let end = length;
  if (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 61 && end === length - 1) end--;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || STANDARD_ALPHABET[code] !== 1) return false;
  }
  return true;
}
const STANDARD_BARE = /^[A-Za-z0-9+/]*$/;
const URL_SAFE = /^[A-Za-z0-9_-]*={0,2}$/;
const ANY_ALPHABET = /^[A-Za-z0-9+/_-]*=*$/;

function bytesOf(text: string): Uint8Array {
  // A copy of its own, not a view into Node's shared Buffer pool.
  return new Uint8Array(Buffer.from(text, 'base64'));
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
