// Whether text carries Fly token material, judged on shape alone: the guard for text that
// find-tokens.ts cannot vouch for, since a cut, garbled or mistyped token decodes to nothing yet
// must still stay out of commands, messages and inputs. One rule; how long a run of token
// characters must be, and whether it must look random, depends on what the text is (TOKEN_SHAPE).

interface TokenShape {
  /** Shortest run of base64url characters (`A-Za-z0-9_-`) that counts. */
  urlSafeRun: number;
  /** Shortest run that also holds standard base64's `+/=` (paths hold `/` too). */
  base64Run: number;
  /** Whether a run must also look random (both cases, and a digit or `+/=`) to count. */
  random: boolean;
}

export const TOKEN_SHAPE = {
  /**
   * Text we write into a command, evidence or message (app names, commands, decoder text): any
   * random run as long as a fragment worth hiding.
   */
  fragment: { urlSafeRun: 16, base64Run: 16, random: true },
  /**
   * A value a person configured (action inputs, CLI options), which may be a name, a list, a path
   * or a URL: a legacy token is 43 base64url characters, a macaroon body without label is longer.
   */
  value: { urlSafeRun: 40, base64Run: 80, random: true },
  /**
   * Text from outside (Fly's error bodies, network errors): any long run, random-looking or not,
   * since it may be someone's secret.
   */
  outside: { urlSafeRun: 32, base64Run: 32, random: false }
} as const satisfies Record<string, TokenShape>;

/** A token label or the FlyV1 scheme (also URL-encoded): no name, path or word holds one. */
const MARKER = /(?:fm1[ra]|fm2|fo1)_|flyv1(?:\s|%20|\+)/i;
/** A label with the start of a body. */
const LABELLED = /(?:fm1[ra]|fm2|fo1)_[A-Za-z0-9+/=_-]{4,}/gi;
const BASE64_RUN = /[A-Za-z0-9+/=_-]+/g;
const URL_SAFE_RUN = /[A-Za-z0-9_-]+/g;
/** UUIDs (token identities `<uuid>@tokens.fly.io`, request ids) are hashes, not secrets. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Random text has both cases and a digit or symbol; words, names and paths rarely do. */
function looksRandom(run: string): boolean {
  return /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9+/=]/.test(run);
}

function isTokenRun(run: string, minLength: number, shape: TokenShape): boolean {
  return run.length >= minLength && !UUID.test(run) && (!shape.random || looksRandom(run));
}

/** `text` with each token-shaped run replaced by `replace(run)`. */
function replaceRuns(text: string, shape: TokenShape, replace: (run: string) => string): string {
  return text.replace(BASE64_RUN, run =>
    isTokenRun(run, shape.base64Run, shape)
      ? replace(run)
      : run.replace(URL_SAFE_RUN, part =>
          isTokenRun(part, shape.urlSafeRun, shape) ? replace(part) : part
        )
  );
}

/** A Fly token's label or scheme: what a GitHub token never contains. */
export function hasTokenMarker(value: string): boolean {
  return MARKER.test(value);
}

function carriesToken(text: string, shape: TokenShape): boolean {
  // Cutting the token-shaped runs changes the text exactly when there is one.
  return MARKER.test(text) || replaceRuns(text, shape, () => '') !== text;
}

/** Whether `value` (as written, or URL-decoded) could carry token material. */
export function looksLikeToken(value: string, shape: TokenShape): boolean {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // A broken escape: read the text as written.
  }
  return carriesToken(value, shape) || (decoded !== value && carriesToken(decoded, shape));
}

/** `text` with labelled pieces and token-shaped runs replaced by `replacement`. */
export function redactTokenShapes(
  text: string,
  shape: TokenShape,
  replacement = '[redacted]'
): string {
  return replaceRuns(text.replace(LABELLED, replacement), shape, () => replacement);
}
