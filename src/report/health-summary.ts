// The health report as people read it: the job summary (every run, with countdowns) and the body of
// the health issue (rewritten only when the state changes, so it names dates, not countdowns).
import type { HealthReport, HealthRow, HealthStatus } from '../engine/health.js';
import { describeScope } from '../engine/scope.js';
import type { Finding } from '../rules/types.js';
import {
  codeSpan,
  escapeMarkdown,
  proseWithCode,
  renderFindingsTable,
  renderSeverityCounts,
  ruleLink,
  namedId,
  severityIcon,
  shellBlock,
  VERDICT_ICON,
  withAccess
} from './markdown.js';
import { expiryOf, expiryText } from './expiry.js';
import { sortFindings } from './order.js';
import { ACCESS_LETTERS_NOTE, asOfLine, formatDuration } from './time.js';
import { formatDate } from '../rules/token/time.js';
import { capitalize, plural } from '../rules/words.js';

const STATUS_ICON: Record<HealthStatus, string> = {
  healthy: '✅',
  attention: '⚠️',
  broken: '❌'
};

const STATUS_TEXT: Record<HealthStatus, string> = {
  healthy: 'healthy',
  attention: 'needs attention',
  broken: 'broken'
};

interface HealthRenderOptions {
  /** Link to the workflow run that produced the report. */
  runUrl?: string;
}

interface HealthSummaryOptions extends HealthRenderOptions {
  /** The pinned clock (FLY_TOKEN_GUARD_NOW), said under the headline. */
  pinnedClock?: Date;
  /** One markdown line on what happened to the health issue (created, updated, skipped...). */
  issueLine?: string;
  /** Extra lines worth saying (e.g. annotations left out). */
  notes?: readonly string[];
}

/** "Fly token health: 2 tokens need attention". */
export function healthIssueTitle(report: HealthReport): string {
  const n = report.needingAttention;
  return `Fly token health: ${plural(n, 'token needs', 'tokens need')} attention`;
}

/**
 * Agrees with the verdict and the statuses: "all 2 tokens are healthy" only when nothing was found;
 * tokens that work but carry findings below "needs attention" are said to have findings to review.
 */
function headline(report: HealthReport): string {
  const total = report.rows.length;
  if (report.needingAttention > 0) {
    return `${report.needingAttention} of ${plural(total, 'token', 'tokens')} ${report.needingAttention === 1 ? 'needs' : 'need'} attention`;
  }
  const reviewing = report.rows.filter(row => row.findings.length > 0).length;
  if (reviewing === 0) {
    return total === 1 ? 'the token is healthy' : `all ${total} tokens are healthy`;
  }
  const works = total === 1 ? 'the token works' : `all ${total} tokens work`;
  const who =
    total === 1
      ? 'it has'
      : reviewing === total
        ? 'each has'
        : `${reviewing} ${reviewing === 1 ? 'has' : 'have'}`;
  return `${works}; ${who} ${report.verdict === 'fail' ? 'findings at or above `fail-on`' : 'findings to review'}`;
}

/** "healthy", "needs attention", "broken", or "works, 1 finding to review". */
function statusText(row: HealthRow): string {
  if (row.status !== 'healthy' || row.findings.length === 0) return STATUS_TEXT[row.status];
  const count = plural(row.findings.length, 'finding', 'findings');
  return row.verdict === 'fail'
    ? `works, ${count} at or above fail-on`
    : `works, ${count} to review`;
}

function statusCell(row: HealthRow): string {
  const fly =
    row.valid === 'true'
      ? ' (Fly: accepted)'
      : row.valid === 'false'
        ? ' (Fly: rejected)'
        : row.checkedOnline
          ? ' (Fly: not verified)'
          : '';
  const missing = row.kind === 'missing' ? ': variable is empty or not set' : '';
  return `${STATUS_ICON[row.status]} ${statusText(row)}${missing}${fly}`;
}

function orgPart(row: HealthRow): string {
  if (row.orgIds.length === 0) return '';
  const orgs = row.orgIds.map(id => namedId(id, row.orgNames[id]));
  return `${row.orgIds.length === 1 ? 'org' : 'orgs'} ${orgs.join(', ')}`;
}

function appsPart(row: HealthRow): string {
  if (row.appIds.length > 0) {
    const apps = row.appIds.map((id, i) => {
      const label = row.apps[i];
      return withAccess(namedId(id, label !== id ? label : undefined), row.appAccess[id]);
    });
    return `${row.appIds.length === 1 ? 'app' : 'apps'} ${apps.join(', ')}`;
  }
  if (row.scope === 'org') return 'all apps';
  if (row.scope === 'org-read') return 'all apps, read only';
  if (row.scope === 'user') return 'every org and app of its user';
  return '';
}

function reachCell(row: HealthRow): string {
  const parts = [orgPart(row), appsPart(row)].filter(p => p !== '');
  return parts.length > 0 ? parts.join(' · ') : '—';
}

function expiryCell(row: HealthRow, now: Date | undefined): string {
  return expiryText(expiryOf(row.kind, row.expiresAt), now);
}

function lifetimeCell(row: HealthRow): string {
  return row.lifetimeSeconds === null ? '—' : formatDuration(row.lifetimeSeconds);
}

function lettersShown(report: HealthReport): boolean {
  return report.rows.some(row => Object.keys(row.appAccess).length > 0);
}

/** The token table; `now` adds countdowns (job summary), without it only dates (issue body). */
export function renderHealthTable(report: HealthReport, now?: Date): string {
  const header =
    '| Token | Kind | Scope | Org / apps | Expires | Lifetime | Status |\n' +
    '| --- | --- | --- | --- | --- | --- | --- |';
  const rows = report.rows.map(row =>
    [
      codeSpan(row.name),
      codeSpan(row.kind),
      codeSpan(row.scope),
      reachCell(row),
      expiryCell(row, now),
      lifetimeCell(row),
      statusCell(row)
    ].join(' | ')
  );
  return [header, ...rows.map(r => `| ${r} |`)].join('\n');
}

/** The fix of the worst finding that has commands (else the worst with any fix). */
function mainFix(findings: readonly Finding[]): Finding['fix'] {
  const sorted = sortFindings(findings);
  return (
    sorted.find(f => f.fix !== undefined && f.fix.commands.length > 0)?.fix ??
    sorted.find(f => f.fix !== undefined)?.fix
  );
}

/**
 * Our own sentences keep their `code` spans; everything else is escaped, so `<APP>` shows as text
 * instead of vanishing as an HTML tag.
 */
function fixBlock(fix: NonNullable<Finding['fix']>): string[] {
  const lines = ['', `**Fix:** ${proseWithCode(fix.summary)}`];
  if (fix.commands.length > 0) lines.push('', ...shellBlock(fix.commands));
  return lines;
}

function tokenHeading(row: HealthRow): string {
  return `### ${STATUS_ICON[row.status]} ${codeSpan(row.name)}: ${statusText(row)}`;
}

function summarySection(row: HealthRow): string[] {
  const lines = [tokenHeading(row), '', `${escapeMarkdown(describeKind(row))}.`];
  if (row.findings.length > 0) {
    lines.push('', renderFindingsTable(row.findings, { includeFix: false, maxChars: 12000 }));
  }
  const fix = mainFix(row.attention.length > 0 ? row.attention : row.findings);
  if (fix !== undefined) lines.push(...fixBlock(fix));
  if (row.notes.length > 0) lines.push('', ...row.notes.map(n => `> ${escapeMarkdown(n)}`));
  return lines;
}

function describeKind(row: HealthRow): string {
  if (row.kind === 'missing') return `The variable ${row.name} is empty or not set`;
  return `${capitalize(row.kind)} token, scope ${row.scope}: ${describeScope(row.scope)}`;
}

/** The job summary: verdict, one row per token with countdowns, then findings and fixes per token. */
export function renderHealthSummary(
  report: HealthReport,
  options: HealthSummaryOptions = {}
): string {
  const now = new Date(report.checkedAt);
  const all = report.rows.flatMap(r => r.findings);
  const parts = [
    `## ${VERDICT_ICON[report.verdict]} Fly token health: **${report.verdict}** — ${headline(report)}`,
    '',
    ...(options.pinnedClock ? [`_${asOfLine(options.pinnedClock)}_`, ''] : []),
    renderHealthTable(report, now),
    ...(lettersShown(report) ? ['', proseWithCode(ACCESS_LETTERS_NOTE)] : []),
    '',
    `**Findings:** ${renderSeverityCounts(all)} (fails on ${codeSpan(report.failOn)}; ` +
      `expiry warning ${plural(report.expiryWarningDays, 'day', 'days')} ahead)`
  ];
  if (options.issueLine !== undefined) parts.push('', options.issueLine);
  for (const row of report.rows) {
    if (row.findings.length === 0 && row.notes.length === 0) continue;
    parts.push('', ...summarySection(row));
  }
  if (options.notes !== undefined && options.notes.length > 0) {
    parts.push('', ...options.notes.map(n => `> ${n}`));
  }
  return parts.join('\n') + '\n';
}

function findingItem(finding: Finding): string {
  const rule = ruleLink(finding.rule);
  return `- ${severityIcon(finding.severity)} ${rule} (${finding.severity}): ${proseWithCode(finding.message)}`;
}

function issueSection(row: HealthRow): string[] {
  const lines = [tokenHeading(row), '', ...row.attention.map(findingItem)];
  const fix = mainFix(row.attention);
  if (fix !== undefined) lines.push(...fixBlock(fix));
  const others = row.findings.filter(f => !row.attention.includes(f));
  if (others.length > 0) {
    const list = others.map(f => `${codeSpan(f.rule)} (${f.severity})`).join(', ');
    lines.push('', `Also found: ${list}; see the job summary.`);
  }
  return lines;
}

/**
 * The health issue's body: the same table with dates (no countdowns: the body is rewritten only
 * when the state changes), then what to do for each token that needs attention.
 */
export function renderHealthIssueBody(
  report: HealthReport,
  options: HealthRenderOptions = {}
): string {
  const asOf = formatDate(report.checkedAt);
  const seen = options.runUrl !== undefined ? ` in [this workflow run](${options.runUrl})` : '';
  const parts = [
    `## ${VERDICT_ICON[report.verdict]} Fly token health: ${headline(report)}`,
    '',
    `State as of ${asOf}${seen}. fly-token-guard rewrites this issue when the state changes ` +
      "(a token's status, findings or expiry date), not on every run, and closes it once every " +
      "token is healthy. The latest run's job summary has today's countdown.",
    '',
    renderHealthTable(report),
    '',
    '## What to do'
  ];
  for (const row of report.rows) {
    if (row.status === 'healthy') continue;
    parts.push('', ...issueSection(row));
  }
  return parts.join('\n') + '\n';
}

/** Left on the issue when it is closed. */
export function renderHealthCloseComment(
  report: HealthReport,
  options: HealthRenderOptions = {}
): string {
  const seen = options.runUrl !== undefined ? ` ([workflow run](${options.runUrl}))` : '';
  const what =
    report.rows.length === 1
      ? 'the checked Fly token is healthy again'
      : `all ${report.rows.length} checked Fly tokens are healthy again`;
  return `✅ **fly-token-guard**: ${what} as of ${formatDate(report.checkedAt)}${seen}. Closing this issue.`;
}
