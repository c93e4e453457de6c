// The action's outputs for a token check, as strings (what GITHUB_OUTPUT carries).
import type { CheckReport } from '../engine/report.js';
import { expiresAtOutput, expiryOf } from './expiry.js';
import { findingToJson } from './findings-json.js';
import { daysUntil, lifetimeDays } from './time.js';

export function checkOutputs(report: CheckReport): Record<string, string> {
  const { token } = report;
  const appLabels = token.appIds.map(id => report.appNames[id] ?? id);
  const expiry = expiryOf(token.kind, token.expiresAt);
  return {
    verdict: report.verdict,
    kind: token.kind,
    scope: report.scope,
    'org-ids': token.orgIds.join(','),
    apps: appLabels.join(','),
    'expires-at': expiresAtOutput(expiry),
    'expires-in-days':
      expiry.state === 'at' ? String(daysUntil(expiry.iso, new Date(report.checkedAt))) : '',
    'lifetime-days':
      token.lifetimeSeconds === null ? '' : String(lifetimeDays(token.lifetimeSeconds)),
    valid: report.valid,
    findings: JSON.stringify(report.findings.map(findingToJson)),
    recommendation: report.recommendation ?? ''
  };
}
