// The action's outputs for a health run, as strings (what GITHUB_OUTPUT carries).
import type { HealthReport, HealthRow } from '../engine/health.js';
import { expiryOf } from './expiry.js';
import { findingToJson, type FindingJson } from './findings-json.js';

/** One entry of the `report` output: flat, stable, token-free. */
export interface HealthRowJson {
  name: string;
  kind: string;
  scope: string;
  orgIds: string[];
  /** App names (online) or ids (offline). */
  apps: string[];
  expiresAt: string | null;
  expiresInDays: number | null;
  lifetimeDays: number | null;
  valid: 'true' | 'false' | 'unknown';
  status: string;
  findings: FindingJson[];
}

/** A personal token's expiry is not in the token: null, like its countdown. */
function knownExpiry(row: HealthRow): boolean {
  return expiryOf(row.kind, row.expiresAt).state === 'at';
}

function healthRowToJson(row: HealthRow): HealthRowJson {
  const known = knownExpiry(row);
  return {
    name: row.name,
    kind: row.kind,
    scope: row.scope,
    orgIds: [...row.orgIds],
    apps: [...row.apps],
    expiresAt: known ? row.expiresAt : null,
    expiresInDays: known ? row.expiresInDays : null,
    lifetimeDays: row.lifetimeDays,
    valid: row.valid,
    status: row.status,
    findings: row.findings.map(findingToJson)
  };
}

/** Days until the first known expiry (personal tokens record none); empty when none is known. */
function firstExpiryDays(report: HealthReport): string {
  const days = report.rows.flatMap(row =>
    knownExpiry(row) && row.expiresInDays !== null ? [row.expiresInDays] : []
  );
  return days.length === 0 ? '' : String(Math.min(...days));
}

export function healthOutputs(report: HealthReport): Record<string, string> {
  return {
    verdict: report.verdict,
    report: JSON.stringify(report.rows.map(healthRowToJson)),
    'first-expiry-days': firstExpiryDays(report),
    findings: JSON.stringify(report.rows.flatMap(r => r.findings).map(findingToJson))
  };
}
