// workflow-env-exposure: a Fly secret in the workflow-level `env:` reaches every job and step.
import type { Finding, Rule } from '../types.js';
import type { ScanContext } from './context.js';
import { workflowEnvFlyRefs } from './fly-secrets.js';

export const workflowEnvExposure: Rule<ScanContext> = {
  id: 'workflow-env-exposure',
  defaultSeverity: 'medium',
  title: 'Fly secret in workflow-level env',
  help:
    'A Fly token set in the workflow-level `env:` is in the environment of every job and every ' +
    'step of the workflow: third-party actions, build scripts, test suites and anything they ' +
    'download can read it. Set it in the `env:` of the steps that run flyctl, nowhere else.',
  check(context): Finding[] {
    const findings: Finding[] = [];
    for (const { workflow } of context.workflows) {
      const withSteps = workflow.jobs.filter(j => j.uses === null).length;
      for (const ref of workflowEnvFlyRefs(workflow, context.fly)) {
        const key = ref.flow.key ?? 'env';
        const name = ref.name ?? ref.expression;
        findings.push({
          rule: 'workflow-env-exposure',
          severity: 'medium',
          message:
            `Fly secret \`${name}\` is set as \`${key}\` in the workflow-level env: every job ` +
            `(${withSteps} here) and every step in them sees it, third-party actions and build ` +
            'scripts included.',
          location: ref.location,
          fix: {
            summary: `Move \`${key}\` from the top-level \`env:\` to the \`env:\` of the steps that run flyctl.`,
            commands: []
          }
        });
      }
    }
    return findings;
  }
};
