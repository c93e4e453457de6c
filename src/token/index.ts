// The offline token engine: parse, decode, evaluate and classify Fly.io tokens. Pure, no I/O.
export type * from './types.js';
export { inspectToken } from './inspect.js';
export { decodeToken, PERMISSION_LOCATION } from './decode.js';
export type { DecodedToken, PermissionGrant } from './decode.js';
export { tokenFragments } from './fragments.js';
export { authScheme, normalizeHeader, parseHeader } from './header.js';
export { allows, bundleAllows, checkAccess } from './access.js';
export { actionLetters, actionMask } from './actions.js';
export { registeredCaveatTypes, decodeCaveatSet } from './caveats/registry.js';
export type { Caveat } from './caveats/caveat.js';
export { MAX_INPUT_BYTES } from './limits.js';
