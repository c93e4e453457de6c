// Builds the Authorization headers Fly expects from whatever the user pasted, the way flyctl does:
// macaroons go as `FlyV1 <macaroons>`, user tokens (fo1_, legacy) as `Bearer <token>`.

/** The Authorization header values to send, one per API. */
export interface FlyAuthorization {
  /** Machines API: `FlyV1 <macaroons>` when the input holds any, else `Bearer <user tokens>`. */
  machines: string;
  /** GraphQL, the only API that takes macaroons and user tokens in one header. */
  graphql: string;
  /** Whether the header carries macaroons (FlyV1) rather than only user tokens (Bearer). */
  macaroons: boolean;
}

const MACAROON_LABELS = new Set(['fm1r', 'fm1a', 'fm2']);
const SCHEME = /^(?:flyv1|bearer)\s+/i;
const BARE_SCHEME = /^(?:flyv1|bearer)$/i;
/** Visible ASCII only: anything else cannot travel in an HTTP header. */
const HEADER_SAFE_PIECE = /^[\x21-\x7e]+$/;

/** Trims and strips any leading `FlyV1 ` / `Bearer ` schemes, nested ones included. */
export function stripAuthorizationScheme(input: string): string {
  let rest = input.trim();
  while (SCHEME.test(rest)) rest = rest.replace(SCHEME, '').trim();
  // A scheme with nothing after it ("FlyV1 " trimmed) carries no token.
  return BARE_SCHEME.test(rest) ? '' : rest;
}

/**
 * The headers for `input` (a token, a bundle, or a full `FlyV1 ...` header), or null when nothing
 * sendable is left: empty input, or characters a header cannot carry.
 */
export function flyAuthorization(input: string): FlyAuthorization | null {
  const pieces = stripAuthorizationScheme(input)
    .split(',')
    .map(piece => piece.trim())
    .filter(piece => piece !== '');
  if (pieces.length === 0 || !pieces.every(piece => HEADER_SAFE_PIECE.test(piece))) return null;

  const macaroons = pieces.filter(piece => MACAROON_LABELS.has(piece.split('_', 1)[0] ?? ''));
  const userTokens = pieces.filter(piece => !macaroons.includes(piece));
  if (macaroons.length === 0) {
    const bearer = `Bearer ${userTokens.join(',')}`;
    return { machines: bearer, graphql: bearer, macaroons: false };
  }
  return {
    machines: `FlyV1 ${macaroons.join(',')}`,
    graphql: `FlyV1 ${[...macaroons, ...userTokens].join(',')}`,
    macaroons: true
  };
}
