// Building shell command lines for fixes: quoting, and a guard that keeps token material out.

/**
 * Words that never need quoting in POSIX shells. Placeholders such as `<APP>` stay bare too, so
 * users see (and must replace) them.
 */
const WITH_PLACEHOLDERS = /^(?:[A-Za-z0-9_@%+=:,./-]|<[A-Z_]+>)+$/;

/** Quote one word for a POSIX shell; placeholders and plain words are left as they are. */
export function shellWord(word: string): string {
  if (WITH_PLACEHOLDERS.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A double-quoted value as in `--name "github-actions-web"`, or single quotes when needed. */
export function shellQuoted(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./<> -]+$/.test(value) ? `"${value}"` : shellWord(value);
}

/** Fly token labels and schemes. */
const TOKEN_MARKER = /(?:fm1[ra]|fm2|fo1)_|flyv1\s/i;
/** Runs of the token alphabets long enough to be part of a token body or a legacy token. */
const RUN = /[A-Za-z0-9+/=_-]{16,}/g;

/** A run that looks random rather than like a word: mixed case and a digit or base64 symbol. */
function looksRandom(run: string): boolean {
  return /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9+/=]/.test(run);
}

/** true when a value could carry token material: it must never reach a message or command. */
export function looksLikeTokenMaterial(value: string): boolean {
  return TOKEN_MARKER.test(value) || (value.match(RUN) ?? []).some(looksRandom);
}

/**
 * Replace anything token-like in free text we did not write (e.g. a decoder message) with
 * `[redacted]`: defence in depth, the decoder is meant to keep token text out already.
 */
export function redactTokenLike(text: string): string {
  return text
    .replace(/(?:fm1[ra]|fm2|fo1)_[A-Za-z0-9+/=_-]{4,}/gi, '[redacted]')
    .replace(RUN, run => (looksRandom(run) ? '[redacted]' : run));
}
