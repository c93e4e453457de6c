// Input string -> decoded bundle, read as Fly's server reads a header (flyio.ParseBundle, then
// what Bundle.Verify refuses offline): header pieces, macaroons with roles, permission tokens
// paired with their discharges, problems and formatting hints. Pure and linear; never throws.
import {
  assignRoles,
  pairGrants,
  relationProblems,
  type DecodedMacaroon,
  type PermissionGrant
} from './bundle.js';
import { isSchemeOnly, parseHeader, type HeaderPiece, type ParsedHeader } from './header.js';
import { headerFormatting, hint } from './hints.js';
import { MAX_INPUT_BYTES, MAX_TOKEN_PIECES } from './limits.js';
import type { Macaroon } from './macaroon.js';
import { decodeMacaroonPiece, pieceProblem } from './pieces.js';
import { problem } from './problems.js';
import type { FormattingIssue, TokenProblem } from './types.js';
import { macaroonRefusal, verifyGrants } from './verify.js';

export { PERMISSION_LOCATION, type DecodedMacaroon, type PermissionGrant } from './bundle.js';

export interface DecodedToken {
  header: ParsedHeader;
  /** Empty when the input is malformed (the token cannot be used). */
  macaroons: DecodedMacaroon[];
  userTokenCount: number;
  /** Permission tokens with their discharges, as far as Fly's verifier may accept them. */
  grants: PermissionGrant[];
  /** Permission tokens Fly's verifier refuses whatever the access (see verify.ts). */
  rejected: PermissionGrant[];
  problems: TokenProblem[];
  formatting: FormattingIssue[];
  /** A fatal problem: the token is unusable and reported as `malformed`. */
  malformed: boolean;
}

function emptyBundle(
  header: ParsedHeader,
  problems: TokenProblem[],
  fmt: FormattingIssue[]
): DecodedToken {
  return {
    header,
    macaroons: [],
    userTokenCount: 0,
    grants: [],
    rejected: [],
    problems,
    formatting: fmt,
    malformed: true
  };
}

/** Decode an Authorization value, bundle or single token. */
export function decodeToken(input: string): DecodedToken {
  const text = typeof input === 'string' ? input : '';
  if (Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) {
    const header = parseHeader('');
    const message = `token is too large (over ${MAX_INPUT_BYTES} bytes); real Fly tokens are under 2 KiB`;
    return emptyBundle(header, [problem('too-large', message, true)], []);
  }
  const header = parseHeader(text);
  if (header.trimmed === '')
    return emptyBundle(header, [problem('empty', 'empty token', true)], []);
  if (header.pieces.length > MAX_TOKEN_PIECES) {
    const message = `token has ${header.pieces.length} comma-separated pieces (over ${MAX_TOKEN_PIECES}); real Fly tokens have a few`;
    return emptyBundle(header, [problem('too-large', message, true)], []);
  }
  const hasMacaroons = header.pieces.some(p => p.kind === 'macaroon');
  const fmt = headerFormatting(header, hasMacaroons);
  if (isSchemeOnly(header)) {
    return emptyBundle(header, [problem('scheme-only', 'only a scheme, no token', true)], fmt);
  }

  const problems: TokenProblem[] = [];
  /** Problems of macaroon pieces that did not decode: Fly's bundle parser drops such pieces. */
  const unreadable = new Set<TokenProblem>();
  const decoded: Array<{ macaroon: Macaroon; piece: HeaderPiece }> = [];
  let userTokenCount = 0;
  let lineBreaks = false;
  for (const piece of header.pieces) {
    if (piece.kind === 'oauth-user-token' || piece.kind === 'legacy-user-token') {
      userTokenCount++;
    } else if (piece.kind === 'macaroon') {
      const outcome = decodeMacaroonPiece(piece, header.pieces.length);
      for (const p of outcome.problems) {
        problems.push(p);
        unreadable.add(p);
      }
      lineBreaks ||= outcome.lineBreaks;
      if (outcome.macaroon) decoded.push({ macaroon: outcome.macaroon, piece });
    } else {
      problems.push(pieceProblem(piece, header.pieces.length));
    }
  }
  if (lineBreaks) fmt.push(hint('line-break-inside'));
  const fatal = problems.filter(p => p.fatal);
  if (fatal.length > 0 && !fatal.every(p => unreadable.has(p))) {
    return emptyBundle(header, problems, fmt);
  }

  const macaroons = assignRoles(decoded);
  const paired = pairGrants(macaroons, d => macaroonRefusal(d) === null);
  const relations = relationProblems(macaroons, paired);
  const verified = verifyGrants(paired, userTokenCount > 0);
  if (fatal.length > 0) {
    // Fly drops the unreadable pieces; when the rest works without them, they are only untidy.
    const restWorks =
      verified.grants.length > 0 && !relations.some(p => p.code === 'missing-discharge');
    if (!restWorks) return emptyBundle(header, problems, fmt);
    for (const p of fatal) fmt.push({ code: 'ignored-piece', message: droppedPieceMessage(p) });
  }
  const kept = [...problems.filter(p => !unreadable.has(p)), ...relations, ...verified.problems];
  if (kept.some(p => p.fatal)) return emptyBundle(header, kept, fmt);
  return {
    header,
    macaroons,
    userTokenCount,
    grants: verified.grants,
    rejected: verified.rejected,
    problems: kept,
    formatting: fmt,
    malformed: false
  };
}

function droppedPieceMessage(p: TokenProblem): string {
  return `${p.message}; Fly's parser drops that piece and the rest of the token works, but store the token without it`;
}
