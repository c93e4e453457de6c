// `audit merge`: shard reports (one per matrix job) into one org report. The merged report has
// the repositories of every shard, sorted, and its summary worked out again over all of them.
import type { FindingJson } from '../report/findings-json.js';
import {
  AUDIT_SCHEMA_VERSION,
  buildAuditReport,
  type AuditReport,
  type RepositoryAudit
} from './report.js';
import { MAX_SHARDS, type Shard } from './shard.js';

export class AuditMergeError extends Error {}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function readFinding(value: unknown): FindingJson | null {
  if (!isObject(value) || typeof value.rule !== 'string' || typeof value.message !== 'string') {
    return null;
  }
  const fix = isObject(value.fix)
    ? {
        summary: String(value.fix.summary ?? ''),
        commands: Array.isArray(value.fix.commands) ? value.fix.commands.map(String) : []
      }
    : null;
  return {
    rule: value.rule,
    severity: String(value.severity ?? 'info'),
    message: value.message,
    file: stringOrNull(value.file),
    line: typeof value.line === 'number' ? value.line : null,
    column: typeof value.column === 'number' ? value.column : null,
    fix
  };
}

function readRepository(value: unknown, where: string): RepositoryAudit {
  if (!isObject(value) || typeof value.repo !== 'string') {
    throw new AuditMergeError(`${where}: a repository entry has no "repo"`);
  }
  const findings = Array.isArray(value.findings) ? value.findings.map(readFinding) : [];
  if (findings.some(f => f === null)) {
    throw new AuditMergeError(`${where}: ${value.repo} has a finding without rule or message`);
  }
  return {
    repo: value.repo,
    defaultBranch: stringOrNull(value.defaultBranch),
    flySecrets: Array.isArray(value.flySecrets) ? value.flySecrets.map(String) : [],
    findings: findings as FindingJson[],
    skipped: stringOrNull(value.skipped),
    notes: Array.isArray(value.notes) ? value.notes.map(String) : []
  };
}

/** The report's `shard`: null, or I/N as `--shard` takes it (1 <= I <= N <= 256). */
function readShardOf(value: unknown, where: string): Shard | null {
  if (value === null || value === undefined) return null;
  const index = isObject(value) ? value.index : undefined;
  const count = isObject(value) ? value.count : undefined;
  if (
    typeof index !== 'number' ||
    typeof count !== 'number' ||
    !Number.isInteger(index) ||
    !Number.isInteger(count) ||
    count < 1 ||
    count > MAX_SHARDS ||
    index < 1 ||
    index > count
  ) {
    throw new AuditMergeError(
      `${where}: "shard" must be null or {"index": I, "count": N} with 1 <= I <= N <= ${MAX_SHARDS}`
    );
  }
  return { index, count };
}

/** Checks one parsed shard report; `where` names it in errors (a file name). */
export function readAuditReport(value: unknown, where: string): AuditReport {
  if (!isObject(value) || value.schemaVersion !== AUDIT_SCHEMA_VERSION) {
    throw new AuditMergeError(
      `${where} is not a fly-token-guard audit report (schemaVersion ${AUDIT_SCHEMA_VERSION})`
    );
  }
  if (typeof value.org !== 'string' || !Array.isArray(value.repositories)) {
    throw new AuditMergeError(`${where}: "org" or "repositories" is missing`);
  }
  const shard = readShardOf(value.shard, where);
  return buildAuditReport({
    org: value.org,
    generatedAt: typeof value.generatedAt === 'string' ? value.generatedAt : '',
    shard,
    complete: value.complete !== false,
    repositories: value.repositories.map(r => readRepository(r, where)),
    notes: Array.isArray(value.notes) ? value.notes.map(String) : []
  });
}

function missingShards(reports: readonly AuditReport[]): string | null {
  const counts = new Set(reports.map(r => r.shard?.count ?? 0));
  if (counts.has(0))
    return reports.length > 1 ? 'an unsharded report was merged with others' : null;
  if (counts.size > 1)
    return `the reports come from different shard counts (${[...counts].join(', ')})`;
  const count = [...counts][0] ?? 0;
  const present = new Set(reports.map(r => r.shard?.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter(i => !present.has(i));
  return missing.length > 0
    ? `shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${count} missing`
    : null;
}

/** One report over every shard's repositories. Throws on mixed orgs or a repository twice. */
export function mergeAuditReports(reports: readonly AuditReport[]): AuditReport {
  if (reports.length === 0) throw new AuditMergeError('no reports to merge');
  const orgs = [...new Set(reports.map(r => r.org.toLowerCase()))];
  if (orgs.length > 1)
    throw new AuditMergeError(`the reports are of different orgs: ${orgs.join(', ')}`);
  const seen = new Set<string>();
  const repositories: RepositoryAudit[] = [];
  for (const report of reports) {
    for (const entry of report.repositories) {
      const key = entry.repo.toLowerCase();
      if (seen.has(key))
        throw new AuditMergeError(
          `${entry.repo} is listed twice (in two reports, or twice in one): merge each shard once`
        );
      seen.add(key);
      repositories.push(entry);
    }
  }
  const gap = missingShards(reports);
  const notes = [...new Set(reports.flatMap(r => r.notes))];
  if (gap) notes.push(`Incomplete: ${gap}.`);
  const generatedAt =
    reports
      .map(r => r.generatedAt)
      .sort()
      .at(-1) ?? '';
  return buildAuditReport({
    org: reports[0]?.org ?? '',
    generatedAt,
    shard: null,
    complete: gap === null && reports.every(r => r.complete),
    repositories,
    notes
  });
}
