// Markdown pieces shared by the sticky PR comment and the health issue: a findings table whose
// cells cannot break the table or inject markup, and truncation to GitHub's body limit.
import type { Finding, Severity, Verdict } from '../rules/types.js';
import { SEVERITIES, docsUrl } from '../rules/types.js';
import type { SourceLocation } from '../workflow/types.js';
import { sortFindings } from './order.js';
import { relativeUri } from './sarif.js';
import { plural } from '../rules/words.js';

/** GitHub rejects issue and comment bodies longer than this. */
export const GITHUB_BODY_LIMIT = 65536;

const ICONS: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪'
};

export function severityIcon(severity: Severity): string {
  return ICONS[severity];
}

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };

/** Where `file:line` links point: a blob at a fixed commit, so the line stays right. */
export interface BlobLinkTarget {
  owner: string;
  repo: string;
  sha: string;
  /** https://github.com unless on GHES (GITHUB_SERVER_URL). */
  serverUrl?: string;
}

/**
 * Escapes text for markdown: characters that open emphasis, code, links, images, HTML, entities,
 * strikethrough or table cells anywhere; characters that open headings, lists or quotes at the
 * start of a line; and `@mentions` (a zero-width space keeps GitHub from pinging anyone).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, char => `\\${char}`)
    .replace(/^([ \t]*)([#+\-=])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2')
    .replace(/(^|[^\w@])@(?=\w)/g, '$1@\u200B');
}

/** Escapes text for one table cell: markdown specials plus line breaks. */
export function escapeTableCell(text: string): string {
  return escapeMarkdown(text.trim()).replace(/\r?\n/g, '<br>');
}

/**
 * Prose that may hold `code` spans (as rule messages do): the prose is escaped, each span is
 * re-emitted as a safe code span, so `<ORG>` and `a|b` survive inside spans and outside them.
 */
export function proseWithCode(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? codeSpan(part.slice(1, -1)) : escapeMarkdown(part)))
    .join('');
}

/** A code span that survives backticks and pipes in its content, inside a table cell. */
export function codeSpan(text: string): string {
  const content = text.replace(/\r?\n/g, ' ');
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${content.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** An org or app id with its name when known: "`web` (123)", else "`123`". */
export function namedId(id: string, name: string | undefined): string {
  return name ? `${codeSpan(name)} (${id})` : codeSpan(id);
}

/** An app's label with its access letters when known: "`web` (123): `rw`". */
export function withAccess(label: string, access: string | undefined): string {
  return access ? `${label}: ${codeSpan(access)}` : label;
}

/** Commands as a fenced `sh` block. */
export function shellBlock(commands: readonly string[]): string[] {
  return ['```sh', ...commands, '```'];
}

/** A repository path in a link: as in SARIF, with parentheses encoded (they end a markdown link). */
function encodePath(file: string): string {
  return relativeUri(file).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function blobUrl(target: BlobLinkTarget, location: SourceLocation): string {
  const server = (target.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const owner = encodeURIComponent(target.owner);
  const repo = encodeURIComponent(target.repo);
  const sha = encodeURIComponent(target.sha);
  const end =
    location.endLine !== undefined && location.endLine > location.line
      ? `-L${location.endLine}`
      : '';
  return `${server}/${owner}/${repo}/blob/${sha}/${encodePath(location.file)}#L${location.line}${end}`;
}

function locationCell(finding: Finding, link: BlobLinkTarget | undefined): string {
  const location = finding.location;
  if (location === undefined) {
    return finding.subject === undefined ? '—' : codeSpan(finding.subject);
  }
  const text = escapeTableCell(`${location.file}:${location.line}`);
  return link === undefined ? text : `[${text}](${blobUrl(link, location)})`;
}

function messageCell(finding: Finding, includeFix: boolean): string {
  const cell = (text: string): string => proseWithCode(text.trim()).replace(/\r?\n/g, '<br>');
  const parts = [cell(finding.message)];
  if (includeFix && finding.fix !== undefined) {
    parts.push(`**Fix:** ${cell(finding.fix.summary)}`);
    parts.push(...finding.fix.commands.map(codeSpan));
  }
  return parts.join('<br>');
}

/**
 * A rule id as a link to its page, with non-breaking hyphens (U+2011) so a narrow table column
 * never wraps `broader-than-needed` mid-word. The id itself is on the page it links to.
 */
export function ruleLink(rule: string): string {
  return `[${codeSpan(rule.replace(/-/g, '\u2011'))}](${docsUrl(encodeURIComponent(rule))})`;
}

function findingRow(
  finding: Finding,
  options: { link?: BlobLinkTarget; includeFix?: boolean } = {}
): string {
  const severity = `${ICONS[finding.severity]} ${finding.severity}`;
  const rule = ruleLink(finding.rule);
  const location = locationCell(finding, options.link);
  const message = messageCell(finding, options.includeFix ?? true);
  return `| ${severity} | ${rule} | ${location} | ${message} |`;
}

interface FindingsTableOptions {
  /** Link `file:line` to the blob at this commit; plain text without it. */
  link?: BlobLinkTarget;
  /** Show each finding's fix under its message (default true). */
  includeFix?: boolean;
  /** Character budget for the whole table, "more" line included (default: GitHub's body limit). */
  maxChars?: number;
}

const TABLE_HEADER = '| Severity | Rule | Location | Finding |\n| --- | --- | --- | --- |';

function moreLine(count: number): string {
  return `_…and ${plural(count, 'more finding')} not shown (see the job summary or the SARIF report)._`;
}

/**
 * The findings, worst first, as a markdown table that fits in `maxChars`: rows that do not fit
 * are replaced by an "and N more" line. Empty string for no findings.
 */
export function renderFindingsTable(
  findings: readonly Finding[],
  options: FindingsTableOptions = {}
): string {
  if (findings.length === 0) return '';
  const budget = options.maxChars ?? GITHUB_BODY_LIMIT;
  const rows = sortFindings(findings).map(finding => findingRow(finding, options));
  let body = TABLE_HEADER;
  let shown = 0;
  for (const row of rows) {
    const remainingAfter = rows.length - shown - 1;
    const candidate = `${body}\n${row}`;
    const tail = remainingAfter > 0 ? `\n\n${moreLine(remainingAfter)}` : '';
    if (candidate.length + tail.length > budget) break;
    body = candidate;
    shown += 1;
  }
  if (shown === rows.length) return body;
  const rest = moreLine(rows.length - shown);
  if (shown === 0) return rest.length <= budget ? rest : '';
  return `${body}\n\n${rest}`;
}

/** One line like "🔴 1 critical · 🟠 2 high", worst first; "no findings" when empty. */
export function renderSeverityCounts(findings: readonly Finding[]): string {
  const parts = SEVERITIES.flatMap(severity => {
    const count = findings.filter(f => f.severity === severity).length;
    return count > 0 ? [`${ICONS[severity]} ${count} ${severity}`] : [];
  });
  return parts.length > 0 ? parts.join(' · ') : 'no findings';
}

/**
 * Cuts a body that exceeds `limit` at a line break and says how much was left out. Bodies within
 * the limit come back unchanged.
 */
export function truncateBody(body: string, limit: number = GITHUB_BODY_LIMIT): string {
  if (body.length <= limit) return body;
  const note = (omitted: number): string =>
    `\n\n_…truncated: ${omitted} characters not shown (GitHub's ${limit}-character limit)._`;
  // Reserve room for the note at its longest (every character omitted).
  const room = Math.max(0, limit - note(body.length).length);
  let cut = body.lastIndexOf('\n', room);
  if (cut <= 0) cut = room;
  // Never split a surrogate pair.
  const code = body.charCodeAt(cut - 1);
  if (cut > 0 && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${body.slice(0, cut)}${note(body.length - cut)}`;
}
