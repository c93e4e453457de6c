// `mode: health`: the scheduled check of every token a team keeps, with one GitHub issue that is
// opened while a token needs a person, rewritten when that changes and closed once all is well.
import { runHealth, type HealthReport, type HealthRow, type NamedToken } from '../engine/health.js';
import { repositoryOf } from '../engine/pr-changes.js';
import type { HealthIssueResult } from '../github/health-issue.js';
import { loadGitHubClient } from '../github/load-client.js';
import { healthOutputs } from '../report/health-outputs.js';
import { proseWithCode } from '../report/markdown.js';
import {
  healthIssueTitle,
  renderHealthCloseComment,
  renderHealthIssueBody,
  renderHealthSummary
} from '../report/health-summary.js';
import { expiryOf, expiryText } from '../report/expiry.js';
import { looksLikeToken, TOKEN_SHAPE } from '../token/token-shape.js';
import { needsFromInputs } from '../workflow/inputs.js';
import { currentTime, pinnedClockOption } from './clock.js';
import type { Deadline } from '../io/deadline.js';
import {
  InputError,
  onlineOptions,
  readCommonInputs,
  readInput,
  readList,
  type CommonInputs
} from './inputs.js';
import type { Scrub } from '../token/scrub.js';
import { maskTokens } from './publish.js';
import type { ModeRun } from './types.js';

export const DEFAULT_ISSUE_LABEL = 'fly-token-health';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const TOKENS_HELP =
  'list the names of the environment variables that hold the tokens, e.g. ' +
  '`tokens: FLY_PROD, FLY_STAGING` with `env: FLY_PROD: ${{ secrets.FLY_PROD }}` on the step';

/**
 * The variable names in `tokens`. An entry that is not a variable name is never echoed: the
 * commonest mistake is pasting the token itself (`tokens: ${{ secrets.FLY_PROD }}`).
 */
function tokenNames(entries: string[]): string[] {
  entries.forEach((entry, index) => {
    const isSetVariable = (process.env[entry] ?? '').trim() !== '';
    if (ENV_NAME.test(entry) && (isSetVariable || !looksLikeToken(entry, TOKEN_SHAPE.fragment)))
      return;
    // Mask what was pasted, then say which entry without repeating it.
    maskTokens([readInput('tokens')]);
    const which = `entry ${index + 1} of input 'tokens'`;
    throw new InputError(
      looksLikeToken(entry, TOKEN_SHAPE.fragment)
        ? `The ${which} looks like a token value, not a variable name: ${TOKENS_HELP}.`
        : `The ${which} is not an environment variable name (letters, digits and _, not starting with a digit): ${TOKENS_HELP}.`
    );
  });
  return entries;
}

/** The tokens to check: the named variables, else the single `token` input / FLY_API_TOKEN. */
function namedTokens(run: ModeRun): NamedToken[] {
  const names = tokenNames(readList('tokens'));
  if (names.length > 0) return names.map(name => ({ name, value: process.env[name] }));
  if (run.token.value.trim() !== '') {
    const name = run.token.source === 'token input' ? 'FLY_API_TOKEN' : run.token.source;
    return [{ name, value: run.token.value }];
  }
  throw new InputError(`Health mode has no tokens to check: ${TOKENS_HELP}.`);
}

/** `issue-label`: absent means the default; set but empty turns the issue off. */
function readIssueLabel(): string {
  const raw = process.env['INPUT_ISSUE-LABEL'];
  return raw === undefined ? DEFAULT_ISSUE_LABEL : raw.trim();
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  const server = (GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${GITHUB_REPOSITORY}/actions/runs/${encodeURIComponent(GITHUB_RUN_ID)}`;
}

interface IssueLine {
  /** false when the issue could not be synced: a warning. */
  ok: boolean;
  /** For the log. */
  text: string;
  /** For the job summary. */
  markdown: string;
}

function notSynced(why: string): IssueLine {
  return {
    ok: false,
    text: `The health issue was not synced: ${why}`,
    markdown: `⚠️ The health issue was not synced: ${proseWithCode(why)}`
  };
}

function describeIssueResult(result: HealthIssueResult): IssueLine {
  if (!result.ok) return notSynced(result.reason);
  const number = result.issueNumber === undefined ? '' : ` #${result.issueNumber}`;
  const link =
    result.issueNumber !== undefined && result.url
      ? ` [#${result.issueNumber}](${result.url})`
      : number;
  const say = (before: string, after: string): IssueLine => ({
    ok: true,
    text: `${before}${number}${after}`,
    markdown: `${before}${link}${after}`
  });
  switch (result.action) {
    case 'created':
      return say('Opened health issue', '.');
    case 'updated':
      return say('Updated health issue', ': the state changed.');
    case 'unchanged':
      return say('Health issue', ' is up to date: nothing changed since it was written.');
    case 'closed':
      return say('Closed health issue', ': every token is healthy.');
    case 'none':
      return say('No health issue is open, and none is needed.', '');
  }
}

/** Opens, rewrites or closes the health issue; any GitHub failure is a warning, never a failure. */
async function syncIssue(
  report: HealthReport,
  inputs: CommonInputs,
  { publisher, deadline, redact }: ModeRun
): Promise<IssueLine | undefined> {
  const label = readIssueLabel();
  if (label === '') return undefined;
  const line = await issueOutcome(report, inputs, label, deadline, redact);
  if (line.ok) publisher.info(line.text);
  else publisher.warning(line.text);
  return line;
}

async function issueOutcome(
  report: HealthReport,
  inputs: CommonInputs,
  label: string,
  deadline: Deadline,
  redact: Scrub
): Promise<IssueLine> {
  const repo = repositoryOf(process.env.GITHUB_REPOSITORY);
  if (repo === undefined) return notSynced('GITHUB_REPOSITORY is not set to owner/repo.');
  if (inputs.githubToken.trim() === '') {
    return notSynced(
      "the 'github-token' input is empty (set it, or `issue-label: ''` to turn the issue off)."
    );
  }
  // Loaded only here: check mode never pays for Octokit. A broken proxy variable stops the run
  // with its name, as it does for the Fly calls.
  const { createGitHubClient } = await loadGitHubClient();
  try {
    const { syncHealthIssue } = await import('../github/health-issue.js');
    const client = createGitHubClient(inputs.githubToken, { deadline });
    const url = runUrl();
    const links = url === undefined ? {} : { runUrl: url };
    const result = await syncHealthIssue(client, {
      ...repo,
      label,
      // The issue is written outside the runner's masking: every text passes the scrub.
      title: redact(healthIssueTitle(report)),
      body: redact(renderHealthIssueBody(report, links)),
      unhealthy: report.needsPerson,
      fingerprint: report.fingerprint,
      closeComment: redact(renderHealthCloseComment(report, links))
    });
    return describeIssueResult(result);
  } catch {
    // The report matters more than the issue; an error object may carry request details, so
    // only say that it failed.
    return notSynced('the GitHub API call failed unexpectedly.');
  }
}

function logLine(row: HealthRow, now: Date): string {
  if (row.kind === 'missing') return `${row.name}: the variable is empty or not set: broken.`;
  // Said as the summary says it: a personal token's expiry is unknown, whatever its macaroons carry.
  const expiry = expiryOf(row.kind, row.expiresAt);
  const expires = expiry.state === 'none' ? '' : `, expires ${expiryText(expiry, now)}`;
  return `${row.name}: ${row.kind} (${row.scope})${expires}: ${row.status}.`;
}

export async function runHealthMode(run: ModeRun): Promise<void> {
  const { publisher } = run;
  const inputs = readCommonInputs();
  const tokens = namedTokens(run);
  const needs = needsFromInputs(readList('apps'), readList('needs'));
  const report = await runHealth({
    tokens,
    now: currentTime(),
    failOn: inputs.failOn,
    options: {
      expiryWarningDays: inputs.expiryWarningDays,
      maxLifetimeDays: inputs.maxLifetimeDays
    },
    ...(needs.source === 'none' ? {} : { needs }),
    ...onlineOptions(inputs, run.deadline)
  });

  const now = new Date(report.checkedAt);
  for (const row of report.rows) publisher.info(logLine(row, now));
  publisher.outputs(healthOutputs(report));
  const left = publisher.annotate(report.rows.flatMap(r => r.findings));
  const notes =
    left > 0 ? [`${left} more findings are in the tables above but were not annotated.`] : [];
  const issueLine = await syncIssue(report, inputs, run);
  await publisher.summary(
    renderHealthSummary(report, {
      ...(issueLine === undefined ? {} : { issueLine: issueLine.markdown }),
      ...pinnedClockOption(),
      notes
    })
  );

  const total = report.rows.length;
  const headline =
    `Fly token health: ${report.needingAttention} of ${total} token${total === 1 ? '' : 's'} ` +
    `${report.needingAttention === 1 ? 'needs' : 'need'} attention; verdict ${report.verdict}.`;
  publisher.conclude(
    headline,
    report.verdict === 'fail',
    'See the job summary for the findings and the fixes.'
  );
}
