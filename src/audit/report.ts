// The org audit's report: one entry per repository, then what only shows across repositories
// (secret names several repositories use) and the counts a person reads first. The JSON is a
// documented interface (docs/audit.md): fields are only ever added.
import type { FindingJson } from '../report/findings-json.js';
import { SEVERITIES, severityRank, type Severity } from '../rules/types.js';
import type { Shard } from './shard.js';

export const AUDIT_SCHEMA_VERSION = 1;

export interface RepositoryAudit {
  /** `owner/name`. */
  repo: string;
  defaultBranch: string | null;
  /** Secret names the repository's workflows use as Fly tokens, sorted. */
  flySecrets: string[];
  /** Same shape as `scan --json`; `file` is relative to the repository. */
  findings: FindingJson[];
  /** Why the repository was not audited (empty, archived, 404, 403, deadline…); null when it was. */
  skipped: string | null;
  /** What the scan of an audited repository says beside findings, as `scan --json` does (files it did not read, and why). */
  notes: string[];
}

interface SharedSecretName {
  name: string;
  repositories: string[];
}

interface CrossRepository {
  /** Secret names used as Fly tokens by two or more repositories, most used first. */
  sharedSecretNames: SharedSecretName[];
  /** Repositories where one secret deploys several apps (`shared-token`), by name. */
  oneSecretManyApps: string[];
}

interface RepositoryScore {
  repo: string;
  /** Weighted: critical 100, high 20, medium 5, low 1. */
  score: number;
  bySeverity: Record<Severity, number>;
  topRule: string | null;
}

interface AuditSummary {
  repositories: number;
  audited: number;
  skipped: number;
  withFlySecrets: number;
  withFindings: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<string, number>;
  topRepositories: RepositoryScore[];
}

export interface AuditReport {
  schemaVersion: number;
  org: string;
  generatedAt: string;
  shard: Shard | null;
  /** False when some repositories could not be read (deadline, rate limit) or shards are missing. */
  complete: boolean;
  repositories: RepositoryAudit[];
  crossRepository: CrossRepository;
  summary: AuditSummary;
  /** Things worth saying that are not findings (pages capped, shards missing). */
  notes: string[];
}

const WEIGHT: Record<Severity, number> = { critical: 100, high: 20, medium: 5, low: 1, info: 0 };
const TOP_REPOSITORIES = 10;

function zeroCounts(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

const bySeverityName = (name: string): Severity =>
  (SEVERITIES as readonly string[]).includes(name) ? (name as Severity) : 'info';

function compareRepositories(a: RepositoryAudit, b: RepositoryAudit): number {
  const x = a.repo.toLowerCase();
  const y = b.repo.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function scoreOf(entry: RepositoryAudit): RepositoryScore {
  const bySeverity = zeroCounts();
  const rules = new Map<string, number>();
  let worst: { rule: string; rank: number } | null = null;
  for (const finding of entry.findings) {
    const severity = bySeverityName(finding.severity);
    bySeverity[severity] += 1;
    rules.set(finding.rule, (rules.get(finding.rule) ?? 0) + 1);
    const rank = severityRank(severity);
    if (worst === null || rank > worst.rank) worst = { rule: finding.rule, rank };
  }
  const score = SEVERITIES.reduce((sum, s) => sum + WEIGHT[s] * bySeverity[s], 0);
  return { repo: entry.repo, score, bySeverity, topRule: worst?.rule ?? null };
}

function sharedSecretNames(repositories: readonly RepositoryAudit[]): SharedSecretName[] {
  const users = new Map<string, string[]>();
  for (const entry of repositories) {
    for (const name of new Set(entry.flySecrets)) {
      users.set(name, [...(users.get(name) ?? []), entry.repo]);
    }
  }
  return [...users]
    .filter(([, repos]) => repos.length > 1)
    .map(([name, repos]) => ({ name, repositories: repos }))
    .sort((a, b) => b.repositories.length - a.repositories.length || (a.name < b.name ? -1 : 1));
}

/** The cross-repository view and the summary, worked out from the repository entries. */
function summarise(
  repositories: readonly RepositoryAudit[]
): Pick<AuditReport, 'crossRepository' | 'summary'> {
  const bySeverity = zeroCounts();
  const byRule: Record<string, number> = {};
  const scores: RepositoryScore[] = [];
  for (const entry of repositories) {
    for (const finding of entry.findings) {
      bySeverity[bySeverityName(finding.severity)] += 1;
      byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
    }
    if (entry.findings.length > 0) scores.push(scoreOf(entry));
  }
  const sortedRules = Object.fromEntries(
    Object.entries(byRule).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
  );
  const top = scores
    .sort((a, b) => b.score - a.score || (a.repo < b.repo ? -1 : 1))
    .slice(0, TOP_REPOSITORIES);
  return {
    crossRepository: {
      sharedSecretNames: sharedSecretNames(repositories),
      oneSecretManyApps: repositories
        .filter(r => r.findings.some(f => f.rule === 'shared-token'))
        .map(r => r.repo)
    },
    summary: {
      repositories: repositories.length,
      audited: repositories.filter(r => r.skipped === null).length,
      skipped: repositories.filter(r => r.skipped !== null).length,
      withFlySecrets: repositories.filter(r => r.flySecrets.length > 0).length,
      withFindings: repositories.filter(r => r.findings.length > 0).length,
      bySeverity,
      byRule: sortedRules,
      topRepositories: top
    }
  };
}

interface AuditReportInput {
  org: string;
  generatedAt: string;
  shard: Shard | null;
  complete: boolean;
  repositories: RepositoryAudit[];
  notes: string[];
}

/** A report over these repositories, sorted by full name, with its summary worked out. */
export function buildAuditReport(input: AuditReportInput): AuditReport {
  const repositories = [...input.repositories].sort(compareRepositories);
  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    org: input.org,
    generatedAt: input.generatedAt,
    shard: input.shard,
    complete: input.complete,
    repositories,
    ...summarise(repositories),
    notes: input.notes
  };
}

/** The worst severity any finding of the report reaches, or null. */
export function worstSeverity(report: AuditReport): Severity | null {
  return SEVERITIES.find(s => report.summary.bySeverity[s] > 0) ?? null;
}
