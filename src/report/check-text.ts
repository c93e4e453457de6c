// A token check for terminals: the same facts as the job summary, as plain text.
import type { CheckReport } from '../engine/report.js';
import { describeScope } from '../engine/scope.js';
import { followedChains, listUnseen, seenNeeds, unseenUses } from '../rules/token/needs-text.js';
import { sortFindings } from './order.js';
import { kindMeaning } from './kinds.js';
import { formatCountdown, formatDate, formatDuration } from './time.js';

export function renderCheckText(report: CheckReport): string {
  const { token, needs } = report;
  const now = new Date(report.checkedAt);
  const lines = [
    `Verdict:   ${report.verdict.toUpperCase()} (fails on ${report.failOn})`,
    `Kind:      ${token.kind}: ${kindMeaning(token.kind)}`,
    `Scope:     ${report.scope}: ${describeScope(report.scope)}`,
    `Org ids:   ${token.orgIds.map(id => (report.orgNames[id] ? `${report.orgNames[id]} (${id})` : id)).join(', ') || '-'}`,
    `Apps:      ${token.appIds.map(id => `${report.appNames[id] ?? id}${token.appAccess[id] ? ` [${token.appAccess[id]}]` : ''}`).join(', ') || '-'}`,
    `Expires:   ${token.expiresAt ? `${formatDate(token.expiresAt)} (${formatCountdown(token.expiresAt, now)})` : 'never'}`,
    `Lifetime:  ${token.lifetimeSeconds === null ? '-' : formatDuration(token.lifetimeSeconds)}`,
    `Valid:     ${report.valid === 'unknown' ? (report.online ? 'unknown (could not verify)' : 'not checked (offline)') : report.valid}`,
    `Needs:     ${needs.source === 'none' ? 'unknown' : `${needs.capabilities.join(', ') || 'nothing'}${needs.apps.length ? ` on ${needs.apps.join(', ')}` : ''}`}`
  ];
  // What could not be seen, and where commands in the repository's files were found.
  const unseen = unseenUses(needs);
  if (unseen.length > 0)
    lines[lines.length - 1] =
      `Needs:     ${seenNeeds(needs)}; could not see: ${listUnseen(unseen)}`;
  for (const chain of followedChains(needs)) lines.push(`           from ${chain}`);
  const findings = sortFindings(report.findings);
  lines.push('', findings.length === 0 ? 'No findings.' : `Findings (${findings.length}):`);
  for (const f of findings) {
    const where = f.location ? ` ${f.location.file}:${f.location.line}` : '';
    lines.push(`  [${f.severity}] ${f.rule}${where}: ${f.message}`);
  }
  const fix = findings.find(f => f.fix && f.fix.commands.length > 0)?.fix;
  if (fix) lines.push('', `Fix: ${fix.summary}`, ...fix.commands.map(c => `  $ ${c}`));
  for (const note of report.notes) lines.push('', `Note: ${note}`);
  return lines.join('\n');
}
