// Formatting hints: usable-but-sloppy ways a token was pasted (whitespace, schemes, commas).
import type { ParsedHeader } from './header.js';
import { FORMATTING_MESSAGES, formatting } from './problems.js';
import type { FormattingIssue } from './types.js';

export function headerFormatting(header: ParsedHeader, hasMacaroons: boolean): FormattingIssue[] {
  const out: FormattingIssue[] = [];
  if (header.surroundingWhitespace) {
    const message = header.surroundingNewline
      ? FORMATTING_MESSAGES.newline
      : FORMATTING_MESSAGES.whitespace;
    out.push(formatting('surrounding-whitespace', message));
  }
  if (hasMacaroons && header.schemes.length === 0) {
    out.push(formatting('scheme-missing', FORMATTING_MESSAGES.schemeMissing));
  }
  if (header.schemes.length > 1)
    out.push(formatting('scheme-doubled', FORMATTING_MESSAGES.schemeDoubled));
  if (hasMacaroons && header.schemes.includes('Bearer') && !header.schemes.includes('FlyV1')) {
    out.push(formatting('bearer-scheme', FORMATTING_MESSAGES.bearer));
  }
  if (header.pieces.some(p => p.padded && p.text !== '')) {
    out.push(formatting('space-after-comma', FORMATTING_MESSAGES.spaceAfterComma));
  }
  return out;
}
