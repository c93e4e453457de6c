// no-environment: a job that uses a Fly secret declares no `environment:`. Without one the
// secret must be a repository (or organization) secret: any workflow on any branch can read it,
// with no reviewers and no branch rules in between.
import type { Job, WorkflowFile } from '../../workflow/index.js';
import type { Finding, Fix, Rule } from '../types.js';
import type { ScanContext } from './context.js';
import { listNames, reachableFlyRefs, secretNames } from './fly-secrets.js';
import { jobLabel } from './shared.js';
import { andList } from '../words.js';

/** Stands for the environment the user adds: this job has none, so no name can be read. */
const ENVIRONMENT_PLACEHOLDER = '<ENVIRONMENT>';

/** Names any secret: `secrets: inherit` or `secrets[...]` computed at run time. */
export const ANY_SECRET = '*';

/**
 * The secrets a workflow reads, each with the job reading it (null: workflow level, every job).
 * `ANY_SECRET` stands for a reference that may read any secret.
 */
function secretsReadBy(workflow: WorkflowFile): Array<[name: string, jobId: string | null]> {
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
interface SecretReaders {
  path: string;
  secretsRead: readonly string[];
}

/**
 * The rule sees one workflow at a time: its fix deletes the repository secret when no other job
 * there reads it. Another workflow reading it too makes that delete a breakage: drop it. Run over
 * the rule's findings once every workflow is known.
 */
const SET = 'gh secret set ';
const DELETE = 'gh secret delete ';

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
    const commands = finding.fix?.commands ?? [];
    if (finding.rule !== 'no-environment') return;
    const names = commands
      .filter(c => c.startsWith(SET))
      .map(c => c.slice(SET.length).split(' ')[0] ?? '');
    const deletes = commands.filter(c => c.startsWith(DELETE)).map(c => c.slice(DELETE.length));
    const file = finding.location?.file;
    const kept = deletes.filter(name => readOutside(name, file) || readOutside(ANY_SECRET, file));
    if (kept.length === 0) return;
    const deletable = new Set(deletes.filter(name => !kept.includes(name)));
    findings[i] = { ...finding, fix: noEnvironmentFix(names, deletable) };
  });
}

/** What happens to the repository secrets once the environment holds the tokens. */
function repositorySecretsClause(names: readonly string[], deletable: ReadonlySet<string>): string {
  const deleted = names.filter(n => deletable.has(n));
  const kept = names.filter(n => !deletable.has(n));
  const secrets = (count: number): string => (count === 1 ? 'secret' : 'secrets');
  const keep = (count: number): string =>
    `until no other job reads ${count === 1 ? 'it' : 'them'}: other jobs in this repository still do.`;
  if (kept.length === 0)
    return `then delete the repository ${secrets(names.length)}, which no other job reads.`;
  if (deleted.length === 0)
    return `keep the repository ${secrets(names.length)} ${keep(names.length)}`;
  return (
    `then delete the repository ${secrets(deleted.length)} ${andList(deleted)}, which no other ` +
    `job reads; keep ${andList(kept)} ${keep(kept.length)}`
  );
}

/**
 * Store each token in an environment; delete a repository secret only when no other job of the
 * repository reads it (deleting it would break them).
 */
export function noEnvironmentFix(names: readonly string[], deletable: ReadonlySet<string>): Fix {
  const store =
    names.length === 1
      ? `the token as that environment's ${names[0]} secret`
      : `the tokens as that environment's ${andList([...names])} secrets`;
  return {
    summary:
      `Add \`environment: ${ENVIRONMENT_PLACEHOLDER}\` to this job (an environment with required reviewers or deployment branch rules), store ${store} (\`gh secret set\` asks for the value); ` +
      repositorySecretsClause(names, deletable) +
      ` Replace ${ENVIRONMENT_PLACEHOLDER} with the environment's name.`,
    commands: [
      ...names.map(name => `${SET}${name} --env ${ENVIRONMENT_PLACEHOLDER}`),
      ...names.filter(name => deletable.has(name)).map(name => `${DELETE}${name}`)
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
        const shown = secretNames(refs);
        const valid = shown.filter(n => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
        const names = valid.length > 0 ? valid : ['FLY_API_TOKEN'];
        const one = shown.length === 1;
        findings.push({
          rule: 'no-environment',
          severity: 'low',
          message:
            `Job ${jobLabel(job)} uses Fly ${one ? 'secret' : 'secrets'} ${listNames(shown)} ` +
            `without an \`environment:\`, so ${one ? 'the secret is a repository secret' : 'they are repository secrets'}: ` +
            `every workflow on every branch can read ${one ? 'it' : 'them'}, with no reviewers or branch rules in between.`,
          location: job.idLocation,
          fix: noEnvironmentFix(
            names,
            new Set(names.filter(n => !readByAnotherJob(n, workflow, job)))
          )
        });
      }
    }
    return findings;
  }
};
