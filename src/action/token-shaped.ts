// Whether an input value carries Fly token material. src/token/ has no shape detector yet, so this
// small one lives here. It is stricter than the rules' looksLikeTokenMaterial (16-character random
// runs) because it refuses inputs: labels, paths and names must never look like a token.

/** The token labels and the FlyV1 scheme (also URL-encoded). */
const LABEL = /(?:fm1[ra]|fm2|fo1)_|flyv1(?:\s|%20|\+)/i;
/** Base64url runs: a legacy personal token is 43 of these, macaroon bodies are longer. */
const URL_SAFE_RUN = /[A-Za-z0-9_-]{40,}/g;
/** Standard base64 runs (with + / =): a macaroon body written without its label. */
const BASE64_RUN = /[A-Za-z0-9+/=_-]{80,}/g;

/** Random text has both cases and a digit; words, names and paths of this length rarely do. */
function looksRandom(run: string): boolean {
  return /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9]/.test(run);
}

/** A Fly token's label or scheme: what a GitHub token never contains. */
export function hasFlyTokenLabel(value: string): boolean {
  return LABEL.test(value);
}

function carriesToken(text: string): boolean {
  if (LABEL.test(text)) return true;
  return [...(text.match(URL_SAFE_RUN) ?? []), ...(text.match(BASE64_RUN) ?? [])].some(looksRandom);
}

export function looksLikeToken(value: string): boolean {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // A broken escape: read the text as written.
  }
  return carriesToken(value) || (decoded !== value && carriesToken(decoded));
}
