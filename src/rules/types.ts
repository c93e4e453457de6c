// Findings and rules: the shared vocabulary of every rule, reporter and front end.
import type { SourceLocation } from '../workflow/types.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Higher is worse: critical 4 ... info 0. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}

export interface Fix {
  /** One sentence: what to do. */
  summary: string;
  /** Exact shell commands, in order (mint, store, revoke). Never contain a token. */
  commands: string[];
}

export interface Finding {
  /** Stable kebab-case rule id, e.g. `personal-token`. */
  rule: string;
  severity: Severity;
  /** What is wrong and why it matters, in one or two sentences. Never contains a token. */
  message: string;
  location?: SourceLocation;
  fix?: Fix;
  /** Which token it concerns (health mode: the env var name). */
  subject?: string;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** Short title for tables and SARIF `shortDescription`. */
  title: string;
  /** Longer help text for SARIF `fullDescription`/`help`. */
  help: string;
}

export interface Rule<Context> extends RuleMeta {
  check(context: Context): Finding[];
}

export type Verdict = 'pass' | 'warn' | 'fail';

/** A fail-on setting as people write it (`high`, `never` or `none`, any case); else undefined. */
export function failOnFrom(text: string): Severity | 'never' | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'never' || value === 'none') return 'never';
  return SEVERITIES.includes(value as Severity) ? (value as Severity) : undefined;
}

/** Whether a finding of `severity` (null: none) fails a run that fails on `failOn`. */
export function reachesFailOn(severity: Severity | null, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && severity !== null && severityRank(severity) >= severityRank(failOn);
}

/** fail when any finding reaches `failOn`; warn when any finding is above info; else pass. */
export function verdictFor(findings: readonly Finding[], failOn: Severity | 'never'): Verdict {
  if (findings.some(f => reachesFailOn(f.severity, failOn))) return 'fail';
  return findings.some(f => f.severity !== 'info') ? 'warn' : 'pass';
}

export function docsUrl(ruleId: string): string {
  return `https://github.com/fly-token-guard/fly-token-guard/blob/main/docs/rules/${ruleId}.md`;
}

/** A fix that is a change to make, with no command to run. */
export function advice(summary: string): Fix {
  return { summary, commands: [] };
}
