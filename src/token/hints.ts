// Formatting hints: usable-but-sloppy ways a token was pasted (whitespace, schemes, commas).
// The wording never quotes the token.
import type { ParsedHeader } from './header.js';
import type { FormattingIssue, FormattingIssueCode } from './types.js';

const MESSAGES: Record<Exclude<FormattingIssueCode, 'ignored-piece'>, string> = {
  'surrounding-whitespace':
    'the token has surrounding whitespace: flyctl trims it, but store the secret without it',
  'scheme-missing':
    'no "FlyV1 " scheme in front of the macaroons: flyctl adds it, raw API clients need it',
  'scheme-doubled': 'the scheme is repeated (e.g. "Bearer FlyV1 ..."): one "FlyV1 " is enough',
  'bearer-scheme': 'macaroon tokens take the "FlyV1" scheme, not "Bearer"',
  'space-after-comma':
    "whitespace around a comma between tokens: flyctl copes, but Fly's own header parser rejects it",
  'line-break-inside': 'a line break inside a token: Fly skips it, but most tools do not'
};
const SURROUNDING_NEWLINE =
  'the token has a trailing newline or surrounding whitespace: flyctl trims it, but store the secret without it';

/** The hint with its fixed wording. */
export function hint(code: keyof typeof MESSAGES): FormattingIssue {
  return { code, message: MESSAGES[code] };
}

export function headerFormatting(header: ParsedHeader, hasMacaroons: boolean): FormattingIssue[] {
  const out: FormattingIssue[] = [];
  if (header.surroundingWhitespace) {
    out.push(
      header.surroundingNewline
        ? { code: 'surrounding-whitespace', message: SURROUNDING_NEWLINE }
        : hint('surrounding-whitespace')
    );
  }
  if (hasMacaroons && header.schemes.length === 0) out.push(hint('scheme-missing'));
  if (header.schemes.length > 1) out.push(hint('scheme-doubled'));
  if (hasMacaroons && header.schemes.includes('Bearer') && !header.schemes.includes('FlyV1')) {
    out.push(hint('bearer-scheme'));
  }
  if (header.pieces.some(p => p.padded && p.text !== '')) out.push(hint('space-after-comma'));
  return out;
}
