// The one value the engine returns for a token check; reporters only render it.
import type { OnlineVerification } from '../fly/types.js';
import type { Finding, Severity, Verdict } from '../rules/types.js';
import type { TokenInspection } from '../token/types.js';
import type { Needs } from '../workflow/types.js';
import type { Scope } from './scope.js';

export interface CheckReport {
  verdict: Verdict;
  failOn: Severity | 'never';
  /** When the check ran: expiry countdowns are relative to it. */
  checkedAt: string;
  token: TokenInspection;
  scope: Scope;
  needs: Needs;
  /** Workflow and job the needs were inferred from, when they were. */
  job?: { workflow: string; job: string };
  findings: Finding[];
  /** The exact command that mints the narrowest token the job needs; null when unknown. */
  recommendation: string | null;
  online?: OnlineVerification;
  /** `true` accepted by Fly, `false` rejected, `unknown` offline or unverifiable. */
  valid: 'true' | 'false' | 'unknown';
  /** App names (online) keyed by app id, for display. */
  appNames: Record<string, string>;
  /** Org slugs (online) keyed by org id, for display. */
  orgNames: Record<string, string>;
  /** Things worth saying that are not findings (e.g. why needs could not be inferred). */
  notes: string[];
}
