// wrong-target: the token works, but not for the app (or org) this job needs.
import type { AppCheck } from '../../fly/types.js';
import type { TokenRuleContext } from '../context.js';
import { fixFor } from '../fix.js';
import type { Finding, Rule } from '../types.js';
import { offlineIdMismatch } from '../token/app-match.js';
import { detailOf, tokenRejected } from './checks.js';

export const wrongTarget: Rule<TokenRuleContext> = {
  id: 'wrong-target',
  defaultSeverity: 'high',
  title: 'Token is for another app or organization',
  help:
    'Fly accepts the token, but it cannot reach an app this job needs: Fly refuses access (403) ' +
    "or shows no such app to it (404), the app's id is not the one the token is scoped to, or the " +
    "app lives in an organization the token does not name. The job's deploy or command will fail.",
  check(context): Finding[] {
    const online = context.online;
    // A rejected token fails everywhere: invalid-token says so, blaming the target would mislead.
    if (!online) return offlineIdMismatch(context);
    if (tokenRejected(online)) return [];
    const tokenOrgs = context.inspection.orgIds;
    const tokenApps = context.inspection.appIds;
    const findings: Finding[] = [];
    for (const app of online.apps) {
      const why = mismatch(app, tokenApps, tokenOrgs);
      if (why === null) continue;
      findings.push({
        rule: 'wrong-target',
        severity: 'high',
        message: `This token cannot be used for app ${app.app}, which this job needs: ${why}.`,
        fix: fixFor(context, { revokeOld: false })
      });
    }
    return findings;
  }
};

function mismatch(
  app: AppCheck,
  tokenApps: readonly string[],
  tokenOrgs: readonly string[]
): string | null {
  if (app.outcome === 'forbidden' || app.outcome === 'not-found') return detailOf(app);
  if (app.outcome !== 'confirmed') return null;
  if (app.idMatchesToken === false) {
    const scoped =
      tokenApps.length === 1 ? `app id ${tokenApps[0]}` : `app ids ${tokenApps.join(', ')}`;
    return `Fly says its id is ${app.appId ?? 'unknown'}, but the token is scoped to ${scoped}`;
  }
  if (app.orgMatchesToken === false) {
    const owner = app.orgSlug ?? app.orgName ?? app.orgId ?? 'another organization';
    const orgs =
      tokenOrgs.length === 1
        ? `organization ${tokenOrgs[0]}`
        : `organizations ${tokenOrgs.join(', ')}`;
    return `Fly says it belongs to organization ${owner}, but the token is for ${orgs}`;
  }
  return null;
}
