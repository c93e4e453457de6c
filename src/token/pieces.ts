// One comma-separated piece of a header: decode a macaroon piece (base64, then msgpack), or say
// precisely why a piece is not a token. Messages never quote the piece.
import { decodeStandardBase64 } from './base64.js';
import { containsGoSpace } from './go-text.js';
import type { HeaderPiece } from './header.js';
import { decodeMacaroon, type Macaroon, type MacaroonResult } from './macaroon.js';
import { BASE64_MESSAGES, piecePrefix, problem, safeLabel } from './problems.js';
import type { TokenProblem } from './types.js';

interface PieceOutcome {
  macaroon?: Macaroon;
  problems: readonly TokenProblem[];
  lineBreaks: boolean;
}

export function decodeMacaroonPiece(piece: HeaderPiece, count: number): PieceOutcome {
  const fatal = (code: TokenProblem['code'], message: string): PieceOutcome => ({
    problems: [problem(code, piecePrefix(piece.index, count) + message, true, piece.index)],
    lineBreaks: false
  });
  if (piece.body === '') return fatal('empty-body', `${piece.label} label with an empty body`);
  const base64 = decodeStandardBase64(piece.body);
  let result: MacaroonResult;
  if (base64.ok) {
    result = decodeMacaroon(base64.bytes);
  } else if (base64.failure === 'unpadded') {
    // Missing padding on an otherwise whole token, or a token cut off mid-way?
    const repaired = base64.repaired ? decodeMacaroon(base64.repaired) : null;
    return repaired?.ok
      ? fatal('unpadded-base64', 'base64 is missing its = padding')
      : fatal('truncated', 'token was cut off (its base64 text is incomplete)');
  } else {
    const [code, message] = BASE64_MESSAGES[base64.failure];
    const spaced = base64.failure === 'bad-characters' && containsGoSpace(piece.body);
    return fatal(code, spaced ? 'contains whitespace inside the token' : message);
  }
  if (!result.ok) return { ...fatal(result.code, result.detail), lineBreaks: base64.hadLineBreaks };
  return { macaroon: result.macaroon, problems: [], lineBreaks: base64.hadLineBreaks };
}

export function pieceProblem(piece: HeaderPiece, count: number): TokenProblem {
  const prefix = piecePrefix(piece.index, count);
  if (piece.text === '') {
    return problem(
      'empty-piece',
      `piece ${piece.index + 1} of ${count} is empty (a stray comma)`,
      true,
      piece.index
    );
  }
  if (piece.label === 'fo1') {
    const message = 'looks like a user token (fo1_) but is not fo1_ followed by 43 characters';
    return problem('unrecognised-piece', prefix + message, true, piece.index);
  }
  if (!piece.hasUnderscore) {
    return problem(
      'no-underscore',
      `${prefix}no label (expected fm2_... or fo1_...)`,
      true,
      piece.index
    );
  }
  return problem(
    'unknown-label',
    `${prefix}unknown label ${safeLabel(piece.label)}`,
    true,
    piece.index
  );
}
