// Needs carry command text from workflow files into reports. A token pasted into a workflow
// (`flyctl deploy -t FlyV1 fm2_...`) must not travel with it: Fly token shapes are replaced.
// The model itself keeps the raw text, so the scanner can find and decode such literals.

export const REDACTED_TOKEN = '[redacted Fly token]';

const TOKEN_SHAPES: RegExp[] = [
  // `FlyV1 tok,tok,...` bundles, with or without quotes around them.
  /FlyV1\s+[^\s"'`]+/gi,
  // Macaroons and OAuth tokens by their labels.
  /\b(?:fm2|fm1r|fm1a)_[A-Za-z0-9+/=_-]{8,}/g,
  /\bfo1_[A-Za-z0-9_-]{8,}/g,
  // Legacy personal tokens: exactly 43 URL-safe base64 characters standing alone.
  /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g
];

export function redactTokenLiterals(text: string): string {
  let out = text;
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED_TOKEN);
  return out;
}
