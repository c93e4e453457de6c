// Fly token literals in text, in every form `findTokens` recognises (labelled bundles, bare
// bodies, wrapped, URL-encoded, base64, legacy 43-character tokens where the text says token).
// Each candidate is decoded offline; only text that decodes as a usable token counts
// (documentation placeholders and truncated examples do not). A bundle is one literal. Callers
// get offsets and the inspection, never a copy of the text to print.
import { inspectToken, type TokenInspection } from '../../token/index.js';
import {
  findTokens,
  looksLikePlaceholder,
  mayHoldToken,
  type FoundToken,
  type TokenForm
} from '../../token/find-tokens.js';

export { looksLikePlaceholder };

export interface TokenLiteral {
  /** Offsets of the literal in the text (scheme, line breaks and encoding included). */
  start: number;
  end: number;
  inspection: TokenInspection;
  /** How it was recognised. */
  shape: 'macaroon' | 'oauth' | 'legacy';
  /** How it was written. */
  form: TokenForm;
  /** Written across more than one line. */
  wrapped: boolean;
  /** The token as Fly reads it: for the scrub only, never for a message. */
  token: string;
}

function usable(inspection: TokenInspection): boolean {
  return inspection.kind !== 'malformed';
}

/** A piece that works on its own: a user token, or a macaroon with an organization, discharged. */
function worksAlone(inspection: TokenInspection): boolean {
  if (!usable(inspection)) return false;
  if (inspection.kind !== 'personal' && inspection.orgIds.length === 0) return false;
  return !inspection.problems.some(p => p.code === 'missing-discharge');
}

/** A legacy personal token (43 characters), as written or encoded. */
const isLegacy = (found: FoundToken): boolean => /^[A-Za-z0-9_-]{43}$/.test(found.token);

function inspectionOf(found: FoundToken): TokenInspection | null {
  if (isLegacy(found)) {
    const inspection = inspectToken(found.token);
    return inspection.kind === 'personal' ? inspection : null;
  }
  const oauth = /fo1_([A-Za-z0-9_-]{43})/.exec(found.token);
  const macaroons = /f[m][12][ra]?_/.test(found.token);
  if (oauth && !macaroons && looksLikePlaceholder(oauth[1] ?? '')) return null;
  const whole = inspectToken(found.token);
  if (usable(whole)) return whole;
  // A bundle that does not decode as a whole may still hold a piece that does: still one literal.
  const pieces = found.token.replace(/^FlyV1 /, '').split(',');
  for (const piece of pieces) {
    const inspection = inspectToken(piece);
    if (worksAlone(inspection)) return inspection;
  }
  return null;
}

/** Every Fly token literal in a text, in order, none overlapping. */
export function findTokenLiterals(text: string): TokenLiteral[] {
  if (!mayHoldToken(text)) return [];
  const literals: TokenLiteral[] = [];
  for (const found of findTokens(text)) {
    const inspection = inspectionOf(found);
    if (inspection === null) continue;
    const shape = isLegacy(found)
      ? 'legacy'
      : /f[m][12][ra]?_/.test(found.token)
        ? 'macaroon'
        : 'oauth';
    literals.push({
      start: found.start,
      end: found.end,
      inspection,
      shape,
      form: found.form,
      wrapped: found.wrapped,
      token: found.token
    });
  }
  return literals;
}
