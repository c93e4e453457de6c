// The machine-readable shape of findings (the `findings` output and `--json`): flat and stable.
import type { Finding } from '../rules/types.js';

export interface FindingJson {
  rule: string;
  severity: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  fix: { summary: string; commands: string[] } | null;
  subject?: string;
}

export function findingToJson(finding: Finding): FindingJson {
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    file: finding.location?.file ?? null,
    line: finding.location?.line ?? null,
    column: finding.location?.column ?? null,
    fix: finding.fix ? { summary: finding.fix.summary, commands: finding.fix.commands } : null,
    ...(finding.subject ? { subject: finding.subject } : {})
  };
}
