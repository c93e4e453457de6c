// Token-free wording for every problem. Nothing here ever quotes token text:
// labels are shown only when short and alphanumeric (well under the 8-character fragment limit).
import type { Base64Failure } from './base64.js';
import type { TokenProblem, TokenProblemCode } from './types.js';

export function problem(
  code: TokenProblemCode,
  message: string,
  fatal: boolean,
  piece?: number
): TokenProblem {
  return piece === undefined ? { code, message, fatal } : { code, piece, message, fatal };
}

/** "piece 2 of 3 is malformed: " for multi-piece headers, nothing for a single token. */
export function piecePrefix(index: number, count: number): string {
  return count > 1 ? `piece ${index + 1} of ${count} is malformed: ` : '';
}

/** A label safe to echo: short and alphanumeric, else only its length. */
export function safeLabel(label: string): string {
  return /^[A-Za-z0-9]{1,5}$/.test(label) ? label : `(${label.length} characters)`;
}

export const BASE64_MESSAGES: Record<
  Exclude<Base64Failure, 'unpadded'>,
  [TokenProblemCode, string]
> = {
  'url-safe': [
    'url-safe-base64',
    'base64 uses the URL-safe alphabet (- and _); Fly expects the standard alphabet (+ and /)'
  ],
  'impossible-length': ['truncated', 'token was cut off (its base64 text is incomplete)'],
  'bad-padding': ['bad-base64', 'base64 padding (=) is malformed'],
  'bad-characters': ['bad-base64', 'contains characters that are not base64']
};
