// Lifetimes as people write them for flyctl's `-x`: `30m`, `2h`, `90s`, `1h30m`.
import { MAX_TTL_SECONDS, MIN_TTL_SECONDS } from './types.js';

type TtlResult = { ok: true; seconds: number } | { ok: false; message: string };

const DURATION = /^(?:(\d{1,6})h)?(?:(\d{1,8})m)?(?:(\d{1,10})s)?$/;

/** Parse and range-check a lifetime (60 s to 24 h). Messages quote only the short input text. */
export function parseTtl(text: string): TtlResult {
  const value = text.trim();
  // Echo only values shorter than a secret fragment (8 characters): a pasted token never is.
  const shown = /^[\w.+-]{1,7}$/.test(value) ? `'${value}'` : 'given';
  if (value === '') return { ok: false, message: 'the lifetime is empty: use e.g. 30m, 2h or 90s' };
  if (/^\d+$/.test(value)) {
    return { ok: false, message: `the lifetime ${shown} needs a unit: e.g. 30m, 2h or 90s` };
  }
  const match = DURATION.exec(value);
  if (!match) {
    return {
      ok: false,
      message: `the lifetime ${shown} is not a duration like 30m, 2h, 90s or 1h30m`
    };
  }
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return checkTtlSeconds(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds), shown);
}

/** Range-check a lifetime in seconds. */
export function checkTtlSeconds(seconds: number, shown: string = `'${seconds}s'`): TtlResult {
  if (!Number.isSafeInteger(seconds)) {
    return { ok: false, message: 'the lifetime must be a whole number of seconds' };
  }
  if (seconds < MIN_TTL_SECONDS || seconds > MAX_TTL_SECONDS) {
    return {
      ok: false,
      message: `the lifetime ${shown} is out of range: it must be from 60s (1 minute) to 24h`
    };
  }
  return { ok: true, seconds };
}
