// Token health: many named tokens checked at once, each judged healthy / attention / broken, plus
// a fingerprint of what a person would act on. The scheduled health issue is rewritten only when
// that fingerprint changes, so it must not move with the daily countdown.
import { createHash } from 'node:crypto';
import { mapWithConcurrency } from '../fly/concurrency.js';
import type { FlyClientOptions } from '../fly/verify.js';
import type { TokenRuleOptions } from '../rules/context.js';
import { storeCommand } from '../rules/fix.js';
import { daysUntil, lifetimeDays } from '../report/time.js';
import {
  severityRank,
  verdictFor,
  type Finding,
  type Severity,
  type Verdict
} from '../rules/types.js';
import type { TokenKind } from '../token/types.js';
import type { Needs } from '../workflow/types.js';
import { unknownNeeds } from '../workflow/inputs.js';
import { startDeadline } from '../io/deadline.js';
import { runCheck } from './check.js';
import type { CheckReport } from './report.js';
import type { Scope } from './scope.js';

export interface NamedToken {
  /** What the report calls the token: the environment variable it came from. */
  name: string;
  /** The token; undefined or blank when the variable is not set. */
  value: string | undefined;
}

export type HealthStatus = 'healthy' | 'attention' | 'broken';

/** `missing`: the variable held no token at all. */
type HealthKind = TokenKind | 'missing';

export interface HealthRow {
  name: string;
  kind: HealthKind;
  scope: Scope;
  orgIds: string[];
  /** Org slugs by org id (online only). */
  orgNames: Record<string, string>;
  appIds: string[];
  /** App names (online) or ids (offline), in `appIds` order. */
  apps: string[];
  /** Actions per app id, for display. */
  appAccess: Record<string, string>;
  expiresAt: string | null;
  /** Whole days until expiry, negative once expired; null when it never expires. */
  expiresInDays: number | null;
  lifetimeSeconds: number | null;
  lifetimeDays: number | null;
  valid: CheckReport['valid'];
  /** Whether Fly was asked about this token. */
  checkedOnline: boolean;
  status: HealthStatus;
  verdict: Verdict;
  /** Every finding, with `subject` = the token's name and no file location. */
  findings: Finding[];
  /** The findings that make the status what it is (empty when healthy). */
  attention: Finding[];
  recommendation: string | null;
  notes: string[];
}

export interface HealthReport {
  checkedAt: string;
  failOn: Severity | 'never';
  expiryWarningDays: number;
  /** The worst verdict of any token. */
  verdict: Verdict;
  rows: HealthRow[];
  /** Days until the first token expires (negative when one already has); null when none expires. */
  firstExpiryDays: number | null;
  /** Tokens whose status is not healthy. */
  needingAttention: number;
  /** true when some token needs a person: invalid, expired, expiring, personal, malformed, missing. */
  needsPerson: boolean;
  /** Stable id of the state a person acts on (see `healthState`). */
  fingerprint: string;
}

export interface HealthInput {
  tokens: readonly NamedToken[];
  now: Date;
  failOn: Severity | 'never';
  options: Omit<TokenRuleOptions, 'secretName'>;
  /** What the tokens are for; default: not known (`source: 'none'`), so no needs-based rules. */
  needs?: Needs;
  /** Absent: offline. */
  online?: FlyClientOptions;
}

/** The token cannot be used as it is. */
const BROKEN_RULES = new Set([
  'malformed-token',
  'expired',
  'not-yet-valid',
  'invalid-token',
  'missing-discharge'
]);
/** It works, but someone must act: rotate before expiry, replace a personal token. */
const ATTENTION_RULES = new Set(['expiring-soon', 'personal-token']);
/**
 * Left out of the fingerprint: an online check that could not complete says nothing about the
 * token, and Fly's hiccups must not rewrite the issue.
 */
const TRANSIENT_RULES = new Set(['unverified']);

/** What one finding means for the token's health; null when it can wait for a quiet day. */
export function healthImpact(finding: Finding): Exclude<HealthStatus, 'healthy'> | null {
  if (BROKEN_RULES.has(finding.rule)) return 'broken';
  if (ATTENTION_RULES.has(finding.rule)) return 'attention';
  return severityRank(finding.severity) >= severityRank('high') ? 'attention' : null;
}

export function statusOf(findings: readonly Finding[], valid: CheckReport['valid']): HealthStatus {
  const impacts = findings.map(healthImpact);
  if (valid === 'false' || impacts.includes('broken')) return 'broken';
  return impacts.includes('attention') ? 'attention' : 'healthy';
}

export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('fail')) return 'fail';
  return verdicts.includes('warn') ? 'warn' : 'pass';
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function missingFinding(name: string): Finding {
  const store = ENV_NAME.test(name) ? storeCommand(name, undefined) : undefined;
  return {
    rule: 'malformed-token',
    severity: 'critical',
    message: `The variable ${name} is empty or not set, so there is no token to check.`,
    fix: {
      summary:
        `Pass the secret to this step (\`env: ${name}: \${{ secrets.${name} }}\`), store a token in it, ` +
        `or remove ${name} from \`tokens\`.`,
      commands: store === undefined ? [] : [store]
    },
    subject: name
  };
}

function missingRow(name: string, failOn: Severity | 'never'): HealthRow {
  const findings = [missingFinding(name)];
  return {
    name,
    kind: 'missing',
    scope: 'none',
    orgIds: [],
    orgNames: {},
    appIds: [],
    apps: [],
    appAccess: {},
    expiresAt: null,
    expiresInDays: null,
    lifetimeSeconds: null,
    lifetimeDays: null,
    valid: 'unknown',
    checkedOnline: false,
    status: 'broken',
    verdict: verdictFor(findings, failOn),
    findings,
    attention: findings,
    recommendation: null,
    notes: []
  };
}

/** Health mode speaks about tokens, not files: findings name their token and carry no location. */
function forToken(finding: Finding, name: string): Finding {
  const copy: Finding = { ...finding, subject: name };
  delete copy.location;
  return copy;
}

function rowFrom(name: string, report: CheckReport, now: Date): HealthRow {
  const { token } = report;
  const findings = report.findings.map(f => forToken(f, name));
  const status = statusOf(findings, report.valid);
  return {
    name,
    kind: token.kind,
    scope: report.scope,
    orgIds: [...token.orgIds],
    orgNames: { ...report.orgNames },
    appIds: [...token.appIds],
    apps: token.appIds.map(id => report.appNames[id] ?? id),
    appAccess: { ...token.appAccess },
    expiresAt: token.expiresAt,
    expiresInDays: token.expiresAt === null ? null : daysUntil(token.expiresAt, now),
    lifetimeSeconds: token.lifetimeSeconds,
    lifetimeDays: token.lifetimeSeconds === null ? null : lifetimeDays(token.lifetimeSeconds),
    valid: report.valid,
    checkedOnline: report.online !== undefined,
    status,
    verdict: report.verdict,
    findings,
    attention: status === 'healthy' ? [] : findings.filter(f => healthImpact(f) !== null),
    recommendation: report.recommendation,
    notes: [...report.notes]
  };
}

/**
 * The state a person acts on, one line per token: name, status, kind, expiry instant and the
 * rule:severity of each finding. No countdown, no message text (messages carry "in 5 days"), no
 * transient online outcomes: a day without change gives the same state.
 */
export function healthState(rows: readonly HealthRow[]): string {
  return rows
    .map(row => {
      const rules = [
        ...new Set(
          row.findings.filter(f => !TRANSIENT_RULES.has(f.rule)).map(f => `${f.rule}:${f.severity}`)
        )
      ].sort();
      return [row.name, row.status, row.kind, row.expiresAt ?? '-', rules.join(',')].join('|');
    })
    .join('\n');
}

/** Short, marker-safe hash of `healthState`. */
export function healthFingerprint(rows: readonly HealthRow[]): string {
  const digest = createHash('sha256').update(healthState(rows)).digest('hex');
  return `health-v1:${digest.slice(0, 32)}`;
}

export function summarizeHealth(
  rows: HealthRow[],
  meta: Pick<HealthReport, 'checkedAt' | 'failOn' | 'expiryWarningDays'>
): HealthReport {
  const expiries = rows.flatMap(r => (r.expiresInDays === null ? [] : [r.expiresInDays]));
  const needingAttention = rows.filter(r => r.status !== 'healthy').length;
  return {
    ...meta,
    verdict: worstVerdict(rows.map(r => r.verdict)),
    rows,
    firstExpiryDays: expiries.length > 0 ? Math.min(...expiries) : null,
    needingAttention,
    needsPerson: needingAttention > 0,
    fingerprint: healthFingerprint(rows)
  };
}

const HEALTH_CONCURRENCY = 16;

/**
 * Checks every token (up to 16 at once, rows in input order) and judges the lot. Online, every
 * token shares one deadline (`timeout-seconds` bounds the whole run) and one HTTP stack.
 */
export async function runHealth(input: HealthInput): Promise<HealthReport> {
  // One row per name: a name listed twice is the same variable.
  const byName = new Map<string, NamedToken>();
  for (const token of input.tokens) if (!byName.has(token.name)) byName.set(token.name, token);
  const tokens = [...byName.values()];
  const online = input.online ? await shareOnline(input.online) : undefined;
  try {
    const rows = await mapWithConcurrency(tokens, HEALTH_CONCURRENCY, async ({ name, value }) => {
      if (value === undefined || value.trim() === '') return missingRow(name, input.failOn);
      const report = await runCheck({
        token: value,
        needs: input.needs ?? unknownNeeds(),
        now: input.now,
        failOn: input.failOn,
        options: { ...input.options, secretName: name },
        ...(online ? { online: online.options } : {})
      });
      return rowFrom(name, report, input.now);
    });
    return summarizeHealth(rows, {
      checkedAt: input.now.toISOString(),
      failOn: input.failOn,
      expiryWarningDays: input.options.expiryWarningDays
    });
  } finally {
    await online?.release();
  }
}

/** One deadline started now and one HTTP stack, for every token's online checks. */
async function shareOnline(
  options: FlyClientOptions
): Promise<{ options: FlyClientOptions; release: () => Promise<void> }> {
  // Loaded only when online, like runCheck's client: offline health never loads undici.
  const { DEFAULT_TIMEOUT_MS } = await import('../fly/verify.js');
  const { createFlyDispatcher } = await import('../fly/dispatcher.js');
  const owned = options.dispatcher ? undefined : createFlyDispatcher();
  return {
    options: {
      ...options,
      deadline: options.deadline ?? startDeadline(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      ...(owned ? { dispatcher: owned } : {})
    },
    release: async () => {
      await owned?.destroy().catch(() => undefined);
    }
  };
}
