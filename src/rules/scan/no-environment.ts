// no-environment: a job that uses a Fly secret declares no `environment:`. Without one the
// secret must be a repository (or organization) secret: any workflow on any branch can read it,
// with no reviewers and no branch rules in between.
import type { Job, WorkflowFile } from '../../workflow/index.js';
import type { Finding, Fix, Rule } from '../types.js';
import type { ScanContext } from './context.js';
import { listNames, reachableFlyRefs, secretNames } from './fly-secrets.js';
import { jobLabel } from './shared.js';

/** Stands for the environment the user adds: this job has none, so no name can be read. */
const ENVIRONMENT_PLACEHOLDER = '<ENVIRONMENT>';

/** Names any secret: `secrets: inherit` or `secrets[...]` computed at run time. */
export const ANY_SECRET = '*';

/**
 * The secrets a workflow reads, each with the job reading it (null: workflow level, every job).
 * `ANY_SECRET` stands for a reference that may read any secret.
 */
export function secretsReadBy(workflow: WorkflowFile): Array<[name: string, jobId: string | null]> {
  const reads: Array<[string, string | null]> = workflow.secretRefs.map(ref => [
    ref.name ?? ANY_SECRET,
    ref.jobId
  ]);
  for (const job of workflow.jobs) if (job.secrets?.inherit) reads.push([ANY_SECRET, job.id]);
  return reads;
}

/** The names of the secrets a workflow reads (`ANY_SECRET`: maybe any). */
export function secretNamesReadBy(workflow: WorkflowFile): string[] {
  return [...new Set(secretsReadBy(workflow).map(([name]) => name))];
}

/** Whether a job of `workflow` other than `job` reads the secret. */
function readByAnotherJob(name: string, workflow: WorkflowFile, job: Job): boolean {
  return secretsReadBy(workflow).some(
    ([read, jobId]) => (read === name || read === ANY_SECRET) && jobId !== job.id
  );
}

/** A workflow and the secrets it reads, as the repository-wide step below needs it. */
export interface SecretReaders {
  path: string;
  secretsRead: readonly string[];
}

/**
 * The rule sees one workflow at a time: its fix deletes the repository secret when no other job
 * there reads it. Another workflow reading it too makes that delete a breakage: drop it. Run over
 * the rule's findings once every workflow is known.
 */
export function keepSecretsReadElsewhere(
  findings: Finding[],
  workflows: readonly SecretReaders[]
): void {
  // Which workflows read each name, built once: a finding per workflow times every workflow
  // would be quadratic in a repository of thousands of workflows.
  const readers = new Map<string, Set<string>>();
  for (const w of workflows) {
    for (const name of w.secretsRead) {
      const paths = readers.get(name) ?? new Set<string>();
      paths.add(w.path);
      readers.set(name, paths);
    }
  }
  const readOutside = (name: string, file: string | undefined): boolean => {
    const paths = readers.get(name);
    return paths !== undefined && paths.size > (file !== undefined && paths.has(file) ? 1 : 0);
  };
  findings.forEach((finding, i) => {
    const deletes = finding.fix?.commands.find(c => c.startsWith(DELETE));
    if (finding.rule !== 'no-environment' || deletes === undefined) return;
    const name = deletes.slice(DELETE.length);
    const file = finding.location?.file;
    if (readOutside(name, file) || readOutside(ANY_SECRET, file)) {
      findings[i] = { ...finding, fix: noEnvironmentFix(name, false) };
    }
  });
}

const DELETE = 'gh secret delete ';

/**
 * Store the secret in an environment; delete the repository secret only when no other job of
 * the repository reads it (deleting it would break them).
 */
export function noEnvironmentFix(name: string, deleteRepositorySecret: boolean): Fix {
  return {
    summary:
      `Add \`environment: ${ENVIRONMENT_PLACEHOLDER}\` to this job (an environment with required reviewers or deployment branch rules), store the token as that environment's ${name} secret (\`gh secret set\` asks for the value); ` +
      (deleteRepositorySecret
        ? 'then delete the repository secret, which no other job reads.'
        : 'keep the repository secret until no other job reads it: other jobs in this repository still do.') +
      ` Replace ${ENVIRONMENT_PLACEHOLDER} with the environment's name.`,
    commands: [
      `gh secret set ${name} --env ${ENVIRONMENT_PLACEHOLDER}`,
      ...(deleteRepositorySecret ? [`${DELETE}${name}`] : [])
    ]
  };
}

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
          fix: noEnvironmentFix(name, !readByAnotherJob(name, workflow, job))
        });
      }
    }
    return findings;
  }
};
