// The decoder's problem and formatting messages, made safe to repeat: token-like runs redacted,
// and our own wording by code when the decoder had to redact its message (or gave none).
import type {
  FormattingIssue,
  FormattingIssueCode,
  TokenProblem,
  TokenProblemCode
} from '../../token/types.js';
import { redactTokenShapes, TOKEN_SHAPE } from '../../token/token-shape.js';

const PROBLEM_TEXT: Partial<Record<TokenProblemCode, string>> = {
  empty: 'the value is empty',
  'too-large': 'the value is too large to be a Fly.io token',
  'scheme-only': 'only a scheme, no token after it',
  'no-underscore': 'a piece has no label (Fly tokens start with fm2_ or fo1_)',
  'unknown-label': 'a piece has a label Fly does not use',
  'url-safe-base64': 'URL-safe base64, where Fly uses the standard alphabet (+ and /)',
  'unpadded-base64': 'base64 without its = padding',
  'bad-base64': 'the body is not valid base64',
  truncated: 'the token was cut off',
  'not-msgpack': 'a body is not a macaroon (not MessagePack)',
  'bad-structure': 'a macaroon does not have the structure Fly uses',
  'empty-body': 'a label with an empty body',
  'empty-piece': 'an empty piece between commas',
  'unrecognised-piece': 'a piece that is not a Fly.io token',
  'no-permission-token': 'no permission token, only discharges',
  'missing-discharge': 'a third-party caveat has no discharge',
  'rejected-by-fly': "Fly's verifier rejects a permission token",
  'unregistered-caveat': 'a caveat of a type Fly does not register',
  'analysis-limited': 'the token is too complex to analyse completely',
  'internal-error': 'the token could not be analysed'
};

const FORMATTING_TEXT: Partial<Record<FormattingIssueCode, string>> = {
  'surrounding-whitespace': 'whitespace or a newline around the value',
  'scheme-missing': 'no FlyV1 scheme in front of the macaroons',
  'scheme-doubled': 'the scheme is written twice',
  'bearer-scheme': 'a Bearer scheme, where macaroons take FlyV1',
  'space-after-comma': 'a space after a comma between tokens',
  'line-break-inside': 'a line break inside the value',
  'ignored-piece': 'an extra piece Fly cannot read and drops'
};

function usable(message: string): string | null {
  const text = redactTokenShapes(message, TOKEN_SHAPE.fragment).trim().replace(/\.$/, '');
  return text === '' || text.includes('[redacted') ? null : text;
}

export function problemText(problem: TokenProblem): string {
  const own = usable(problem.message);
  if (own !== null) return own;
  const text = PROBLEM_TEXT[problem.code] ?? `problem "${problem.code}"`;
  return problem.piece === undefined ? text : `piece ${problem.piece + 1}: ${text}`;
}

export function formattingText(issue: FormattingIssue): string {
  return usable(issue.message) ?? FORMATTING_TEXT[issue.code] ?? `formatting "${issue.code}"`;
}
