// Needs carry command text from workflow files into reports. A token pasted into a workflow
// (`flyctl deploy -t FlyV1 fm2_...`) must not travel with it: Fly token shapes are replaced.
// The model itself keeps the raw text, so the scanner can find and decode such literals.

export const REDACTED_TOKEN = '[redacted Fly token]';

const TOKEN_SHAPES: RegExp[] = [
  // `FlyV1 tok,tok,...` bundles, with or without quotes around them.
  /FlyV1\s+[^\s"'`]+/gi,
  // Macaroons and OAuth tokens by their labels.
  /\b(?:fm2|fm1r|fm1a)_[A-Za-z0-9+/=_-]{8,}/g,
  /\bfo1_[A-Za-z0-9_-]{8,}/g
];

/** Length of a legacy personal token: URL-safe base64 characters standing alone. */
const LEGACY_TOKEN_LENGTH = 43;

export function redactTokenLiterals(text: string): string {
  let out = text;
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED_TOKEN);
  return redactLegacyTokens(out);
}

function isTokenChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 95 || // _
    code === 45 // -
  );
}

/**
 * Replaces every run of exactly 43 URL-safe base64 characters (what
 * `/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g` matches) in one linear pass: the
 * regex retried its 43-character window at every position of every command text.
 */
function redactLegacyTokens(text: string): string {
  if (text.length < LEGACY_TOKEN_LENGTH) return text;
  let out = '';
  let copied = 0;
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const inRun = i < text.length && isTokenChar(text.charCodeAt(i));
    if (inRun) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart === LEGACY_TOKEN_LENGTH) {
      out += text.slice(copied, runStart) + REDACTED_TOKEN;
      copied = i;
    }
    runStart = -1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
