// no-environment: a job that uses a Fly secret declares no `environment:`. Without one the
// secret must be a repository (or organization) secret: any workflow on any branch can read it,
// with no reviewers and no branch rules in between.
import type { Finding, Rule } from '../types.js';
import type { ScanContext } from './context.js';
import { listNames, reachableFlyRefs, secretNames } from './fly-secrets.js';
import { jobLabel } from './shared.js';

export const noEnvironment: Rule<ScanContext> = {
  id: 'no-environment',
  defaultSeverity: 'low',
  title: 'Job using a Fly secret has no environment',
  help:
    'A job without `environment:` can only read repository or organization secrets, which every ' +
    'workflow on every branch can read too. Store the Fly token as an environment secret and ' +
    'name the environment in the job: then required reviewers and deployment branch rules ' +
    'decide which runs get it.',
  check(context): Finding[] {
    const findings: Finding[] = [];
    for (const { workflow } of context.workflows) {
      for (const job of workflow.jobs) {
        // A job calling a reusable workflow cannot declare an environment; its callee's jobs can.
        if (job.uses !== null || job.environment !== null) continue;
        const refs = reachableFlyRefs(workflow, job, context.fly);
        if (refs.length === 0) continue;
        const name =
          secretNames(refs).find(n => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) ?? 'FLY_API_TOKEN';
        findings.push({
          rule: 'no-environment',
          severity: 'low',
          message:
            `Job ${jobLabel(job)} uses Fly secret ${listNames(secretNames(refs))} without an ` +
            '`environment:`, so the secret is a repository secret: every workflow on every ' +
            'branch can read it, with no reviewers or branch rules in between.',
          location: job.idLocation,
          fix: {
            summary:
              'Move the secret into an environment (with required reviewers or deployment branch rules) and add `environment: <name>` to this job.',
            commands: [`gh secret set ${name} --env production`, `gh secret delete ${name}`]
          }
        });
      }
    }
    return findings;
  }
};
