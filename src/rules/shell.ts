// Building shell command lines for fixes: quoting (token material is kept out by token-shape.ts).

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
