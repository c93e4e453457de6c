// Checking an AttenuationRequest before any token is touched. Messages name positions, never
// echo values: a secret pasted into the wrong field must not come back in an error.
import type { CommandSpec } from './caveat-bytes.js';
import { splitCommandLine } from './command-line.js';
import { checkTtlSeconds } from './ttl.js';
import { ATTENUATION_ACCESSES, type AttenuationAccess, type AttenuationRequest } from './types.js';

/** At most this many apps or commands in one request (real jobs name a handful). */
const MAX_REQUEST_ITEMS = 64;

const MAX_APP_ID = (1n << 64n) - 1n;

export interface ValidRequest {
  access: AttenuationAccess;
  /** Distinct, sorted, non-zero. */
  appIds: bigint[];
  /** machine-exec: the allowed commands (exact); an empty args list with exact=false means any. */
  commands: CommandSpec[];
  ttlSeconds: number;
  /** Unix seconds. */
  now: bigint;
}

type RequestCheck = { ok: true; request: ValidRequest } | { ok: false; reason: string };

function fail(reason: string): RequestCheck {
  return { ok: false, reason };
}

function ordinal(index: number, count: number): string {
  return count === 1 ? '' : ` ${index + 1} of ${count}`;
}

function parseAppIds(values: readonly unknown[]): bigint[] | string {
  const ids = new Set<bigint>();
  for (const [index, value] of values.entries()) {
    const where = `app id${ordinal(index, values.length)}`;
    if (typeof value !== 'string' || !/^\d{1,20}$/.test(value.trim())) {
      return `${where} is not a decimal number (Fly's numeric app id, e.g. 4455667)`;
    }
    const id = BigInt(value.trim());
    if (id === 0n) return `${where} is 0, which Fly reads as "every app": name the apps`;
    if (id > MAX_APP_ID) return `${where} is larger than any Fly id`;
    ids.add(id);
  }
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function parseCommands(values: readonly unknown[]): CommandSpec[] | string {
  const commands: CommandSpec[] = [];
  for (const [index, value] of values.entries()) {
    const where = `command${ordinal(index, values.length)}`;
    if (typeof value !== 'string') return `${where} is not text`;
    const split = splitCommandLine(value);
    if (!split.ok) return `${where} ${split.message}`;
    commands.push({ args: split.args, exact: true });
  }
  // flyctl: no command given means any command (an empty prefix).
  return commands.length ? commands : [{ args: [], exact: false }];
}

export function validateRequest(request: AttenuationRequest, now: Date): RequestCheck {
  if (request === null || typeof request !== 'object')
    return fail('no attenuation request was given');
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    return fail('the current time is not a valid date');
  const access = request.access;
  if (!ATTENUATION_ACCESSES.includes(access)) {
    return fail(`access must be one of ${ATTENUATION_ACCESSES.join(', ')}`);
  }
  const ttl = checkTtlSeconds(request.ttlSeconds);
  if (!ttl.ok) return fail(ttl.message);

  const rawApps: unknown = request.appIds ?? [];
  if (!Array.isArray(rawApps)) return fail('app ids must be a list');
  if (rawApps.length > MAX_REQUEST_ITEMS)
    return fail(`at most ${MAX_REQUEST_ITEMS} apps per token`);
  const appIds = parseAppIds(rawApps);
  if (typeof appIds === 'string') return fail(appIds);
  if (access !== 'readonly' && appIds.length === 0) {
    return fail(`access ${access} needs at least one app: name the apps the new token is for`);
  }
  if (access === 'readonly' && appIds.length > 0) {
    return fail(
      'access readonly covers the whole organization, as `fly tokens create readonly` does: leave the apps out'
    );
  }

  const rawCommands: unknown = request.commands ?? [];
  if (!Array.isArray(rawCommands)) return fail('commands must be a list');
  if (rawCommands.length > 0 && access !== 'machine-exec') {
    return fail('commands only apply to access machine-exec');
  }
  if (rawCommands.length > MAX_REQUEST_ITEMS)
    return fail(`at most ${MAX_REQUEST_ITEMS} commands per token`);
  const commands = parseCommands(rawCommands);
  if (typeof commands === 'string') return fail(commands);

  return {
    ok: true,
    request: {
      access,
      appIds,
      commands,
      ttlSeconds: ttl.seconds,
      now: BigInt(Math.floor(now.getTime() / 1000))
    }
  };
}
