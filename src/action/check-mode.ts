// `mode: check`: the guard step before `flyctl deploy`.
import { preloadFlyClient, runCheck } from '../engine/check.js';
import { resolveNeeds } from '../engine/resolve-needs.js';
import { createRepoFiles } from '../engine/repo-files.js';
import { checkOutputs } from '../report/check-outputs.js';
import { renderCheckSummary } from '../report/check-summary.js';
import { currentTime, pinnedClockOption } from './clock.js';
import { onlineOptions, readCommonInputs, readList, requireFlyToken } from './inputs.js';
import type { ModeRun } from './types.js';

export async function runCheckMode({ token, publisher, deadline }: ModeRun): Promise<void> {
  requireFlyToken(token, 'check', 'FLY_API_TOKEN');
  const inputs = readCommonInputs();
  // The Fly client loads while the workflow is read (needs inference is synchronous work).
  if (inputs.online) preloadFlyClient();
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  // The workflow parser loads only when there is a workflow file to read (fast offline starts).
  const resolved = await resolveNeeds({
    apps: readList('apps'),
    needs: readList('needs'),
    workflowRef: process.env.GITHUB_WORKFLOW_REF,
    jobId: process.env.GITHUB_JOB,
    action: process.env.GITHUB_ACTION,
    repo: createRepoFiles(workspace)
  });
  const report = await runCheck({
    token: token.value,
    needs: resolved.needs,
    ...(resolved.job ? { job: resolved.job } : {}),
    now: currentTime(),
    failOn: inputs.failOn,
    options: {
      expiryWarningDays: inputs.expiryWarningDays,
      maxLifetimeDays: inputs.maxLifetimeDays,
      secretName:
        resolved.secretName ?? (token.source === 'token input' ? 'FLY_API_TOKEN' : token.source),
      ...(resolved.environment ? { environment: resolved.environment } : {})
    },
    ...onlineOptions(inputs, deadline),
    notes: resolved.notes
  });

  publisher.outputs(checkOutputs(report));
  const left = publisher.annotate(report.findings);
  if (left > 0)
    report.notes.push(`${left} more findings are in the table above but were not annotated.`);
  await publisher.summary(renderCheckSummary(report, pinnedClockOption()));
  const headline = `Fly token: ${report.token.kind} (${report.scope}); verdict ${report.verdict}.`;
  publisher.conclude(
    headline,
    report.verdict === 'fail',
    'See the job summary for the findings and the fix.'
  );
}
