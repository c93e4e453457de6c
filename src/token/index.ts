// The offline token engine: parse, decode, evaluate and classify Fly.io tokens. Pure, no I/O.
export type * from './types.js';
export { inspectToken, inspectDecoded } from './inspect.js';
export { decodeToken, PERMISSION_LOCATION, KNOWN_THIRD_PARTY_LOCATIONS } from './decode.js';
export type { DecodedToken, DecodedMacaroon, PermissionGrant } from './decode.js';
export { tokenFragments } from './fragments.js';
export { authScheme, normalizeHeader, parseHeader } from './header.js';
export type { AuthScheme, ParsedHeader, HeaderPiece } from './header.js';
export {
  allows,
  bundleAllows,
  checkAccess,
  checkCaveats,
  grantCaveats,
  normalizeAccess
} from './access.js';
export { classify, grantKind, profileGrant } from './classify.js';
export { actionLetters, actionMask } from './actions.js';
export { caveatDefinition, registeredCaveatTypes, decodeCaveatSet } from './caveats/registry.js';
export type { Caveat, CaveatDefinition } from './caveats/caveat.js';
export { MAX_INPUT_BYTES } from './limits.js';
export { scrubFragments } from './scrub.js';
