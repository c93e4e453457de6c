// The scan as SARIF 2.1.0, for code scanning: every scan rule described, every finding located.
import type { Log } from 'sarif';
import type { ScanReport } from '../engine/scan.js';
import { FLY_TOKEN_GUARD_VERSION } from '../fly/version.js';
import { ruleMeta } from '../rules/registry.js';
import { scanRules } from '../rules/scan/index.js';
import { toSarif, type SourceTexts } from './sarif.js';

export const SARIF_TOOL = {
  name: 'fly-token-guard',
  version: FLY_TOKEN_GUARD_VERSION,
  informationUri: 'https://github.com/fly-token-guard/fly-token-guard'
};

/** `sources` lets fingerprints follow a line's text (hashed; never copied into the log). */
export function scanSarif(report: ScanReport, sources?: SourceTexts): Log {
  return toSarif(report.findings, ruleMeta(scanRules), SARIF_TOOL, sources ? { sources } : {});
}
