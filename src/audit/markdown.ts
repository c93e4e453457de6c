// The org audit as something a person would rather look at than read: a headline, a chart of
// findings by severity (Mermaid, which GitHub renders), the riskiest repositories, the rules that
// fire most, the secret names repositories share, and what was not read.
import { escapeTableCell, severityIcon, truncateBody } from '../report/markdown.js';
import { plural } from '../rules/words.js';
import { SEVERITIES, docsUrl, type Severity } from '../rules/types.js';
import type { AuditReport } from './report.js';

const MAX_ROWS = 15;

function headline(report: AuditReport): string {
  const { summary } = report;
  const worst = SEVERITIES.find(s => summary.bySeverity[s] > 0);
  const icon = worst === undefined ? '✅' : worst === 'critical' || worst === 'high' ? '❌' : '⚠️';
  const scope = report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : '';
  return `## ${icon} Fly token audit of ${escapeTableCell(report.org)}${scope}`;
}

function factsLine(report: AuditReport): string {
  const { summary } = report;
  const parts = [
    `${plural(summary.audited, 'repository', 'repositories')} audited`,
    `${summary.withFlySecrets} use Fly secrets`,
    `${summary.withFindings} with findings`
  ];
  if (summary.skipped > 0) parts.push(`${summary.skipped} skipped`);
  if (!report.complete) parts.push('**incomplete**');
  return parts.join(' · ');
}

function severityChart(bySeverity: Record<Severity, number>): string[] {
  const present = SEVERITIES.filter(s => bySeverity[s] > 0);
  if (present.length === 0) return [];
  return [
    '```mermaid',
    'pie showData title Findings by severity',
    ...present.map(s => `    "${s}" : ${bySeverity[s]}`),
    '```'
  ];
}

function riskiest(report: AuditReport): string[] {
  const top = report.summary.topRepositories;
  if (top.length === 0) return [];
  return [
    '### Riskiest repositories',
    '',
    '| Repository | 🔴 | 🟠 | 🟡 | 🔵 | Worst finding |',
    '|---|--:|--:|--:|--:|---|',
    ...top.map(
      r =>
        `| ${escapeTableCell(r.repo)} | ${r.bySeverity.critical} | ${r.bySeverity.high} | ${r.bySeverity.medium} | ${r.bySeverity.low} | ${r.topRule ? `[\`${r.topRule}\`](${docsUrl(r.topRule)})` : ''} |`
    )
  ];
}

function byRule(report: AuditReport): string[] {
  const rules = Object.entries(report.summary.byRule);
  if (rules.length === 0) return [];
  const repos = (rule: string): number =>
    report.repositories.filter(r => r.findings.some(f => f.rule === rule)).length;
  const worst = (rule: string): Severity =>
    SEVERITIES.find(s =>
      report.repositories.some(r => r.findings.some(f => f.rule === rule && f.severity === s))
    ) ?? 'info';
  return [
    '### Findings by rule',
    '',
    '| Rule | Findings | Repositories |',
    '|---|--:|--:|',
    ...rules
      .slice(0, MAX_ROWS)
      .map(
        ([rule, count]) =>
          `| ${severityIcon(worst(rule))} [\`${rule}\`](${docsUrl(rule)}) | ${count} | ${repos(rule)} |`
      )
  ];
}

function sharedNames(report: AuditReport): string[] {
  const shared = report.crossRepository.sharedSecretNames;
  if (shared.length === 0) return [];
  return [
    '### Secret names shared across repositories',
    '',
    'The same name in several repositories is often one token copied around (or an org secret): one leak then reaches all of them. Prefer one deploy token per app.',
    '',
    '| Secret | Repositories |',
    '|---|---|',
    ...shared.slice(0, MAX_ROWS).map(s => {
      const shown = s.repositories.slice(0, 8).map(escapeTableCell).join(', ');
      const more = s.repositories.length > 8 ? ` and ${s.repositories.length - 8} more` : '';
      return `| \`${s.name}\` | ${s.repositories.length}: ${shown}${more} |`;
    })
  ];
}

function notRead(report: AuditReport): string[] {
  const skipped = report.repositories.filter(r => r.skipped !== null);
  if (skipped.length === 0) return [];
  return [
    '<details><summary>Skipped repositories (' + skipped.length + ')</summary>',
    '',
    '| Repository | Why |',
    '|---|---|',
    ...skipped
      .slice(0, 100)
      .map(r => `| ${escapeTableCell(r.repo)} | ${escapeTableCell(r.skipped ?? '')} |`),
    ...(skipped.length > 100
      ? ['', `…and ${skipped.length - 100} more (see the JSON report).`]
      : []),
    '',
    '</details>'
  ];
}

/** The org summary (job summary, tracking issue, `audit --markdown`). */
export function renderAuditMarkdown(report: AuditReport): string {
  const sections = [
    [headline(report), '', factsLine(report)],
    severityChart(report.summary.bySeverity),
    riskiest(report),
    byRule(report),
    sharedNames(report),
    report.notes.map(n => `> ${escapeTableCell(n)}`),
    notRead(report)
  ].filter(s => s.length > 0);
  return truncateBody(sections.map(s => s.join('\n')).join('\n\n') + '\n');
}

/** A few lines for a terminal. */
export function renderAuditText(report: AuditReport): string {
  const { summary } = report;
  const lines = [
    `Fly token audit of ${report.org}${report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : ''}: ${summary.audited} audited, ${summary.skipped} skipped, ${summary.withFindings} with findings${report.complete ? '' : ' (INCOMPLETE)'}`,
    `Findings: ${SEVERITIES.map(s => `${summary.bySeverity[s]} ${s}`).join(', ')}`
  ];
  for (const r of summary.topRepositories) {
    lines.push(
      `  ${r.repo}: ${SEVERITIES.filter(s => r.bySeverity[s] > 0)
        .map(s => `${r.bySeverity[s]} ${s}`)
        .join(', ')}${r.topRule ? ` (worst: ${r.topRule})` : ''}`
    );
  }
  for (const s of report.crossRepository.sharedSecretNames.slice(0, MAX_ROWS)) {
    lines.push(`  secret ${s.name} is used by ${s.repositories.length} repositories`);
  }
  for (const note of report.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}
