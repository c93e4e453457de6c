// unpinned-action: a Fly secret handed (through the step's `with:` or `env:`) to an action, or to
// a reusable workflow, that is not pinned to a full commit SHA. A tag or branch can be moved to
// new code by whoever controls that repository, and that code then runs with the token.
//
// Policy (like zizmor's): actions of GitHub (`actions/`, `github/`), of Fly (`superfly/`) and this
// action (`fly-token-guard/`) on a tag or branch get `low` ("pin for immutability"); any other
// owner gets `high`, branch refs (`@main`, `@master`) included; local `./` actions are part of
// this repository and are not flagged.
import type { ParsedAction, Step, UsesRef } from '../../workflow/index.js';
import type { Finding, Rule, Severity } from '../types.js';
import { advice } from '../types.js';
import type { ScanContext } from './context.js';
import { FLY_TOKEN_VARIABLES, isFlyTokenName, listNames, secretNames } from './fly-secrets.js';
import { findExpressions } from '../../workflow/expressions.js';

const FIRST_PARTY_OWNERS: ReadonlySet<string> = new Set([
  'actions',
  'github',
  'superfly',
  'fly-token-guard'
]);

const BRANCH_NAMES = new Set(['main', 'master', 'develop', 'dev', 'trunk', 'latest', 'stable']);

function describeRef(uses: UsesRef): string {
  if (uses.kind === 'docker') return 'a Docker image tag, not a digest';
  const ref = uses.ref;
  if (ref === null || ref === '') return 'no ref at all';
  if (BRANCH_NAMES.has(ref.toLowerCase()))
    return `the branch \`${ref}\`, which moves with every push`;
  if (/^[0-9a-f]{7,39}$/i.test(ref)) return `the short SHA \`${ref}\`, which can become ambiguous`;
  if (/^v?\d+(\.\d+)*$/.test(ref)) return `the tag \`${ref}\`, which can be moved to other code`;
  return `\`${ref}\`, a tag or branch that can be moved to other code`;
}

function isPinned(uses: UsesRef): boolean {
  if (uses.kind === 'docker') return (uses.path ?? '').includes('@sha256:');
  return uses.pinnedToSha;
}

function severityFor(uses: UsesRef): Severity {
  const owner = (uses.owner ?? '').toLowerCase();
  return uses.kind !== 'docker' && FIRST_PARTY_OWNERS.has(owner) ? 'low' : 'high';
}

function finding(uses: UsesRef, what: string): Finding {
  const severity = severityFor(uses);
  const firstParty = severity === 'low';
  const target = uses.kind === 'reusable-workflow' ? 'reusable workflow' : 'action';
  const why = firstParty
    ? ' Its owner is trusted, but a SHA makes what runs with the token immutable.'
    : ` Whoever controls that repository can change what runs with the token.`;
  return {
    rule: 'unpinned-action',
    severity,
    message: `${what} is passed to the ${target} \`${uses.raw.trim()}\`, pinned to ${describeRef(uses)}.${why}`,
    location: uses.location,
    fix: advice(
      uses.kind === 'docker'
        ? 'Pin the image by digest (`docker://image@sha256:…`).'
        : 'Pin it to the full 40-character commit SHA of the release you reviewed, with the tag in a comment (`@<sha> # v1.2.3`).'
    )
  };
}

/** Composite action steps: Fly tokens arrive as inputs or environment variables. */
function actionStepFlyValue(step: Step): string | null {
  for (const kv of step.env) {
    if (FLY_TOKEN_VARIABLES.has(kv.key)) return `The Fly token (\`${kv.key}\`)`;
  }
  for (const kv of [...step.with, ...step.env]) {
    for (const span of findExpressions(kv.value ?? '')) {
      const input = /\binputs\.([A-Za-z_][A-Za-z0-9_-]*)/.exec(span.inner);
      if (input?.[1] && isFlyTokenName(input[1])) return `The Fly token input \`${input[1]}\``;
      const env = /\benv\.([A-Za-z_][A-Za-z0-9_]*)/.exec(span.inner);
      if (env?.[1] && FLY_TOKEN_VARIABLES.has(env[1])) return `The Fly token (\`${env[1]}\`)`;
    }
  }
  return null;
}

function actionFindings(action: ParsedAction): Finding[] {
  const out: Finding[] = [];
  for (const step of action.steps) {
    const uses = step.uses;
    if (!uses || uses.kind === 'local' || isPinned(uses)) continue;
    const what = actionStepFlyValue(step);
    if (what !== null) out.push(finding(uses, what));
  }
  return out;
}

export const unpinnedAction: Rule<ScanContext> = {
  id: 'unpinned-action',
  defaultSeverity: 'high',
  title: 'Fly secret passed to an unpinned action',
  help:
    'An action or reusable workflow referenced by tag or branch can change under you: whoever ' +
    'controls its repository (or steals access to it) can move the ref to code that sends the ' +
    'Fly token elsewhere. Pin everything that receives a Fly token to a full commit SHA. ' +
    'Actions of GitHub, Fly and fly-token-guard get low severity; any other owner high.',
  check(context): Finding[] {
    const findings: Finding[] = [];
    for (const { workflow } of context.workflows) {
      const handlesFly = workflow.secretRefs.some(r => context.fly.isFlyRef(r));
      for (const job of workflow.jobs) {
        if (job.uses && job.uses.kind === 'reusable-workflow' && job.uses.owner !== null) {
          const refs = job.secretRefs.filter(
            r => context.fly.isFlyRef(r) && (r.flow.kind === 'secrets' || r.flow.kind === 'with')
          );
          if (!isPinned(job.uses) && (refs.length > 0 || (job.secrets?.inherit && handlesFly))) {
            const what =
              refs.length > 0
                ? `Fly secret ${listNames(secretNames(refs))}`
                : 'Every secret, Fly tokens included (`secrets: inherit`),';
            findings.push(finding(job.uses, what));
          }
        }
        for (const step of job.steps) {
          const uses = step.uses;
          if (!uses || uses.kind === 'local' || isPinned(uses)) continue;
          const refs = step.secretRefs.filter(
            r =>
              context.fly.isFlyRef(r) &&
              r.flow.scope === 'step' &&
              (r.flow.kind === 'with' || r.flow.kind === 'env')
          );
          if (refs.length > 0)
            findings.push(finding(uses, `Fly secret ${listNames(secretNames(refs))}`));
        }
      }
    }
    for (const action of context.actions) findings.push(...actionFindings(action));
    return findings;
  }
};
