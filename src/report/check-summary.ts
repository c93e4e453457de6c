// The job summary of a token check: verdict, what the token is, what the job needs, findings, fix.
// Written to be read in five seconds: the verdict line first, then a small fact table.
import type { CheckReport } from '../engine/report.js';
import { describeScope } from '../engine/scope.js';
import { tokenRules } from '../rules/registry.js';
import {
  codeSpan,
  escapeMarkdown,
  escapeTableCell,
  proseWithCode,
  renderFindingsTable,
  namedId,
  renderSeverityCounts,
  shellBlock,
  VERDICT_ICON,
  withAccess
} from './markdown.js';
import { followedChains, listUnseen, seenNeeds, unseenUses } from '../rules/token/needs-text.js';
import { kindMeaning } from './kinds.js';
import { expiryOf, expiryText } from './expiry.js';
import { sortFindings } from './order.js';
import { ACCESS_LETTERS_NOTE, asOfLine, formatDuration } from './time.js';
import { plural } from '../rules/words.js';

function named(ids: readonly string[], names: Record<string, string>): string {
  if (ids.length === 0) return '—';
  return ids.map(id => namedId(id, names[id])).join(', ');
}

function appsCell(report: CheckReport): string {
  const { token } = report;
  if (token.appIds.length === 0)
    return report.scope === 'org' || report.scope === 'user' ? 'all' : '—';
  return token.appIds
    .map(id => withAccess(namedId(id, report.appNames[id]), token.appAccess[id]))
    .join(', ');
}

function expiryCell(report: CheckReport): string {
  return expiryText(
    expiryOf(report.token.kind, report.token.expiresAt),
    new Date(report.checkedAt)
  );
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

interface CheckSummaryOptions {
  /** The pinned clock (FLY_TOKEN_GUARD_NOW), said under the headline. */
  pinnedClock?: Date;
}

/** "Token expired (critical), and 2 more findings", or what the token is when nothing was found. */
function headline(report: CheckReport): string {
  const [top, ...rest] = sortFindings(report.findings);
  if (top === undefined) return escapeTableCell(kindMeaning(report.token.kind));
  const title = tokenRules.find(rule => rule.id === top.rule)?.title ?? top.rule;
  const more = rest.length > 0 ? `, and ${plural(rest.length, 'more finding')}` : '';
  return `${escapeMarkdown(title)} (${top.severity})${more}`;
}

export function renderCheckSummary(report: CheckReport, options: CheckSummaryOptions = {}): string {
  const { token } = report;
  const title = `${VERDICT_ICON[report.verdict]} Fly token guard: **${report.verdict}** — ${headline(report)}`;
  // The first fact is the table's header row: a table needs one, and an empty one reads oddly.
  const [first, ...rows]: [string, string][] = [
    ['Kind', `${codeSpan(token.kind)}: ${escapeTableCell(kindMeaning(token.kind))}`],
    ['Scope', `${codeSpan(report.scope)}: ${describeScope(report.scope)}`],
    ['Organization', named(token.orgIds, report.orgNames)],
    ['Apps', appsCell(report)],
    ['Expires', expiryCell(report)],
    ['Lifetime', token.lifetimeSeconds === null ? '—' : formatDuration(token.lifetimeSeconds)],
    ['Valid', validCell(report)],
    ['This job needs', needsCell(report)]
  ];
  const letters = Object.keys(token.appAccess).length > 0;
  const parts = [
    `## ${title}`,
    '',
    ...(options.pinnedClock ? [`_${asOfLine(options.pinnedClock)}_`, ''] : []),
    `| ${first?.[0] ?? ''} | ${first?.[1] ?? ''} |`,
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    ...(letters ? ['', proseWithCode(ACCESS_LETTERS_NOTE)] : []),
    '',
    `**Findings:** ${renderSeverityCounts(report.findings)} (fails on ${codeSpan(report.failOn)})`
  ];
  const table = renderFindingsTable(report.findings, { includeFix: false, maxChars: 60000 });
  if (table) parts.push('', table);
  const fix = report.findings.find(f => f.fix && f.fix.commands.length > 0)?.fix;
  if (fix) {
    parts.push('', '### The fix', '', proseWithCode(fix.summary), '', ...shellBlock(fix.commands));
  } else if (report.recommendation && report.verdict !== 'pass') {
    parts.push(
      '',
      '### The narrowest token for this job',
      '',
      ...shellBlock([report.recommendation])
    );
  }
  if (report.notes.length > 0) parts.push('', ...report.notes.map(n => `> ${proseWithCode(n)}`));
  return parts.join('\n') + '\n';
}
