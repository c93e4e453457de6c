// secrets-inherit: `secrets: inherit` hands every secret, Fly tokens included, to a reusable
// workflow. Reported when the caller's workflow handles Fly secrets (so the repository has
// them) or when the callee is in this repository and uses Fly secrets. A callee in this
// repository that uses no Fly secret receives nothing it could misuse: no finding.
import type { Finding, Rule } from '../types.js';
import type { ScanContext } from './context.js';
import { calleeFlyRefs, localCallee } from './callees.js';
import { listNames, secretNames } from './fly-secrets.js';
import { jobLabel } from './shared.js';

export const secretsInherit: Rule<ScanContext> = {
  id: 'secrets-inherit',
  defaultSeverity: 'medium',
  title: 'secrets: inherit hands Fly secrets to a reusable workflow',
  help:
    '`secrets: inherit` passes every secret the caller can see to the called workflow, whatever ' +
    'it needs. A Fly token then reaches every job of that workflow (and whatever it calls). ' +
    'Pass the one secret it needs explicitly under `secrets:`.',
  check(context): Finding[] {
    const findings: Finding[] = [];
    for (const { workflow } of context.workflows) {
      const callerRefs = workflow.secretRefs.filter(r => context.fly.isFlyRef(r));
      for (const job of workflow.jobs) {
        const uses = job.uses;
        if (!uses || !job.secrets?.inherit) continue;
        const local = uses.owner === null;
        const callee = localCallee(context, job);
        const calleeRefs = callee ? calleeFlyRefs(context, callee) : [];
        let what: string;
        if (calleeRefs.length > 0) {
          what = `\`${uses.path}\` (or a workflow it calls) uses Fly secret ${listNames(secretNames(calleeRefs))}`;
        } else if (local && callee) {
          continue;
        } else if (callerRefs.length > 0) {
          what = `this workflow handles Fly secret ${listNames(secretNames(callerRefs))}, and the called workflow receives ${callerRefs.length === 1 ? 'it' : 'them'} too`;
        } else {
          continue;
        }
        const explicit = secretNames(calleeRefs.length > 0 ? calleeRefs : callerRefs)
          .filter(n => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
          .slice(0, 3)
          .map(n => `${n}: \${{ secrets.${n} }}`)
          .join(', ');
        findings.push({
          rule: 'secrets-inherit',
          severity: 'medium',
          message:
            `Job ${jobLabel(job)} calls \`${uses.raw.trim()}\` with \`secrets: inherit\`: every ` +
            `secret of the repository goes with it, and ${what}.`,
          location: job.secrets.location,
          fix: {
            summary: `Replace \`secrets: inherit\` with the secrets the workflow needs${explicit ? ` (\`secrets: { ${explicit} }\`)` : ''}.`,
            commands: []
          }
        });
      }
    }
    return findings;
  }
};
