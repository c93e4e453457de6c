// The access being checked (flyio.Access, normalised) and what a caveat says about it.
import { actionLetters, isSubsetOf, missingBits } from './actions.js';

/** One action on one resource, ids as bigints; absent fields are resources the access does not name. */
export interface NormalizedAccess {
  action: number;
  orgId?: bigint;
  appId?: bigint;
  feature?: string;
  appFeature?: string;
  volume?: string;
  machine?: string;
  machineFeature?: string;
  mutation?: string;
  cluster?: string;
  command?: readonly string[];
  storageObject?: string;
  sourceMachine?: string;
  sourceApp?: string;
  sourceOrganization?: string;
  /** Unix seconds; when absent, validity windows are not checked. */
  now?: number;
}

/**
 * A caveat's answer. `unspecified` means "the access does not name the resource I constrain":
 * IfPresent treats that as "not present"; anywhere else it is a refusal (Fly's ErrResourceUnspecified).
 */
export type Verdict = { ok: true } | { ok: false; unspecified: boolean; reason: string };

export const ALLOW: Verdict = { ok: true };

export function deny(reason: string): Verdict {
  return { ok: false, unspecified: false, reason };
}

export function unspecified(resource: string): Verdict {
  return { ok: false, unspecified: true, reason: `must specify ${resource}` };
}

/** Every action of the access within `mask` (resset's check); `on` names the resource in refusals. */
export function actionsWithin(action: number, mask: number, on = ''): Verdict {
  if (isSubsetOf(action, mask)) return ALLOW;
  const missing = actionLetters(missingBits(action, mask));
  return deny(`unauthorized for access ${actionLetters(action)}${on} (${missing} not allowed)`);
}

export const LITEFS_FEATURE = 'litefs-cloud';

/**
 * flyio.Access.Validate: an access names one thing on one parent (an org; at most one of app,
 * feature, storage object; app-owned things need the app; commands need a machine). Null when fine.
 */
export function accessShapeError(a: NormalizedAccess): string | null {
  if (a.orgId === undefined) return 'the access must name an organization';
  const count = (...fields: unknown[]): number => fields.filter(f => f !== undefined).length;
  const orgLevel = count(a.appId, a.feature, a.storageObject);
  if (orgLevel > 1) return 'app, feature and storage object are mutually exclusive';
  const appLevel = count(a.machine, a.volume, a.appFeature);
  if (appLevel > 0 && a.appId === undefined) return 'an app-owned resource needs the app';
  if (appLevel > 1) return 'machine, volume and app feature are mutually exclusive';
  if (a.cluster !== undefined) {
    if (a.feature === undefined) return `clusters need the ${LITEFS_FEATURE} feature`;
    if (a.feature !== LITEFS_FEATURE) return `clusters require the ${LITEFS_FEATURE} feature`;
  }
  const machineLevel = count(a.command, a.machineFeature);
  if (machineLevel > 0 && a.machine === undefined)
    return 'a command or machine feature needs the machine';
  if (machineLevel > 1) return 'command and machine feature are mutually exclusive';
  return null;
}
