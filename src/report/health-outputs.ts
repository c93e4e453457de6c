// The action's outputs for a health run, as strings (what GITHUB_OUTPUT carries).
import type { HealthReport, HealthRow } from '../engine/health.js';
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

export function healthRowToJson(row: HealthRow): HealthRowJson {
  return {
    name: row.name,
    kind: row.kind,
    scope: row.scope,
    orgIds: [...row.orgIds],
    apps: [...row.apps],
    expiresAt: row.expiresAt,
    expiresInDays: row.expiresInDays,
    lifetimeDays: row.lifetimeDays,
    valid: row.valid,
    status: row.status,
    findings: row.findings.map(findingToJson)
  };
}

export function healthOutputs(report: HealthReport): Record<string, string> {
  return {
    verdict: report.verdict,
    report: JSON.stringify(report.rows.map(healthRowToJson)),
    'first-expiry-days': report.firstExpiryDays === null ? '' : String(report.firstExpiryDays),
    findings: JSON.stringify(report.rows.flatMap(r => r.findings).map(findingToJson))
  };
}
