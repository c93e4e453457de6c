// unknown-needs (scan): a job holds a Fly secret and hands it to something the scan cannot read (a
// python or node script, a program or container given the token, an unknown action, an AI agent,
// a workflow of another repository). The scan's other rules count only what they can see (the
// apps shared-token counts, ...), so the job is named instead of passing silently: the same rule
// and wording as check mode, one concept for users.
import type { Job, JobNeedsLookup, Needs, OpaqueUse, WorkflowFile } from '../../workflow/index.js';
import { listUnseen, seenNeeds, unseenUses } from '../token/needs-text.js';
import type { Finding, Rule } from '../types.js';
import { advice } from '../types.js';
import type { ScanContext } from './context.js';
import { listNames, reachableFlyRefs, type FlySecrets } from './fly-secrets.js';
import { jobLabel } from './shared.js';

const ID = 'unknown-needs';

/** A job holding Fly secrets, and what it hands them to that cannot be seen. */
export interface UnseenJob {
  job: Job;
  /** The Fly secrets that reach the unseen uses, in the order the job holds them. */
  secrets: string[];
  /** The unseen uses, in the order needs inference found them. */
  uses: OpaqueUse[];
  needs: Needs;
}

/**
 * The jobs of a workflow that hold a Fly secret (their own or the workflow env's) and hand it to
 * what needs inference cannot read. An unseen use that names its secrets counts for the Fly ones
 * among them; one that does not (the token comes from the env) counts for every Fly secret the
 * job holds. Jobs without a Fly secret are not inferred at all.
 */
export function jobsWithUnseenUses(
  workflow: WorkflowFile,
  needs: JobNeedsLookup,
  fly: FlySecrets
): UnseenJob[] {
  const out: UnseenJob[] = [];
  for (const job of workflow.jobs) {
    const held = [
      ...new Set(
        reachableFlyRefs(workflow, job, fly).flatMap(r => (r.name === null ? [] : [r.name]))
      )
    ];
    if (held.length === 0) continue;
    const jobNeeds = needs.get(job.id);
    if (!jobNeeds) continue;
    const secrets = new Set<string>();
    const uses = unseenUses(jobNeeds).filter(use => {
      const reaching = use.secrets ? held.filter(name => use.secrets?.includes(name)) : held;
      for (const name of reaching) secrets.add(name);
      return reaching.length > 0;
    });
    if (uses.length === 0) continue;
    out.push({ job, secrets: held.filter(name => secrets.has(name)), uses, needs: jobNeeds });
  }
  return out;
}

function findingOf(unseen: UnseenJob): Finding {
  const { job, secrets, uses, needs } = unseen;
  const first = uses[0];
  return {
    rule: ID,
    severity: 'low',
    message:
      `Job ${jobLabel(job)} holds Fly secret${secrets.length === 1 ? '' : 's'} ${listNames(secrets)} ` +
      `and needs ${seenNeeds(needs)}; could not see: ${listUnseen(uses)}. ` +
      "The scan's other rules (the apps shared-token counts, ...) count only what they can see, " +
      'so what the token does there is not judged.',
    ...(first ? { location: first.location } : {}),
    fix: advice(
      'Make it visible: a shell script committed in the repository, or `fly ... -a APP` in the ' +
        'workflow, is followed. Or, in the deploy job, declare what it needs in the guard step ' +
        '(`needs: deploy` and `apps: APP`), adding what the unseen steps do.'
    )
  };
}

export const unseenNeeds: Rule<ScanContext> = {
  id: ID,
  defaultSeverity: 'low',
  title: 'What the job does with the token cannot all be seen',
  help:
    'A job holds a Fly secret and hands it to something the guard cannot read: a script that is ' +
    'not in the checkout or not a shell script (`python deploy.py`, `node deploy.js`), a program ' +
    'or container given the token, an action this guard does not know, an AI agent with shell ' +
    "access. The scan's other rules count only what they can see, so the job is named rather " +
    'than passed silently. Make the use visible (a shell script in the repository, `fly ... -a ' +
    'APP` in the workflow), or declare the needs in the guard step of the deploy job.',
  check(context): Finding[] {
    return context.workflows.flatMap(({ workflow, needs }) =>
      jobsWithUnseenUses(workflow, needs, context.fly).map(findingOf)
    );
  }
};
