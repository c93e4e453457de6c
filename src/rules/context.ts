// What token rules look at: the decoded token, what the job needs, the clock and the options.
import type { OnlineVerification } from '../fly/types.js';
import type { TokenInspection } from '../token/types.js';
import type { Needs } from '../workflow/types.js';

export interface TokenRuleOptions {
  expiryWarningDays: number;
  maxLifetimeDays: number;
  /** Name of the secret the token is stored in, for `gh secret set` lines (default FLY_API_TOKEN). */
  secretName: string;
  /** GitHub environment the job runs in, if any, for `gh secret set --env`. */
  environment?: string;
}

export interface TokenRuleContext {
  inspection: TokenInspection;
  needs: Needs;
  now: Date;
  options: TokenRuleOptions;
  /** Absent when `online: false` or the online half has not run. */
  online?: OnlineVerification;
}
