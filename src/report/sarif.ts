// Findings -> SARIF 2.1.0, shaped for GitHub code scanning (`github/codeql-action/upload-sarif`).
import { createHash } from 'node:crypto';
import type { Location, Log, Region, ReportingDescriptor, Result, ToolComponent } from 'sarif';
import type { Finding, RuleMeta, Severity } from '../rules/types.js';
import { docsUrl } from '../rules/types.js';
import type { SourceLocation } from '../workflow/types.js';

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our entry in `partialFingerprints`; bump the suffix if the recipe ever changes. */
export const FINGERPRINT_KEY = 'flyTokenGuard/v1';

/** GitHub's `problem.severity` vocabulary. */
type ProblemSeverity = 'error' | 'warning' | 'recommendation';

/** File contents by repository-relative path, or a lookup returning them. */
export type SourceTexts = Readonly<Record<string, string>> | ((file: string) => string | undefined);

interface SarifOptions {
  /** Lets fingerprints follow the line's text rather than its number, so they survive line shifts. */
  sources?: SourceTexts;
}

const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0'
};

const LEVEL: Record<Severity, NonNullable<Result['level']>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note'
};

const PROBLEM_SEVERITY: Record<Severity, ProblemSeverity> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'recommendation',
  info: 'recommendation'
};

export function toSarif(
  findings: readonly Finding[],
  rules: readonly RuleMeta[],
  tool: Required<Pick<ToolComponent, 'name' | 'version' | 'informationUri'>>,
  options: SarifOptions = {}
): Log {
  const descriptors: ReportingDescriptor[] = [];
  const indexById = new Map<string, number>();
  const addRule = (meta: RuleMeta): void => {
    if (indexById.has(meta.id)) return;
    indexById.set(meta.id, descriptors.length);
    descriptors.push(ruleDescriptor(meta));
  };
  rules.forEach(addRule);
  // A finding from a rule the caller did not list still needs a descriptor for its ruleIndex.
  for (const finding of findings) {
    addRule({ id: finding.rule, defaultSeverity: finding.severity, title: finding.rule, help: '' });
  }

  const fingerprints = computeFingerprints(findings, options.sources);
  const results = findings.map((finding, i): Result => {
    const location = finding.location && sarifLocation(finding.location);
    // `subject`: which token the finding concerns (health mode: the env var name).
    const properties: Result['properties'] = { severity: finding.severity };
    if (finding.subject !== undefined) properties.subject = finding.subject;
    if (finding.fix !== undefined && finding.fix.commands.length > 0) {
      properties.fixCommands = [...finding.fix.commands];
    }
    return {
      ruleId: finding.rule,
      ruleIndex: indexById.get(finding.rule) ?? 0,
      level: LEVEL[finding.severity],
      message: { text: messageText(finding) },
      ...(location ? { locations: [location] } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] ?? '' },
      properties
    };
  });

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri,
            rules: descriptors
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  };
}

function ruleDescriptor(meta: RuleMeta): ReportingDescriptor {
  const url = docsUrl(meta.id);
  const help = meta.help.trim() || meta.title;
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: help },
    help: {
      text: `${help}\n\nDocumentation: ${url}`,
      markdown: `**${meta.title}**\n\n${help}\n\n[Rule documentation](${url})`
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: {
      tags: ['security', 'fly.io'],
      // GitHub maps this CVSS-like score (as a string) to critical/high/medium/low.
      'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
      'problem.severity': PROBLEM_SEVERITY[meta.defaultSeverity]
    }
  };
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(part => part.length > 0)
    .map(part => part[0]?.toUpperCase() + part.slice(1))
    .join('');
}

function messageText(finding: Finding): string {
  if (finding.fix === undefined) return finding.message;
  const commands = finding.fix.commands.map(command => `  ${command}`);
  return [finding.message, `Fix: ${finding.fix.summary}`, ...commands].join('\n');
}

/** A repository-relative path as a relative URI reference (each segment percent-encoded). */
export function relativeUri(file: string): string {
  const normalized = file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
  return normalized
    .split('/')
    .map(segment => encodeURIComponent(segment))
    .join('/');
}

function sarifLocation(location: SourceLocation): Location {
  const region = sarifRegion(location);
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(location.file), uriBaseId: '%SRCROOT%' },
      ...(region ? { region } : {})
    }
  };
}

function isPositiveInteger(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1;
}

function sarifRegion(location: SourceLocation): Region | undefined {
  if (!isPositiveInteger(location.line)) return undefined;
  const region: Region = { startLine: location.line };
  const startColumn = isPositiveInteger(location.column) ? location.column : 1;
  if (isPositiveInteger(location.column)) region.startColumn = location.column;
  const endLine = isPositiveInteger(location.endLine) ? location.endLine : location.line;
  if (endLine > location.line) region.endLine = endLine;
  if (isPositiveInteger(location.endColumn)) {
    if (endLine > location.line || location.endColumn >= startColumn) {
      region.endColumn = location.endColumn;
    }
  }
  return region;
}

/**
 * One fingerprint per finding: hash of rule id, file, the trimmed text of the finding's line and
 * its occurrence index among findings sharing those three. Line numbers are left out so an alert
 * keeps its identity when lines are inserted above it. Without the file's text the message
 * stands in for the line; without a location, the subject (which token) does.
 */
export function computeFingerprints(
  findings: readonly Finding[],
  sources: SourceTexts | undefined
): string[] {
  const lineText = lineLookup(findings, sources);
  const keys = findings.map(finding => {
    const location = finding.location;
    if (location === undefined) {
      return ['no-location', finding.rule, finding.subject ?? ''];
    }
    const text = lineText(location.file, location.line);
    const anchor = text === undefined ? `message:${finding.message}` : `text:${text.trim()}`;
    return ['located', finding.rule, relativeUri(location.file), anchor];
  });

  // Occurrence index by position, so reordering the findings array does not swap fingerprints.
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const id = JSON.stringify(key);
    groups.set(id, [...(groups.get(id) ?? []), i]);
  });
  const occurrence = new Array<number>(findings.length).fill(0);
  for (const members of groups.values()) {
    members
      .sort((a, b) => positionOrder(findings[a], findings[b]) || a - b)
      .forEach((findingIndex, rank) => {
        occurrence[findingIndex] = rank;
      });
  }

  return keys.map((key, i) =>
    createHash('sha256')
      .update(JSON.stringify([...key, occurrence[i]]))
      .digest('hex')
      .slice(0, 32)
  );
}

function positionOrder(a: Finding | undefined, b: Finding | undefined): number {
  const la = a?.location;
  const lb = b?.location;
  if (la === undefined || lb === undefined) return 0;
  return la.line - lb.line || la.column - lb.column;
}

/**
 * The text of each finding's line, each file read once and only the lines findings sit on kept
 * (a scan of many files with findings must not hold all their texts).
 */
function lineLookup(
  findings: readonly Finding[],
  sources: SourceTexts | undefined
): (file: string, line: number) => string | undefined {
  if (sources === undefined) return () => undefined;
  const read =
    typeof sources === 'function'
      ? sources
      : (file: string) => (Object.hasOwn(sources, file) ? sources[file] : undefined);
  const wanted = new Map<string, Set<number>>();
  for (const { location } of findings) {
    if (location === undefined) continue;
    const lines = wanted.get(location.file) ?? new Set<number>();
    lines.add(location.line);
    wanted.set(location.file, lines);
  }
  const kept = new Map<string, Map<number, string | undefined> | undefined>();
  for (const [file, lines] of wanted) {
    const all = read(file)?.split(/\r?\n/);
    // Copies: a line is a slice of its file's text and would keep all of it alive.
    const copy = (line: number): string | undefined => all?.[line - 1]?.split('').join('');
    kept.set(file, all && new Map([...lines].map(line => [line, copy(line)])));
  }
  return (file, line) => kept.get(file)?.get(line);
}
