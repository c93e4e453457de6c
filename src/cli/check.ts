// `fly-token-guard check`: the action's check from a terminal.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { currentTime, pinnedClockOption } from '../action/clock.js';
import { runCheck } from '../engine/check.js';
import { resolveNeeds } from '../engine/resolve-needs.js';
import { createRepoFiles } from '../engine/repo-files.js';
import { renderCheckText } from '../report/check-text.js';
import { findingToJson } from '../report/findings-json.js';
import {
  MAX_WORKFLOW_BYTES,
  NeedsInputError,
  parseWorkflowFile,
  unreadableReason
} from '../workflow/index.js';
import { parseFailOn, UsageError, splitList, type CliArgs } from './args.js';
import { NO_TOKEN_MESSAGE } from './io.js';
import type { CommandHandler } from './types.js';

export const runCheckCommand: CommandHandler = async ({ args, env, out, err, token }) => {
  const { values } = args;
  const failOn = parseFailOn(values['fail-on']);
  const root = path.resolve(values.repo ?? '.');
  const workflowPath = workflowOf(values, root);
  let resolved;
  try {
    resolved = await resolveNeeds({
      apps: splitList(values.apps),
      needs: splitList(values.needs),
      ...(workflowPath !== undefined ? { workflowPath } : {}),
      ...(values.job ? { jobId: values.job } : {}),
      repo: createRepoFiles(root)
    });
  } catch (error) {
    if (error instanceof NeedsInputError) throw new UsageError(error.message, 'check');
    throw error;
  }
  if (workflowPath !== undefined && resolved.job === undefined) {
    const unreadable = whyUnreadable(path.join(root, workflowPath), workflowPath);
    throw new UsageError(
      unreadable
        ? `--workflow: ${values.workflow ?? ''} cannot be read: ${unreadable}`
        : `no job '${values.job ?? ''}' in ${values.workflow ?? ''}`,
      'check'
    );
  }
  const input = await token();
  if (input.trim() === '') {
    err(NO_TOKEN_MESSAGE);
    return 2;
  }
  const report = await runCheck({
    token: input,
    needs: resolved.needs,
    ...(resolved.job ? { job: resolved.job } : {}),
    now: currentTime(env),
    failOn,
    options: {
      expiryWarningDays: 14,
      maxLifetimeDays: 365,
      secretName: resolved.secretName ?? 'FLY_API_TOKEN',
      ...(resolved.environment ? { environment: resolved.environment } : {})
    },
    ...(values.offline ? {} : { online: onlineEndpoints(values, env) }),
    notes: resolved.notes
  });
  if (values.json) {
    out(
      JSON.stringify(
        {
          verdict: report.verdict,
          token: report.token,
          needs: report.needs,
          findings: report.findings.map(findingToJson),
          recommendation: report.recommendation,
          valid: report.valid,
          notes: report.notes
        },
        null,
        2
      )
    );
  } else {
    out(renderCheckText(report, pinnedClockOption(env)));
  }
  return report.verdict === 'fail' ? 1 : 0;
};

/** `--workflow` relative to the repository root, once it is known to be a file inside it. */
function workflowOf(values: CliArgs['values'], root: string): string | undefined {
  if ((values.workflow === undefined) !== (values.job === undefined)) {
    throw new UsageError('--workflow and --job go together', 'check');
  }
  if (values.workflow === undefined) return undefined;
  const file = path.resolve(values.workflow);
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) throw new UsageError(`--workflow: no file ${values.workflow}`, 'check');
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UsageError(
      `--workflow ${values.workflow} is outside the repository ${values.repo ?? '.'}: set --repo`,
      'check'
    );
  }
  return relative;
}

/**
 * Why a workflow file with no such job cannot be read (too large, not YAML, aliases expanding
 * past the budget), so that the message says that rather than "no job"; null when it reads.
 */
function whyUnreadable(file: string, relative: string): string | null {
  if (statSync(file).size > MAX_WORKFLOW_BYTES) return 'it is larger than 1 MiB';
  return unreadableReason(
    parseWorkflowFile(relative, readFileSync(file, 'utf8'), { validate: false })
  );
}

/** Endpoints given by flag or environment; the Fly client supplies its defaults for the rest. */
function onlineEndpoints(
  values: CliArgs['values'],
  env: NodeJS.ProcessEnv
): { flyApiUrl?: string; flyGraphqlUrl?: string } {
  const flyApiUrl = values['fly-api-url'] ?? env.FLY_API_URL;
  const flyGraphqlUrl = values['fly-graphql-url'] ?? env.FLY_GRAPHQL_URL;
  return { ...(flyApiUrl ? { flyApiUrl } : {}), ...(flyGraphqlUrl ? { flyGraphqlUrl } : {}) };
}
