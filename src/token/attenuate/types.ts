// The attenuation contract: what to narrow a token to, and what comes back.
import type { TokenInspection } from '../types.js';

/** The kinds of token attenuation can make, named as `fly tokens create <kind>` names them. */
export type AttenuationAccess = 'deploy' | 'readonly' | 'ssh' | 'machine-exec';

export const ATTENUATION_ACCESSES: readonly AttenuationAccess[] = [
  'deploy',
  'readonly',
  'ssh',
  'machine-exec'
];

export interface AttenuationRequest {
  /** Fly's numeric app ids, as decimal strings. Required for deploy, ssh and machine-exec. */
  appIds: string[];
  access: AttenuationAccess;
  /** machine-exec only: command lines the token may run exactly (shell-style quoting); none = any. */
  commands?: string[];
  /** Lifetime of the new token: 60 s to 24 h. */
  ttlSeconds: number;
}

export type AttenuationRefusalCode =
  | 'empty'
  | 'malformed'
  | 'personal-token'
  | 'no-permission-token'
  | 'missing-discharge'
  | 'finalized-proof'
  | 'bad-request'
  | 'expired'
  | 'never-valid'
  | 'cannot-grant'
  | 'internal-error';

export type AttenuationResult =
  | {
      ok: true;
      /** `FlyV1 fm2_...,fm2_...`: the new permission token(s), then the original discharges. */
      header: string;
      /** The new token as the decoder sees it. */
      inspection: TokenInspection;
      /** ISO-8601 UTC: the earliest expiry anywhere in the new bundle (never after now + ttl). */
      expiresAt: string;
    }
  | {
      ok: false;
      code: AttenuationRefusalCode;
      /** Why, in plain words; never contains token text. */
      reason: string;
    };

export const MIN_TTL_SECONDS = 60;
export const MAX_TTL_SECONDS = 24 * 60 * 60;
/** The new window starts this long before `now`, for clock skew between CI and Fly. */
export const CLOCK_SKEW_SECONDS = 60;
