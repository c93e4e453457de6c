// `mode: audit`: the org audit in a workflow. Either reads the organization (one shard of it,
// when `shard` is set) through the REST API, or, with `reports`, merges the shard reports of a
// matrix. Writes the report as JSON (`report-file` output), the org summary, and optionally keeps
// one tracking issue in this repository.
import { lstatSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderAuditMarkdown } from '../audit/markdown.js';
import { AuditMergeError, mergeAuditReports } from '../audit/merge.js';
import { readAuditReportFile } from '../audit/report-file.js';
import { worstSeverity, type AuditReport } from '../audit/report.js';
import { isAuditUsageError, startAudit } from '../audit/run.js';
import { parseShard, type Shard } from '../audit/shard.js';
import { repositoryOf } from '../engine/pr-changes.js';
import { reachesFailOn } from '../rules/types.js';
import { currentTime } from './clock.js';
import { InputError, readBoolean, readFailOn, readInput, readList } from './inputs.js';
import { writeOutputFile } from './output-file.js';
import type { ModeRun } from './types.js';

const AUDIT_ISSUE_LABEL = 'fly-token-audit';

function readShard(): Shard | null {
  const raw = readInput('shard').trim();
  if (raw === '') return null;
  try {
    return parseShard(raw);
  } catch (error) {
    throw new InputError(`Input 'shard': ${error instanceof Error ? error.message : 'invalid'}.`);
  }
}

/** The report files `reports` names: files, or the `.json` files directly in a directory. */
function reportFiles(entries: readonly string[], root: string): string[] {
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.resolve(root, entry);
    let stat;
    try {
      stat = lstatSync(full);
    } catch {
      throw new InputError(`Input 'reports': '${entry}' does not exist.`);
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(full).sort()) {
        const file = path.join(full, name);
        if (name.endsWith('.json') && lstatSync(file).isFile()) files.push(file);
      }
    } else if (stat.isFile()) files.push(full);
    else throw new InputError(`Input 'reports': '${entry}' is not a regular file or directory.`);
  }
  if (files.length === 0) throw new InputError("Input 'reports' names no report file (*.json).");
  return files;
}

function mergeFiles(files: readonly string[]): AuditReport {
  try {
    return mergeAuditReports(files.map(file => readAuditReportFile(file, path.basename(file))));
  } catch (error) {
    if (error instanceof AuditMergeError)
      throw new InputError(`Input 'reports': ${error.message}.`);
    throw error;
  }
}

async function readOrganization(run: ModeRun): Promise<AuditReport> {
  const org = (readInput('org').trim() || process.env.GITHUB_REPOSITORY_OWNER) ?? '';
  if (org === '') throw new InputError("Input 'org' is empty: name the organization to audit.");
  try {
    const { report, requests } = await startAudit({
      org,
      token: readInput('github-token').trim(),
      ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
      repositories: readList('repositories'),
      includeArchived: readBoolean('include-archived', false),
      includeForks: readBoolean('include-forks', false),
      shard: readShard(),
      deadline: run.deadline,
      now: currentTime()
    });
    run.publisher.info(
      `Audit of ${org}: ${report.repositories.length} repositories, ${requests} GitHub requests.`
    );
    return report;
  } catch (error) {
    if (isAuditUsageError(error)) throw new InputError(error.message);
    throw error;
  }
}

/**
 * Writes the report as JSON. A file like any other we write: every string passes the scrub (it
 * holds repository names, paths and findings from repositories anyone in the org can push to),
 * and a committed symlink at the path, or at a folder on it, is never written through.
 */
function writeReport(run: ModeRun, report: AuditReport): string {
  const shardPart = report.shard ? `-${report.shard.index}-of-${report.shard.count}` : '';
  const requested = readInput('report-file').trim();
  const base = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const target =
    requested ||
    path.join(process.env.RUNNER_TEMP ?? tmpdir(), `fly-token-guard-audit${shardPart}.json`);
  const json = JSON.stringify(
    report,
    (_key, value: unknown) => (typeof value === 'string' ? run.redact(value) : value),
    2
  );
  return writeOutputFile('report-file', base, target, `${json}\n`);
}

async function syncIssue(
  run: ModeRun,
  report: AuditReport,
  markdown: string,
  failing: boolean
): Promise<void> {
  const token = readInput('github-token').trim();
  const { owner, repo } = repositoryOf(process.env.GITHUB_REPOSITORY) ?? {};
  if (!owner || !repo || token === '') {
    run.publisher.warning(
      'audit-issue: true, but the repository or github-token is unknown: no issue written.'
    );
    return;
  }
  const { createGitHubClient } = await import('../github/client.js');
  const { syncHealthIssue } = await import('../github/health-issue.js');
  const client = createGitHubClient(token, { deadline: run.deadline });
  const result = await syncHealthIssue(client, {
    owner,
    repo,
    label: AUDIT_ISSUE_LABEL,
    marker: 'audit',
    // Written outside the runner's masking: the texts pass the scrub too.
    title: run.redact(`Fly token audit of ${report.org}: findings to fix`),
    body: run.redact(markdown),
    unhealthy: failing,
    fingerprint: JSON.stringify([
      report.summary.bySeverity,
      report.summary.topRepositories.map(r => r.repo)
    ]),
    closeComment:
      '✅ **fly-token-guard**: the org audit has nothing left at the fail-on level. Closing this issue.'
  });
  if (result.ok) run.publisher.info(`Audit issue: ${result.action}.`);
  else run.publisher.warning(`${result.reason} The audit stands; only the issue is missing.`);
}

export async function runAuditMode(run: ModeRun): Promise<void> {
  const { publisher } = run;
  const failOn = readFailOn();
  const reports = readList('reports');
  const report =
    reports.length > 0
      ? mergeFiles(reportFiles(reports, process.env.GITHUB_WORKSPACE ?? process.cwd()))
      : await readOrganization(run);
  const file = writeReport(run, report);
  const worst = worstSeverity(report);
  const failing = reachesFailOn(worst, failOn);
  const warns = (worst !== null && worst !== 'info') || !report.complete;
  const verdict = failing ? 'fail' : warns ? 'warn' : 'pass';
  publisher.outputs({ verdict, 'report-file': file, complete: String(report.complete) });
  const markdown = renderAuditMarkdown(report);
  if (readBoolean('audit-issue', false)) await syncIssue(run, report, markdown, failing);
  await publisher.summary(markdown);
  const headline = `Fly token audit of ${report.org}: ${report.summary.withFindings} of ${report.summary.audited} audited repositories with findings; verdict ${verdict}.`;
  if (!report.complete) publisher.warning(`The audit is incomplete: ${report.notes.join(' ')}`);
  publisher.conclude(headline, failing, `See the job summary and ${path.basename(file)}.`);
}
