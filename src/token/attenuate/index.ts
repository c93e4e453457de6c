// Offline attenuation of Fly macaroon tokens: narrow a broad token to one job. Pure, no I/O.
export type * from './types.js';
export {
  ATTENUATION_ACCESSES,
  MAX_TTL_SECONDS,
  MIN_TTL_SECONDS,
  CLOCK_SKEW_SECONDS
} from './types.js';
export { attenuate } from './attenuate.js';
export { parseTtl, checkTtlSeconds, type TtlResult } from './ttl.js';
export { splitCommandLine, type SplitResult } from './command-line.js';
export { describeAttenuated, describeActions, type AttenuationSummary } from './describe.js';
export { splitMacaroon, joinMacaroon, authorizationHeader } from './wire.js';
export type { MacaroonParts, RawCaveat } from './wire.js';
export { deployCaveat, SSH_MUTATIONS } from './plan.js';
export * as caveatBytes from './caveat-bytes.js';
