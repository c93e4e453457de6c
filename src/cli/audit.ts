// `fly-token-guard audit --org ORG …` and `audit merge FILE…`: the org audit from a terminal or a
// matrix job. Exit 0 pass (or warn), 1 findings at or above --fail-on, 2 bad usage or access,
// 3 incomplete (the deadline or the rate limit ended it, or shards are missing).
import { currentTime } from '../action/clock.js';
import { auditSarif } from '../audit/sarif.js';
import { renderAuditMarkdown, renderAuditText } from '../audit/markdown.js';
import { AuditMergeError, mergeAuditReports } from '../audit/merge.js';
import { readAuditReportFile } from '../audit/report-file.js';
import { worstSeverity, type AuditReport } from '../audit/report.js';
import { isAuditUsageError, startAudit } from '../audit/run.js';
import { parseShard } from '../audit/shard.js';
import { reachesFailOn } from '../rules/types.js';
import { parseFailOn, splitList, UsageError } from './args.js';
import type { CliContext, CommandHandler } from './types.js';

const AUDIT_INCOMPLETE_EXIT = 3;

function timeoutOf(value: string | undefined): { timeoutSeconds?: number } {
  if (value === undefined) return {};
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 6 * 3600) {
    throw new UsageError('--timeout-seconds must be a number of seconds between 1 and 21600');
  }
  return { timeoutSeconds: n };
}

function render(report: AuditReport, { args, out }: CliContext): void {
  const { values } = args;
  if (values.json) out(JSON.stringify(report, null, 2));
  else if (values.sarif) out(JSON.stringify(auditSarif(report), null, 2));
  else if (values.markdown) out(renderAuditMarkdown(report));
  else out(renderAuditText(report));
}

function exitCode(report: AuditReport, failOn: string | undefined): number {
  if (!report.complete) return AUDIT_INCOMPLETE_EXIT;
  const threshold = parseFailOn(failOn);
  return reachesFailOn(worstSeverity(report), threshold) ? 1 : 0;
}

export const runAuditCommand: CommandHandler = async context => {
  const { args, env } = context;
  const { values, positionals } = args;
  if ([values.json, values.sarif, values.markdown].filter(Boolean).length > 1) {
    throw new UsageError('--json, --sarif and --markdown exclude each other');
  }
  const failOn = values['fail-on'];
  parseFailOn(failOn);
  if (positionals[0] === 'merge') {
    const files = positionals.slice(1);
    if (files.length === 0)
      throw new UsageError('audit merge takes the shard report files to combine');
    try {
      const merged = mergeAuditReports(files.map(file => readAuditReportFile(file)));
      render(merged, context);
      return exitCode(merged, failOn);
    } catch (error) {
      if (error instanceof AuditMergeError) throw new UsageError(error.message);
      throw error;
    }
  }
  if (positionals.length > 0) throw new UsageError(`audit takes no '${positionals[0]}'`);
  if (!values.org) throw new UsageError('audit needs --org ORG');
  const apiUrl = values['github-api-url'] ?? env.GITHUB_API_URL;
  try {
    const { report } = await startAudit({
      org: values.org,
      token: env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '',
      ...(apiUrl ? { apiUrl } : {}),
      repositories: splitList(values.repos),
      includeArchived: values['include-archived'],
      includeForks: values['include-forks'],
      shard: values.shard === undefined ? null : parseShard(values.shard),
      ...timeoutOf(values['timeout-seconds']),
      now: currentTime(env)
    });
    render(report, context);
    return exitCode(report, failOn);
  } catch (error) {
    if (isAuditUsageError(error)) throw new UsageError(error.message);
    throw error;
  }
};
