// The token check: decode offline, optionally verify online, run the rules, return one CheckReport.
// Shared by the action and the CLI; the caller resolves needs and does the printing.
import type * as FlyClient from '../fly/verify.js';
import type { FlyClientOptions } from '../fly/verify.js';
import type { OnlineVerification } from '../fly/types.js';
import type { TokenRuleContext, TokenRuleOptions } from '../rules/context.js';
import { recommendationFor } from '../rules/fix.js';
import { tokenRules } from '../rules/registry.js';
import { verdictFor, type Severity } from '../rules/types.js';
import { inspectToken } from '../token/index.js';
import type { TokenInspection } from '../token/types.js';
import type { Needs } from '../workflow/types.js';
import type { CheckReport } from './report.js';
import { scopeOf } from './scope.js';

interface CheckInput {
  token: string;
  needs: Needs;
  job?: { workflow: string; job: string };
  now: Date;
  failOn: Severity | 'never';
  options: TokenRuleOptions;
  /** Absent: offline. */
  online?: FlyClientOptions;
  notes?: string[];
}

/** `valid` is Fly's acceptance as the online checks drew it: the same value invalid-token reads. */
function validity(online: OnlineVerification | undefined): CheckReport['valid'] {
  if (!online) return 'unknown';
  if (online.acceptance === 'accepted') return 'true';
  return online.acceptance === 'rejected' ? 'false' : 'unknown';
}

function onlineNames(
  online: OnlineVerification | undefined
): Pick<CheckReport, 'appNames' | 'orgNames'> {
  const appNames: Record<string, string> = {};
  const orgNames: Record<string, string> = {};
  for (const app of online?.apps ?? [])
    if (app.appId && app.outcome === 'confirmed') appNames[app.appId] = app.app;
  for (const org of online?.orgs ?? []) if (org.slug) orgNames[org.orgId] = org.slug;
  return { appNames, orgNames };
}

/** The Fly client (and undici with it) loads only when a check goes online: offline starts stay fast. */
function loadFlyClient(): Promise<typeof FlyClient> {
  return import('../fly/verify.js');
}

/**
 * Starts loading the Fly client for a check that will go online, so that undici's HTTP parser
 * compiles (off the main thread) while the caller still reads the workflow. A failed load shows
 * when the check runs.
 */
export function preloadFlyClient(): void {
  loadFlyClient().catch(() => undefined);
}

async function verifyLazily(
  options: FlyClientOptions,
  token: string,
  inspection: TokenInspection,
  apps: readonly string[]
): Promise<OnlineVerification> {
  const { verifyOnline, onlineToken } = await loadFlyClient();
  return verifyOnline({ ...options, token: onlineToken(token, inspection), apps });
}

export async function runCheck(input: CheckInput): Promise<CheckReport> {
  const inspection = inspectToken(input.token);
  // A token that cannot be parsed is not worth a round trip: Fly would only say 401.
  const online =
    input.online && inspection.kind !== 'malformed'
      ? await verifyLazily(input.online, input.token, inspection, input.needs.apps)
      : undefined;
  const context: TokenRuleContext = {
    inspection,
    needs: input.needs,
    now: input.now,
    options: input.options,
    ...(online ? { online } : {})
  };
  const findings = tokenRules.flatMap(rule => rule.check(context));
  return {
    verdict: verdictFor(findings, input.failOn),
    failOn: input.failOn,
    checkedAt: input.now.toISOString(),
    token: inspection,
    scope: scopeOf(inspection),
    needs: input.needs,
    ...(input.job ? { job: input.job } : {}),
    findings,
    recommendation: recommendationFor(context, findings),
    ...(online ? { online } : {}),
    valid: validity(online),
    ...onlineNames(online),
    notes: input.notes ?? []
  };
}
