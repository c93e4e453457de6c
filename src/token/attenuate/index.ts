// Offline attenuation of Fly macaroon tokens: narrow a broad token to one job. Pure, no I/O.
export type * from './types.js';
export { ATTENUATION_ACCESSES } from './types.js';
export { attenuate } from './attenuate.js';
export { parseTtl } from './ttl.js';
export { splitCommandLine } from './command-line.js';
export { describeAttenuated, describeActions } from './describe.js';
export { splitMacaroon, joinMacaroon, authorizationHeader } from './wire.js';
export { deployCaveat, SSH_MUTATIONS } from './plan.js';
export * as caveatBytes from './caveat-bytes.js';
