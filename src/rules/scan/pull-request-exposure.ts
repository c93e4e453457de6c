// pull-request-exposure: a job that runs on `pull_request` holds a Fly secret (see `help`). The
// rule looks across files (callers and their callees), so it works on a plain-data summary of
// each workflow (`prExposureSummary`), made while the workflow is parsed.
import type { WorkflowFile } from '../../workflow/index.js';
import type { Finding, RuleMeta } from '../types.js';
import { advice } from '../types.js';
import {
  runnableJobs,
  samePullRequest,
  type EventFacts,
  type TriggerFilters
} from './conditions.js';
import { listRefNames, type FlySecrets } from './fly-secrets.js';
import {
  eachSummary,
  inFileOrder,
  jobLabel,
  liveRefs,
  MAX_CALL_DEPTH,
  summaryJob,
  type SummaryJob,
  type SummaryRef,
  type WorkflowSummaries
} from './shared.js';

/** A job as the rule sees it, as plain data. */
interface PrJob extends SummaryJob {
  /** The names it passes under `secrets:` (a reusable workflow call). */
  passes: string[];
  /** Every secret name its steps (or its call) read, Fly or not. */
  reads: string[];
}

/**
 * What the rule needs from one workflow. `jobs` is null for a workflow that neither runs on
 * `pull_request` nor can be called (nothing to judge or follow).
 */
export interface PrExposureSummary {
  path: string;
  /** The `pull_request` trigger's filters; null when the workflow has none. */
  pullRequest: TriggerFilters | null;
  /** Every trigger is `pull_request`. */
  onlyPullRequest: boolean;
  jobs: PrJob[] | null;
}

/** What the rule needs from one workflow. */
export function prExposureSummary(workflow: WorkflowFile, fly: FlySecrets): PrExposureSummary {
  const trigger = workflow.triggers.find(t => t.event === 'pull_request');
  const callable = workflow.triggers.some(t => t.event === 'workflow_call');
  const summary: PrExposureSummary = {
    path: workflow.path,
    pullRequest: trigger ? { types: [...trigger.types], branches: [...trigger.branches] } : null,
    onlyPullRequest: workflow.triggers.every(t => t.event === 'pull_request'),
    jobs: null
  };
  if (!trigger && !callable) return summary;
  summary.jobs = workflow.jobs.map(job => ({
    ...summaryJob(workflow, job, fly),
    passes: (job.secrets?.values ?? []).map(kv => kv.key),
    reads: [...new Set(job.secretRefs.flatMap(r => (r.name === null ? [] : [r.name])))]
  }));
  return summary;
}

type Summaries = WorkflowSummaries<PrExposureSummary>;

/** Where a Fly secret is used inside a local reusable workflow called with every secret. */
interface CalleeUse {
  file: string;
  jobId: string;
  refs: SummaryRef[];
}

/** The first job of a called workflow (or of one it calls with every secret) using Fly secrets. */
function calleeUse(
  summaries: Summaries,
  calleePath: string,
  facts: EventFacts,
  stack: readonly string[]
): CalleeUse | null {
  const callee = summaries.get(calleePath);
  if (!callee?.jobs || stack.length > MAX_CALL_DEPTH || stack.includes(calleePath)) return null;
  const runnable = runnableJobs(callee.jobs, facts);
  for (const job of callee.jobs) {
    if (!runnable.has(job.id)) continue;
    const refs = liveRefs(job, facts);
    if (refs.length > 0) return { file: callee.path, jobId: job.id, refs };
    if (job.inherit && job.calleePath !== null) {
      const deeper = calleeUse(summaries, job.calleePath, facts, [...stack, calleePath]);
      if (deeper) return deeper;
    }
  }
  return null;
}

const FIX = advice(
  'Run this job on `push` (or behind an `environment:` with required reviewers), or skip the ' +
    'Fly steps on pull requests; for preview deploys use a token limited to the preview apps.'
);

const INHERIT_FIX = advice(
  'Do not hand every secret to a workflow that runs for pull requests: pass only the secrets ' +
    'it needs under `secrets:`, and keep the Fly token out of runs for pull requests (deploy ' +
    'from `push`, or behind an `environment:` with required reviewers).'
);

/**
 * Whether a local reusable workflow called with these secrets (by the names it receives them
 * under) reads one of them in a job that may run: a job that reads one of the names, or that
 * calls further and passes anything on. Unreadable callees are assumed to.
 */
function calleeReads(
  summaries: Summaries,
  calleePath: string,
  names: ReadonlySet<string>,
  facts: EventFacts
): boolean {
  const callee = summaries.get(calleePath);
  if (!callee?.jobs) return true;
  const runnable = runnableJobs(callee.jobs, facts);
  return callee.jobs.some(
    job =>
      runnable.has(job.id) &&
      (job.reads.some(name => names.has(name)) || job.inherit !== null || job.passes.length > 0)
  );
}

/** The findings over every workflow's summary, in path order. */
export function prExposureFindings(summaries: Summaries): Finding[] {
  const findings: Finding[] = [];
  for (const summary of eachSummary(summaries)) {
    if (!summary.pullRequest || !summary.jobs) continue;
    const facts = samePullRequest('pull_request', summary.pullRequest);
    const runs = summary.onlyPullRequest ? 'runs' : 'also runs';
    const runnable = runnableJobs(summary.jobs, facts);
    for (const job of summary.jobs) {
      if (!runnable.has(job.id)) continue;
      const refs = liveRefs(job, facts);
      const first = inFileOrder(refs)[0];
      // Secrets passed to a local workflow reach only its jobs that run and read them.
      const unread =
        job.calleePath !== null &&
        job.inherit === null &&
        !calleeReads(summaries, job.calleePath, new Set(job.passes), facts);
      if (first && !unread) {
        const names = listRefNames(refs);
        findings.push({
          rule: 'pull-request-exposure',
          severity: 'medium',
          message:
            `Job ${jobLabel(job)} ${runs} on \`pull_request\` with Fly secret ${names}: the pull ` +
            "request's code and its version of this workflow run with the token. Forks get no " +
            'secrets, but any branch pushed to this repository does.',
          location: first.location,
          fix: FIX
        });
        continue;
      }
      if (!job.inherit || job.calleePath === null) continue;
      const use = calleeUse(summaries, job.calleePath, facts, [summary.path]);
      if (!use) continue;
      const at = inFileOrder(use.refs)[0];
      const names = listRefNames(use.refs);
      const line = at && at.location.file === use.file ? ` (line ${at.location.line})` : '';
      findings.push({
        rule: 'pull-request-exposure',
        severity: 'medium',
        message:
          `Job ${jobLabel(job)} ${runs} on \`pull_request\` and calls \`${job.calleePath}\` with ` +
          `\`secrets: inherit\`; ` +
          (use.file === job.calleePath
            ? 'there, '
            : `it hands every secret on to \`${use.file}\`, where `) +
          `job ${jobLabel({ id: use.jobId })} uses Fly secret ${names}${line}. The called ` +
          "workflow runs for the same pull request, with the pull request's code and its " +
          'version of the workflows: any branch pushed to this repository gets the token.',
        location: job.inherit,
        fix: INHERIT_FIX
      });
    }
  }
  return findings;
}

export const pullRequestExposure: RuleMeta = {
  id: 'pull-request-exposure',
  defaultSeverity: 'medium',
  title: 'Fly secret used by a pull_request job',
  help:
    'A job that runs on `pull_request` runs the pull request’s code and its version of the ' +
    'workflow. GitHub withholds secrets from forks, but a branch pushed to this repository gets ' +
    'them: its code can read the Fly token. Keep Fly tokens in jobs that run on `push` or behind ' +
    'an `environment:` with required reviewers; preview deploys should use a token that only ' +
    'reaches the preview apps. A job that calls a local reusable workflow with `secrets: ' +
    'inherit` is followed into it.'
};
