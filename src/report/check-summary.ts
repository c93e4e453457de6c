// The job summary of a token check: verdict, what the token is, what the job needs, findings, fix.
// Written to be read in five seconds: the verdict line first, then a small fact table.
import type { CheckReport } from '../engine/report.js';
import { describeScope } from '../engine/scope.js';
import type { Verdict } from '../rules/types.js';
import {
  codeSpan,
  escapeTableCell,
  proseWithCode,
  renderFindingsTable,
  renderSeverityCounts
} from './markdown.js';
import { followedChains, listUnseen, seenNeeds, unseenUses } from '../rules/token/needs-text.js';
import { kindMeaning } from './kinds.js';
import { formatCountdown, formatDate, formatDuration } from './time.js';

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };

function named(ids: readonly string[], names: Record<string, string>): string {
  if (ids.length === 0) return '—';
  return ids.map(id => (names[id] ? `${codeSpan(names[id])} (${id})` : codeSpan(id))).join(', ');
}

function appsCell(report: CheckReport): string {
  const { token } = report;
  if (token.appIds.length === 0)
    return report.scope === 'org' || report.scope === 'user' ? 'all' : '—';
  return token.appIds
    .map(id => {
      const label = report.appNames[id] ? `${codeSpan(report.appNames[id])} (${id})` : codeSpan(id);
      const access = token.appAccess[id];
      return access ? `${label}: ${codeSpan(access)}` : label;
    })
    .join(', ');
}

function expiryCell(report: CheckReport): string {
  const { expiresAt } = report.token;
  if (!expiresAt) return report.token.kind === 'malformed' ? '—' : 'never (no expiry in the token)';
  return `${formatDate(expiresAt)} (${formatCountdown(expiresAt, new Date(report.checkedAt))})`;
}

function validCell(report: CheckReport): string {
  if (report.valid === 'true') return '✅ accepted by Fly';
  if (report.valid === 'false') return '❌ rejected by Fly';
  return report.online ? '❔ could not be verified' : '➖ not checked (offline)';
}

function needsCell(report: CheckReport): string {
  const { needs } = report;
  const unseen = unseenUses(needs);
  const from =
    needs.source === 'input'
      ? ' (from inputs)'
      : report.job
        ? ` (job ${codeSpan(report.job.job)})`
        : '';
  // What could not be seen, and where commands in the repository's files were found.
  const notes = [
    ...(unseen.length > 0 ? [proseWithCode(`could not see: ${listUnseen(unseen)}`)] : []),
    ...followedChains(needs).map(chain => proseWithCode(`from ${chain}`))
  ];
  const tail = notes.length > 0 ? `; ${notes.join('; ')}` : '';
  if (unseen.length > 0) return `${proseWithCode(seenNeeds(needs))}${from}${tail}`;
  if (needs.source === 'none') return 'unknown';
  const caps = needs.capabilities.join(', ') || 'nothing';
  const apps = needs.apps.length > 0 ? ` on ${needs.apps.map(codeSpan).join(', ')}` : '';
  const unknown = needs.unknownApps ? ' (+ apps whose names could not be told)' : '';
  return `${caps}${apps}${unknown}${from}${tail}`;
}

export function renderCheckSummary(report: CheckReport): string {
  const { token } = report;
  const title = `${VERDICT_ICON[report.verdict]} Fly token guard: **${report.verdict}** — ${escapeTableCell(kindMeaning(token.kind))}`;
  const rows: [string, string][] = [
    ['Kind', codeSpan(token.kind)],
    ['Scope', `${codeSpan(report.scope)}: ${describeScope(report.scope)}`],
    ['Organization', named(token.orgIds, report.orgNames)],
    ['Apps', appsCell(report)],
    ['Expires', expiryCell(report)],
    ['Lifetime', token.lifetimeSeconds === null ? '—' : formatDuration(token.lifetimeSeconds)],
    ['Valid', validCell(report)],
    ['This job needs', needsCell(report)]
  ];
  const parts = [
    `## ${title}`,
    '',
    '| | |\n| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    `**Findings:** ${renderSeverityCounts(report.findings)} (fails on ${codeSpan(report.failOn)})`
  ];
  const table = renderFindingsTable(report.findings, { includeFix: false, maxChars: 60000 });
  if (table) parts.push('', table);
  const fix = report.findings.find(f => f.fix && f.fix.commands.length > 0)?.fix;
  if (fix) {
    parts.push(
      '',
      '### The fix',
      '',
      proseWithCode(fix.summary),
      '',
      '```sh',
      ...fix.commands,
      '```'
    );
  } else if (report.recommendation && report.verdict !== 'pass') {
    parts.push(
      '',
      '### The narrowest token for this job',
      '',
      '```sh',
      report.recommendation,
      '```'
    );
  }
  if (report.notes.length > 0) parts.push('', ...report.notes.map(n => `> ${proseWithCode(n)}`));
  return parts.join('\n') + '\n';
}
