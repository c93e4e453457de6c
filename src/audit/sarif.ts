// The org audit as SARIF 2.1.0: one run, every repository's findings located at `owner/name/path`.
import type { Log } from 'sarif';
import { ruleMeta } from '../rules/registry.js';
import { scanRules } from '../rules/scan/index.js';
import { SEVERITIES, type Finding, type Severity } from '../rules/types.js';
import { SARIF_TOOL } from '../report/scan-sarif.js';
import { toSarif } from '../report/sarif.js';
import type { AuditReport } from './report.js';

const severityOf = (name: string): Severity =>
  (SEVERITIES as readonly string[]).includes(name) ? (name as Severity) : 'info';

export function auditSarif(report: AuditReport): Log {
  const findings: Finding[] = report.repositories.flatMap(entry =>
    entry.findings.map(f => ({
      rule: f.rule,
      severity: severityOf(f.severity),
      message: f.message,
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.file !== null
        ? {
            location: { file: `${entry.repo}/${f.file}`, line: f.line ?? 1, column: f.column ?? 1 }
          }
        : {})
    }))
  );
  return toSarif(findings, ruleMeta(scanRules), SARIF_TOOL, {});
}
