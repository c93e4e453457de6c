// The right app, offline: a token names its apps by numeric id, a job by name, and only Fly can
// tell whether `web` is app 4455667. Offline that match is not skipped silently: it is an
// `unverified` note (info). App ids given in the `apps` input are matched offline, and one the
// token does not name is `wrong-target`. (The online rules call these when there is no online
// result.)
import type { TokenRuleContext } from '../context.js';
import { fixFor } from '../fix.js';
import type { Finding } from '../types.js';
import { advice } from '../types.js';
import { listApps } from './shared.js';

const APP_ID = /^\d+$/;

function tokenAppIds(context: TokenRuleContext): readonly string[] {
  const { inspection } = context;
  return inspection.kind === 'malformed' || inspection.kind === 'personal' ? [] : inspection.appIds;
}

/** `unverified` (info): the job's apps are names, the token's ids; offline they cannot be matched. */
export function offlineAppMatch(context: TokenRuleContext): Finding[] {
  const ids = tokenAppIds(context);
  const names = context.needs.apps.filter(app => !APP_ID.test(app));
  if (context.online || ids.length === 0 || names.length === 0) return [];
  const scoped = ids.length === 1 ? `app id ${ids[0]}` : `app ids ${ids.join(', ')}`;
  return [
    {
      rule: 'unverified',
      severity: 'info',
      message:
        `Not checked that this token is for ${listApps(names)}: the token names ${scoped}, the ` +
        'job names apps by name, and offline the two cannot be matched. App match needs `online: true`.',
      fix: advice(
        'Run the check with `online: true` (the default), or give the app ids in the `apps` input to match them offline.'
      )
    }
  ];
}

/** `wrong-target`, offline: an app id given in `apps` that the token is not scoped to. */
export function offlineIdMismatch(context: TokenRuleContext): Finding[] {
  const ids = tokenAppIds(context);
  if (context.online || ids.length === 0) return [];
  const scoped = ids.length === 1 ? `app id ${ids[0]}` : `app ids ${ids.join(', ')}`;
  return context.needs.apps
    .filter(app => APP_ID.test(app) && !ids.includes(app))
    .map(app => ({
      rule: 'wrong-target',
      severity: 'high',
      message: `This token cannot be used for app id ${app}, which this job needs: the token is scoped to ${scoped}.`,
      fix: fixFor(context, { revokeOld: false })
    }));
}
