// Can this token grant what is asked? Attenuation only ever removes power, so asking for
// something the token cannot do would yield a token that fails at the first deploy. These checks
// ask the access evaluator (the same one `inspect` uses) and explain refusals in plain words.
import { allCaveats } from '../caveats/caveat.js';
import { ValidityWindowCaveat } from '../caveats/validity-window.js';
import { mergeResources } from '../facts.js';
import {
  actionLetters,
  actionMask,
  bundleAllows,
  type DecodedToken,
  type PermissionGrant,
  type TokenAccess
} from '../index.js';
import { SSH_MUTATIONS } from './plan.js';
import type { ValidRequest } from './request.js';
import { CLOCK_SKEW_SECONDS } from './types.js';
import { isoFromUnix } from '../time.js';

type Check =
  { ok: true } | { ok: false; code: 'cannot-grant' | 'expired' | 'never-valid'; reason: string };

const OK: Check = { ok: true };
const WRITE_BITS = actionMask('wcdC');
/** Any machine: the probe only needs the access to name one. */
const PROBE_MACHINE = 'any-machine';

function describeAllowed(letters: string): string {
  return letters === '' ? 'nothing' : `only '${letters}'`;
}

/** The union of what the bundle allows for `target` in any of its orgs. */
function allowedAnywhere(token: DecodedToken, target: Omit<TokenAccess, 'orgId'>): number {
  const orgs = [...new Set(token.grants.flatMap(grantOrgIds))];
  let mask = 0;
  for (const orgId of orgs.length ? orgs : [0n])
    mask |= actionMask(bundleAllows(token, { ...target, orgId }));
  return mask;
}

function cannot(reason: string): Check {
  return { ok: false, code: 'cannot-grant', reason };
}

/** deploy: the token must already write each app. */
function checkDeploy(token: DecodedToken, appId: bigint): Check {
  const app = allowedAnywhere(token, { appId });
  if ((app & actionMask('w')) !== 0) return OK;
  const allowed = describeAllowed(actionLetters(app));
  return cannot(
    `the token cannot write app ${appId} (it allows ${allowed} there), so it cannot deploy it`
  );
}

/** ssh: the token must already issue SSH certificates for each app. */
function checkSsh(token: DecodedToken, appId: bigint): Check {
  const ssh = allowedAnywhere(token, { appId, mutation: SSH_MUTATIONS[0] as string });
  if ((ssh & WRITE_BITS) !== 0) return OK;
  return cannot(
    `the token cannot issue SSH certificates for app ${appId}, so it cannot be narrowed to ssh for it`
  );
}

/** machine-exec: the token must already run each requested command on the app's machines. */
function checkExec(token: DecodedToken, appId: bigint, commands: ValidRequest['commands']): Check {
  for (const [index, command] of commands.entries()) {
    const any = command.args.length === 0;
    const access = { appId, machine: PROBE_MACHINE, command: any ? ['sh'] : [...command.args] };
    if ((allowedAnywhere(token, access) & WRITE_BITS) !== 0) continue;
    if (any) {
      return cannot(
        `the token cannot run arbitrary commands on machines of app ${appId}: name the commands it may run`
      );
    }
    const which = commands.length === 1 ? 'the command' : `command ${index + 1}`;
    return cannot(`the token cannot run ${which} on machines of app ${appId}`);
  }
  return OK;
}

function checkApps(token: DecodedToken, request: ValidRequest): Check {
  for (const appId of request.appIds) {
    const verdict =
      request.access === 'ssh'
        ? checkSsh(token, appId)
        : request.access === 'machine-exec'
          ? checkExec(token, appId, request.commands)
          : checkDeploy(token, appId);
    if (!verdict.ok) return verdict;
  }
  return OK;
}

/** The org ids a permission token's own caveats name (IfPresent included; 0 = any is not an org). */
export function grantOrgIds(grant: PermissionGrant): bigint[] {
  return mergeResources([grant.token]).orgIds;
}

/** readonly: every permission token names exactly one org, and the token may read it. */
function checkReadonly(token: DecodedToken): Check {
  for (const grant of token.grants) {
    const orgs = grantOrgIds(grant);
    const which =
      token.grants.length === 1 ? 'the token' : `permission token ${grant.token.index + 1}`;
    if (orgs.length === 0) {
      return cannot(
        `${which} names no organization, so it cannot be narrowed to readonly (which is "read this org")`
      );
    }
    if (orgs.length > 1)
      return cannot(`${which} names several organizations; readonly needs exactly one`);
    const orgId = orgs[0] as bigint;
    if (!bundleAllows(token, { orgId }).includes('r')) {
      return cannot(
        `the token cannot read organization ${orgId}, so a readonly token made from it would be useless`
      );
    }
  }
  return OK;
}

export function checkGrantable(token: DecodedToken, request: ValidRequest): Check {
  return request.access === 'readonly' ? checkReadonly(token) : checkApps(token, request);
}

/** The new window intersected with every window already in the bundle must still hold `now`. */
export function checkValidity(token: DecodedToken, request: ValidRequest): Check {
  const windows = token.macaroons
    .flatMap(m => allCaveats(m.caveats))
    .filter((c): c is ValidityWindowCaveat => c instanceof ValidityWindowCaveat);
  let notAfter = request.now + BigInt(request.ttlSeconds);
  let notBefore = request.now - BigInt(CLOCK_SKEW_SECONDS);
  for (const w of windows) {
    if (w.notAfter < notAfter) notAfter = w.notAfter;
    if (w.notBefore > notBefore) notBefore = w.notBefore;
  }
  if (notAfter < request.now) {
    return {
      ok: false,
      code: 'expired',
      reason: `the token expired at ${isoFromUnix(notAfter)}; narrowing cannot make it valid again`
    };
  }
  if (notBefore > notAfter) {
    return {
      ok: false,
      code: 'never-valid',
      reason: `the token is not valid before ${isoFromUnix(notBefore)}, after the requested lifetime ends: the new token would never be usable`
    };
  }
  return OK;
}
