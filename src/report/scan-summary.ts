// The scan as markdown (job summary and sticky PR comment) and as terminal text. New findings
// (on lines the pull request changed) get their own table, first.
import type { ScanFinding, ScanReport } from '../engine/scan.js';
import {
  GITHUB_BODY_LIMIT,
  escapeMarkdown,
  renderFindingsTable,
  renderSeverityCounts,
  VERDICT_ICON,
  type BlobLinkTarget
} from './markdown.js';
import { plural } from '../rules/words.js';

interface ScanMarkdownOptions {
  /** Link `file:line` to the blob at this commit. */
  link?: BlobLinkTarget;
  /** Findings that did not become annotations (GitHub shows 10 per level). */
  notAnnotated?: number;
}

function factsLine(report: ScanReport): string {
  const parts = [
    renderSeverityCounts(report.findings),
    `${plural(report.filesScanned, 'file')} scanned (${plural(report.workflowsScanned, 'workflow')})`
  ];
  if (report.newCount !== null) parts.push(`${report.newCount} new in this pull request`);
  if (report.ignoredCount > 0) parts.push(`${report.ignoredCount} ignored`);
  return parts.join(' · ');
}

function tables(report: ScanReport, options: ScanMarkdownOptions, budget: number): string[] {
  const out: string[] = [];
  if (report.findings.length === 0) return out;
  const link = options.link ? { link: options.link } : {};
  if (report.newCount === null) {
    out.push(
      '### Findings',
      '',
      renderFindingsTable(report.findings, { ...link, maxChars: budget })
    );
    return out;
  }
  const fresh: ScanFinding[] = report.findings.filter(f => f.isNew);
  const old: ScanFinding[] = report.findings.filter(f => !f.isNew);
  if (fresh.length > 0) {
    out.push(
      `### New in this pull request (${fresh.length})`,
      '',
      renderFindingsTable(fresh, { ...link, maxChars: Math.floor(budget * 0.6) })
    );
  } else {
    out.push('None of the findings is on a line this pull request changed.');
  }
  if (old.length > 0) {
    out.push(
      '',
      `### Already in the repository (${old.length})`,
      '',
      renderFindingsTable(old, { ...link, includeFix: false, maxChars: Math.floor(budget * 0.35) })
    );
  }
  return out;
}

function notesBlock(report: ScanReport, notAnnotated: number): string[] {
  const notes = [...report.notes];
  if (notAnnotated > 0) {
    notes.unshift(
      `${plural(notAnnotated, 'finding')} not annotated in the diff (GitHub shows at most 10 annotations per level); every finding is in the tables above.`
    );
  }
  if (notes.length === 0) return [];
  return ['', '#### Notes', '', ...notes.map(n => `- ${escapeMarkdown(n)}`)];
}

/** The job summary. */
export function renderScanSummary(report: ScanReport, options: ScanMarkdownOptions = {}): string {
  const heading = `## ${VERDICT_ICON[report.verdict]} fly-token-guard scan: ${report.verdict}`;
  const threshold =
    report.failOn === 'never' ? 'never fails' : `fails on ${report.failOn} and above`;
  return [
    heading,
    '',
    `${factsLine(report)} · ${threshold}`,
    '',
    ...(report.findings.length === 0
      ? ['No risky Fly token handling found.']
      : tables(report, options, GITHUB_BODY_LIMIT - 4000)),
    ...notesBlock(report, options.notAnnotated ?? 0)
  ].join('\n');
}

/** The sticky pull request comment: the same tables, compact. */
export function renderScanComment(report: ScanReport, options: ScanMarkdownOptions = {}): string {
  const heading =
    report.newCount !== null && report.newCount > 0
      ? `### ${VERDICT_ICON[report.verdict]} fly-token-guard: ${plural(report.newCount, 'new finding')} in this pull request`
      : `### ${VERDICT_ICON[report.verdict]} fly-token-guard: ${plural(report.findings.length, 'finding')}`;
  return [
    heading,
    '',
    factsLine(report),
    '',
    ...tables(report, options, GITHUB_BODY_LIMIT - 2000),
    '',
    '<sub>Rules, fixes and how to silence a finding: see the linked rule pages.</sub>'
  ].join('\n');
}

/** The scan for terminals. */
export function renderScanText(report: ScanReport): string {
  const lines = [
    `Verdict: ${report.verdict.toUpperCase()} (fails on ${report.failOn})`,
    `Scanned: ${plural(report.filesScanned, 'file')}, ${plural(report.workflowsScanned, 'workflow')}` +
      (report.ignoredCount > 0 ? `; ${report.ignoredCount} findings ignored` : '')
  ];
  lines.push(
    '',
    report.findings.length === 0 ? 'No findings.' : `Findings (${report.findings.length}):`
  );
  for (const f of report.findings) {
    const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column} ` : '';
    lines.push(`  ${where}[${f.severity}] ${f.rule}${f.isNew ? ' (new)' : ''}`, `    ${f.message}`);
    if (f.fix) {
      lines.push(`    Fix: ${f.fix.summary}`, ...f.fix.commands.map(c => `      $ ${c}`));
    }
  }
  for (const note of report.notes) lines.push('', `Note: ${note}`);
  return lines.join('\n');
}
