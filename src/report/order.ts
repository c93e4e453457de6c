// One ordering for every reporter: worst first, then by place in the repository, so tables,
// annotations and comments list the same findings in the same order.
import type { Finding } from '../rules/types.js';
import { severityRank } from '../rules/types.js';

/** Severity (worst first), then file, line, column; findings without a location after located ones. */
function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = severityRank(b.severity) - severityRank(a.severity);
  if (bySeverity !== 0) return bySeverity;
  const la = a.location;
  const lb = b.location;
  if (la === undefined || lb === undefined) {
    return (la === undefined ? 1 : 0) - (lb === undefined ? 1 : 0);
  }
  if (la.file !== lb.file) return la.file < lb.file ? -1 : 1;
  return la.line - lb.line || la.column - lb.column;
}

/** A sorted copy; ties keep their input order (Array.prototype.sort is stable). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
