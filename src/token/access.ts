// The access evaluator: what Fly's `macaroon.Validate` would decide for one access, over a
// caveat list, a permission token with its discharges, or a whole bundle ("any token allows").
// Validity windows are checked only when the access carries `now`; 3P, BindToParentToken and
// attestations are left out at the top level, as Fly's verifier does.
import { ACTION_BITS, actionLetters, actionMask } from './actions.js';
import {
  accessShapeError,
  ALLOW,
  deny,
  type NormalizedAccess,
  type Verdict
} from './access-model.js';
import type { Caveat } from './caveats/caveat.js';
import type { DecodedToken, PermissionGrant } from './decode.js';
import type { AccessDecision, ActionLetters, TokenAccess } from './types.js';

/** Every access except the action: what `allowedMask` asks about each action bit. */
export type AccessTarget = Omit<NormalizedAccess, 'action'>;

function parseId(value: string | number | bigint | undefined, what: string): bigint | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'bigint' && value >= 0n) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return BigInt(value);
  throw new RangeError(`invalid ${what} id`);
}

/** The public access shape -> the evaluator's; a string explains an unusable access. */
function normalizeAccess(access: TokenAccess): NormalizedAccess | string {
  try {
    const out: NormalizedAccess = { action: actionMask(access.action ?? '') };
    const orgId = parseId(access.orgId, 'org');
    const appId = parseId(access.appId, 'app');
    if (orgId !== undefined) out.orgId = orgId;
    if (appId !== undefined) out.appId = appId;
    const strings = [
      'feature',
      'appFeature',
      'volume',
      'machine',
      'machineFeature',
      'mutation',
      'cluster',
      'storageObject',
      'sourceMachine',
      'sourceApp',
      'sourceOrganization'
    ] as const;
    for (const key of strings) {
      const value = access[key];
      if (typeof value === 'string') out[key] = value;
    }
    if (Array.isArray(access.command)) out.command = access.command.map(String);
    if (access.now instanceof Date && !Number.isNaN(access.now.getTime())) {
      out.now = Math.floor(access.now.getTime() / 1000);
    }
    return out;
  } catch (error) {
    return error instanceof RangeError ? error.message : 'invalid access';
  }
}

/** Validate one access against a caveat list (all must allow it). */
function checkCaveats(caveats: readonly Caveat[], access: NormalizedAccess): Verdict {
  const shape = accessShapeError(access);
  if (shape !== null) return deny(`invalid access: ${shape}`);
  for (const caveat of caveats) {
    if (caveat.isAttestation || caveat.verificationOnly) continue;
    const verdict = caveat.prohibits(access);
    if (!verdict.ok) return verdict;
  }
  return ALLOW;
}

/** Every action bit the caveats allow on the target (each checked on its own, as Fly would). */
export function allowedMask(caveats: readonly Caveat[], target: AccessTarget): number {
  let mask = 0;
  for (const bit of ACTION_BITS) {
    if (checkCaveats(caveats, { ...target, action: bit }).ok) mask |= bit;
  }
  return mask;
}

/** `allows(caveats, access)`: the action letters the caveats allow for this access. */
export function allows(caveats: readonly Caveat[], access: TokenAccess): ActionLetters {
  const normalized = normalizeAccess(access);
  return typeof normalized === 'string' ? '' : actionLetters(allowedMask(caveats, normalized));
}

/** A permission token's caveats plus those of its paired discharges. */
function grantCaveats(grant: PermissionGrant): Caveat[] {
  return [...grant.token.caveats, ...grant.discharges.flatMap(d => d.caveats)];
}

/** Ask a whole token: allowed when any permission token (with its discharges) allows it. */
export function checkAccess(token: DecodedToken, access: TokenAccess): AccessDecision {
  const normalized = normalizeAccess(access);
  if (typeof normalized === 'string')
    return { allowed: false, allowedBy: [], reasons: [normalized] };
  const allowedBy: number[] = [];
  const reasons: string[] = [];
  for (const grant of token.grants) {
    const verdict = checkCaveats(grantCaveats(grant), normalized);
    if (verdict.ok) allowedBy.push(grant.token.index);
    else reasons.push(`token ${grant.token.index + 1}: ${verdict.reason}`);
  }
  return { allowed: allowedBy.length > 0, allowedBy, reasons: allowedBy.length ? [] : reasons };
}

/** The action letters a whole token allows for this access (union over its permission tokens). */
export function bundleAllows(token: DecodedToken, access: TokenAccess): ActionLetters {
  const normalized = normalizeAccess(access);
  if (typeof normalized === 'string') return '';
  let mask = 0;
  for (const grant of token.grants) mask |= allowedMask(grantCaveats(grant), normalized);
  return actionLetters(mask);
}
