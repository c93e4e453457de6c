// fly-auth-token: a script runs `fly auth token` / `flyctl auth token`. It prints the personal
// login token of whoever is logged in: full power over every organization of that person, and
// usually a sign that a personal token was put into CI to make this work.
import {
  findFlyInvocations,
  locateFlyCommands,
  locateInValue,
  stepScript,
  type FlyInvocation,
  type Job,
  type SourceLocation
} from '../../workflow/index.js';
import { jobEnvironment, storeCommand } from '../fix.js';
import type { Finding, Rule } from '../types.js';
import type { ScanContext } from './context.js';

const isAuthToken = (invocation: FlyInvocation): boolean =>
  invocation.path[0] === 'auth' && invocation.path[1] === 'token';

/** `environment`: the job's, when the command runs in a workflow job that names one. */
function finding(location: SourceLocation, environment?: string): Finding {
  return {
    rule: 'fly-auth-token',
    severity: 'high',
    message:
      '`fly auth token` prints the personal login token of whoever is logged in: it can do ' +
      'everything that person can, in every organization they belong to. A CI job that can run ' +
      'it holds a personal token, and anything that reads its output gets one.',
    location,
    fix: {
      summary:
        'Mint a token scoped to what the job does (a deploy token per app) and give it to flyctl as FLY_API_TOKEN; remove `fly auth token` and revoke the personal token that was stored.',
      commands: [
        `fly tokens create deploy -a <APP> -x 2160h | ${storeCommand('FLY_API_TOKEN', environment)}`
      ]
    }
  };
}

export const flyAuthToken: Rule<ScanContext> = {
  id: 'fly-auth-token',
  defaultSeverity: 'high',
  title: 'Script calls fly auth token',
  help:
    '`fly auth token` prints flyctl’s own login token: a personal credential with everything ' +
    'its user can do in every organization. Fly advises never to use it in CI. Use a token ' +
    'minted for the job (`fly tokens create deploy -a APP`).',
  check(context): Finding[] {
    const findings: Finding[] = [];
    for (const { workflow } of context.workflows) {
      // By id, the first job of each (as a search of the jobs would find it).
      const jobs = new Map<string, Job>();
      for (const job of workflow.jobs) if (!jobs.has(job.id)) jobs.set(job.id, job);
      for (const command of locateFlyCommands(workflow, isAuthToken)) {
        const job = jobs.get(command.jobId);
        findings.push(finding(command.location, job ? jobEnvironment(job) : undefined));
      }
    }
    for (const action of context.actions) {
      for (const step of action.steps) {
        const run = step.run;
        // A composite action's `run:` steps name their `shell:`.
        const script = stepScript(step, [], null);
        if (!run || !script) continue;
        for (const invocation of findFlyInvocations(
          script.statements,
          script.text,
          script.commands
        )) {
          if (!isAuthToken(invocation)) continue;
          findings.push(
            finding(locateInValue(action.path, run.map, invocation.start, invocation.end))
          );
        }
      }
    }
    return findings;
  }
};
