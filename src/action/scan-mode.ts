// `mode: scan`: the repository scan on pull requests and pushes. Annotations on the exact places,
// a job summary, SARIF for code scanning, optionally one sticky PR comment. The GitHub client
// loads only when a comment or the pull request's changed files are wanted.
import { readFileSync } from 'node:fs';
import {
  pullRequestOf,
  repositoryOf,
  resolveChangedLines,
  type ChangedLines,
  type PullRequestRef
} from '../engine/pr-changes.js';
import { createRepoFiles } from '../engine/repo-files.js';
import { DEFAULT_MAX_FILES, scanRepository, type ScanReport } from '../engine/scan.js';
import { fsScanIo } from '../engine/scan-io.js';
import { findingToJson } from '../report/findings-json.js';
import type { BlobLinkTarget } from '../report/markdown.js';
import { renderScanComment, renderScanSummary } from '../report/scan-summary.js';
import { scanSarif } from '../report/scan-sarif.js';
import type { GitHubClient } from '../github/client.js';
import { loadGitHubClient } from '../github/load-client.js';
import { currentTime } from './clock.js';
import type { Deadline } from '../io/deadline.js';
import { readBoolean, readFailOn, readInput, readNumber } from './inputs.js';
import { writeOutputFile } from './output-file.js';
import type { ModeRun } from './types.js';
import { plural } from '../rules/words.js';

const COMMENT_MARKER = 'scan';

function readEventPayload(): unknown {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

async function githubClient(token: string, deadline: Deadline): Promise<GitHubClient> {
  const { createGitHubClient } = await loadGitHubClient();
  return createGitHubClient(token, { deadline });
}

async function changedLines(
  pr: PullRequestRef,
  root: string,
  client: (() => Promise<GitHubClient>) | null
): Promise<{ changes: ChangedLines | null; notes: string[] }> {
  const listFiles = client
    ? async () => {
        const { listPullRequestFiles } = await import('../github/pull-files.js');
        return listPullRequestFiles(await client(), {
          owner: pr.owner,
          repo: pr.repo,
          pullNumber: pr.number
        });
      }
    : undefined;
  const resolved = await resolveChangedLines(pr, {
    ...(listFiles ? { pullFiles: listFiles } : {}),
    gitDiff: base => fsScanIo.diff(root, base)
  });
  // Which source failed matters only when none worked.
  return { changes: resolved.changes, notes: resolved.changes === null ? resolved.notes : [] };
}

function blobLink(pr: PullRequestRef | null): BlobLinkTarget | undefined {
  const { owner, repo } = repositoryOf(process.env.GITHUB_REPOSITORY) ?? {};
  const sha = pr?.headSha ?? process.env.GITHUB_SHA;
  if (!owner || !repo || !sha) return undefined;
  return {
    owner,
    repo,
    sha,
    ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {})
  };
}

function findingsOutput(report: ScanReport): string {
  return JSON.stringify(
    report.findings.map(f => ({
      ...findingToJson(f),
      ...(f.isNew !== undefined ? { new: f.isNew } : {})
    }))
  );
}

function writeSarif(run: ModeRun, root: string, file: string, report: ScanReport): string {
  const repo = createRepoFiles(root);
  const log = scanSarif(report, f => repo.read(f));
  writeOutputFile('sarif-file', root, file, run.redact(`${JSON.stringify(log, null, 2)}\n`));
  return file;
}

async function comment(
  run: ModeRun,
  report: ScanReport,
  pr: PullRequestRef,
  client: () => Promise<GitHubClient>,
  link: BlobLinkTarget | undefined
): Promise<void> {
  const { upsertStickyComment, resolveStickyComment } = await import('../github/sticky-comment.js');
  const target = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, marker: COMMENT_MARKER };
  const result =
    report.findings.length > 0
      ? await upsertStickyComment(await client(), {
          ...target,
          body: run.redact(renderScanComment(report, link ? { link } : {}))
        })
      : await resolveStickyComment(await client(), target);
  if (result.ok) run.publisher.info(`Pull request comment: ${result.action}.`);
  else
    run.publisher.warning(`${result.reason} The scan result stands; only the comment is missing.`);
}

export async function runScanMode(run: ModeRun): Promise<void> {
  const { publisher } = run;
  const failOn = readFailOn();
  const sarifFile = readInput('sarif-file').trim();
  const wantComment = readBoolean('comment', false);
  const maxFiles = readNumber('max-files', DEFAULT_MAX_FILES, 1, 10_000_000);
  const githubToken = readInput('github-token').trim();
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();

  const pr = pullRequestOf(
    process.env.GITHUB_EVENT_NAME,
    readEventPayload(),
    process.env.GITHUB_REPOSITORY
  );
  let clientPromise: Promise<GitHubClient> | undefined;
  const client =
    githubToken === '' ? null : () => (clientPromise ??= githubClient(githubToken, run.deadline));

  const extraNotes: string[] = [];
  let changes: ChangedLines | null = null;
  if (pr) {
    const resolved = await changedLines(pr, root, client);
    changes = resolved.changes;
    extraNotes.push(...resolved.notes);
  }

  const report = await scanRepository({ root, maxFiles, failOn, changes, now: currentTime() });
  report.notes.push(...extraNotes);

  const notAnnotated = publisher.annotate(report.findings);
  const outputs: Record<string, string> = {
    verdict: report.verdict,
    findings: findingsOutput(report),
    'sarif-file': ''
  };
  if (sarifFile !== '') outputs['sarif-file'] = writeSarif(run, root, sarifFile, report);
  publisher.outputs(outputs);

  const link = blobLink(pr);
  if (wantComment) {
    if (!pr) {
      publisher.info('comment: true, but this run is not for a pull request: no comment written.');
    } else if (!client) {
      publisher.warning('comment: true, but github-token is empty: no comment written.');
    } else {
      await comment(run, report, pr, client, link);
    }
  }
  await publisher.summary(renderScanSummary(report, { notAnnotated, ...(link ? { link } : {}) }));

  const newPart = report.newCount === null ? '' : `, ${report.newCount} new in this pull request`;
  const headline = `Fly token scan: ${plural(report.findings.length, 'finding')}${newPart}; verdict ${report.verdict}.`;
  publisher.conclude(
    headline,
    report.verdict === 'fail',
    'See the annotations and the job summary.'
  );
}
