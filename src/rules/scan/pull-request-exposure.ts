// pull-request-exposure: a job that runs on `pull_request` holds a Fly secret. Forks get no
// secrets, but every branch pushed to this repository does, and the job runs that branch's code
// (build scripts, tests, dependencies) and its version of the workflow next to the token.
import type { Finding, Rule } from '../types.js';
import { mayRun, samePullRequest } from './conditions.js';
import type { ScanContext } from './context.js';
import { listNames, reachableFlyRefs, secretNames } from './fly-secrets.js';
import { inFileOrder, jobLabel } from './shared.js';

export const pullRequestExposure: Rule<ScanContext> = {
  id: 'pull-request-exposure',
  defaultSeverity: 'medium',
  title: 'Fly secret used by a pull_request job',
  help:
    'A job that runs on `pull_request` runs the pull request’s code and its version of the ' +
    'workflow. GitHub withholds secrets from forks, but a branch pushed to this repository gets ' +
    'them: its code can read the Fly token. Keep Fly tokens in jobs that run on `push` or behind ' +
    'an `environment:` with required reviewers; preview deploys should use a token that only ' +
    'reaches the preview apps.',
  check(context): Finding[] {
    const findings: Finding[] = [];
    const facts = samePullRequest('pull_request');
    for (const { workflow } of context.workflows) {
      if (!workflow.triggers.some(t => t.event === 'pull_request')) continue;
      for (const job of workflow.jobs) {
        if (!mayRun(job.if, facts)) continue;
        const refs = reachableFlyRefs(workflow, job, context.fly).filter(
          ref => ref.stepIndex === null || mayRun(job.steps[ref.stepIndex]?.if ?? null, facts)
        );
        const first = inFileOrder(refs)[0];
        if (!first) continue;
        const names = listNames(secretNames(refs));
        const onlyPr = workflow.triggers.every(t => t.event === 'pull_request');
        findings.push({
          rule: 'pull-request-exposure',
          severity: 'medium',
          message:
            `Job ${jobLabel(job)} ${onlyPr ? 'runs' : 'also runs'} on \`pull_request\` with Fly ` +
            `secret ${names}: the pull request's code and its version of this workflow run with ` +
            'the token. Forks get no secrets, but any branch pushed to this repository does.',
          location: first.location,
          fix: {
            summary:
              'Run this job on `push` (or behind an `environment:` with required reviewers), or ' +
              'skip the Fly steps on pull requests; for preview deploys use a token limited to ' +
              'the preview apps.',
            commands: []
          }
        });
      }
    }
    return findings;
  }
};
