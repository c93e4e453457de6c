// When a token expires, said the same way everywhere (summaries, terminal, outputs). A personal
// token's expiry is not in the token: its user part outlives any macaroon bundled with it (a
// `fly auth token` bundle), so a date read from those macaroons would mislead either way.
import type { TokenKind } from '../token/types.js';
import { formatCountdown } from './time.js';
import { formatDate } from '../rules/token/time.js';

type Expiry =
  | { state: 'at'; iso: string }
  | { state: 'never' }
  | { state: 'unknown' }
  /** Nothing to say: the token could not be read, or there is none. */
  | { state: 'none' };

export function expiryOf(kind: TokenKind | 'missing', expiresAt: string | null): Expiry {
  if (kind === 'malformed' || kind === 'missing') return { state: 'none' };
  if (kind === 'personal') return { state: 'unknown' };
  return expiresAt === null ? { state: 'never' } : { state: 'at', iso: expiresAt };
}

export const UNKNOWN_EXPIRY = 'unknown (a personal token does not record its expiry)';
const NEVER_EXPIRES = 'never (the token has no expiry)';

/** "2045-07-04 10:33 UTC (in 7124 days)"; with no clock, the date alone. */
export function expiryText(expiry: Expiry, now?: Date): string {
  switch (expiry.state) {
    case 'at':
      return now === undefined
        ? formatDate(expiry.iso)
        : `${formatDate(expiry.iso)} (${formatCountdown(expiry.iso, now)})`;
    case 'never':
      return NEVER_EXPIRES;
    case 'unknown':
      return UNKNOWN_EXPIRY;
    case 'none':
      return '—';
  }
}

/** The `expires-at` output: ISO instant, `unknown`, or empty when it never expires. */
export function expiresAtOutput(expiry: Expiry): string {
  return expiry.state === 'at' ? expiry.iso : expiry.state === 'unknown' ? 'unknown' : '';
}
