// workflow-env-exposure: a Fly secret in an `env:` wider than the steps that run flyctl. At
// workflow level it reaches every job and step: always reported. At job level it reaches every
// step of the job: reported when one of them runs code that is neither flyctl nor a first-party
// action (a third-party action, `npm ci`, a build script), which then holds the token.
import {
  findFlyInvocations,
  stepScript,
  stepShell,
  wordText,
  type Job,
  type RunDefaults,
  type Step
} from '../../workflow/index.js';
import { quotable } from '../../token/scrub.js';
import type { Finding, Rule } from '../types.js';
import { advice } from '../types.js';
import type { ScanContext } from './context.js';
import { jobFlyRefs, workflowEnvFlyRefs } from './fly-secrets.js';
import { jobLabel } from './shared.js';

/** Owners whose actions count as the platform's own (GitHub's, Fly's). */
const FIRST_PARTY = new Set(['actions', 'github', 'superfly']);

/**
 * Programs that run no code of the repository or of a package: shell built-ins, file and text
 * tools, git and downloads (a download is run only by another command, judged on its own).
 */
const INERT = new Set([
  ':',
  '[',
  '[[',
  'basename',
  'cat',
  'cd',
  'chmod',
  'cp',
  'curl',
  'cut',
  'date',
  'dirname',
  'echo',
  'exit',
  'export',
  'false',
  'git',
  'grep',
  'gzip',
  'head',
  'jq',
  'ls',
  'mkdir',
  'mv',
  'printf',
  'pwd',
  'rm',
  'sed',
  'set',
  'sha256sum',
  'shasum',
  'sleep',
  'sort',
  'tail',
  'tar',
  'tee',
  'test',
  'touch',
  'tr',
  'true',
  'uniq',
  'unset',
  'unzip',
  'wc',
  'wget',
  'yq'
]);

/**
 * PowerShell cmdlets and cmd built-ins of the same kind (Windows names ignore case): printing,
 * files and folders, downloads. A PowerShell or cmd step running only these runs no other code.
 */
const WINDOWS_INERT = new Set([
  'add-content',
  'compress-archive',
  'convertfrom-json',
  'convertto-json',
  'copy',
  'copy-item',
  'del',
  'dir',
  'endlocal',
  'expand-archive',
  'get-childitem',
  'get-content',
  'get-date',
  'get-filehash',
  'get-location',
  'invoke-restmethod',
  'invoke-webrequest',
  'join-path',
  'md',
  'move',
  'move-item',
  'new-item',
  'out-file',
  'out-null',
  'pop-location',
  'push-location',
  'rd',
  'remove-item',
  'rename-item',
  'resolve-path',
  'rmdir',
  'select-object',
  'select-string',
  'set-content',
  'set-location',
  'setlocal',
  'split-path',
  'start-sleep',
  'test-path',
  'type',
  'where-object',
  'write-error',
  'write-host',
  'write-information',
  'write-output',
  'write-verbose',
  'write-warning'
]);

/** What a step does with an env it inherits: runs flyctl, nothing of note, or other code. */
type StepKind = { kind: 'fly' } | { kind: 'inert' } | { kind: 'code'; what: string };

function stepKind(step: Step, defaults: readonly RunDefaults[], runsOn: string | null): StepKind {
  const uses = step.uses;
  if (uses) {
    if (uses.kind === 'local') return { kind: 'inert' };
    if (uses.kind === 'docker') return { kind: 'code', what: `runs the container \`${uses.raw}\`` };
    const owner = (uses.owner ?? '').toLowerCase();
    // setup-flyctl only installs flyctl; Fly's other actions run it with the token.
    if (owner === 'superfly')
      return { kind: /setup-flyctl$/i.test(uses.path ?? '') ? 'inert' : 'fly' };
    if (FIRST_PARTY.has(owner)) return { kind: 'inert' };
    return { kind: 'code', what: `uses the third-party action \`${uses.raw.trim()}\`` };
  }
  const run = step.run;
  if (!run) return { kind: 'inert' };
  // Each script in its dialect; a script in another language (`shell: python`) is code.
  const script = stepScript(step, defaults, runsOn);
  if (!script)
    return { kind: 'code', what: `runs a \`${stepShell(step, defaults) ?? ''}\` script` };
  const { statements, commands, text } = script;
  const windows = script.dialect !== 'sh';
  const fly = findFlyInvocations(statements, text, commands);
  const insideFly = (start: number): boolean => fly.some(f => start >= f.start && start < f.end);
  for (const command of commands) {
    const first = command.words[0];
    if (!first || insideFly(command.start)) continue;
    const program = wordText(first);
    const name = program.split('/').pop() ?? program;
    if (INERT.has(name)) continue;
    // Windows names ignore case and may carry `.exe`.
    const windowsName = name.toLowerCase().replace(/\.exe$/, '');
    if (windows && (INERT.has(windowsName) || WINDOWS_INERT.has(windowsName))) continue;
    const line = run.text.slice(command.start, command.end).split('\n')[0]?.trim() ?? program;
    return { kind: 'code', what: `runs \`${quotable(line, 60)}\`` };
  }
  return fly.length > 0 ? { kind: 'fly' } : { kind: 'inert' };
}

const lineOfStep = (step: Step): number =>
  (step.run ?? step.uses)?.location.line ?? step.location.line;

/**
 * Job-level findings: a Fly secret in the job's env while a step that does not need it runs other
 * code. The steps that need the token are the ones running flyctl or a Fly action; when none is
 * visible (flyctl runs inside a script), one of the code steps needs it, so it takes two.
 */
function jobEnvFindings(job: Job, workflowDefaults: RunDefaults, context: ScanContext): Finding[] {
  if (job.uses) return [];
  const refs = jobFlyRefs(job, context.fly).filter(
    r => r.stepIndex === null && r.flow.kind === 'env' && r.flow.scope === 'job'
  );
  if (refs.length === 0) return [];
  const defaults = [job.defaults, workflowDefaults];
  const kinds = job.steps.map(step => stepKind(step, defaults, job.runsOn));
  const code = job.steps.flatMap((step, i) => {
    const kind = kinds[i];
    return kind?.kind === 'code' ? [{ step, what: kind.what }] : [];
  });
  const flyLines = job.steps.filter((_, i) => kinds[i]?.kind === 'fly').map(lineOfStep);
  const first = code[0];
  if (!first || (flyLines.length === 0 && code.length < 2)) return [];
  const where =
    flyLines.length === 0
      ? 'the one step that runs flyctl (through its script)'
      : `the step${flyLines.length === 1 ? '' : 's'} that run${flyLines.length === 1 ? 's' : ''} flyctl (line${flyLines.length === 1 ? '' : 's'} ${flyLines.join(', ')})`;
  return refs.map(ref => {
    const key = ref.flow.key ?? 'env';
    const name = ref.name ?? ref.expression;
    return {
      rule: 'workflow-env-exposure',
      severity: 'medium',
      message:
        `Fly secret \`${name}\` is set as \`${key}\` in the env of job ${jobLabel(job)}: every ` +
        `step of the job sees it, and the step at line ${lineOfStep(first.step)} ${first.what}, ` +
        'which then runs with the token in its environment.',
      location: ref.location,
      fix: advice(`Move \`${key}\` from the job's \`env:\` to the \`env:\` of ${where}.`)
    };
  });
}

export const workflowEnvExposure: Rule<ScanContext> = {
  id: 'workflow-env-exposure',
  defaultSeverity: 'medium',
  title: 'Fly secret in workflow- or job-level env',
  help:
    'A Fly token set in the workflow-level `env:` is in the environment of every job and every ' +
    'step of the workflow; one set in a job’s `env:` is in every step of that job. Third-party ' +
    'actions, build scripts, test suites and anything they download can read it. Set it in the ' +
    '`env:` of the steps that run flyctl, nowhere else.',
  check(context): Finding[] {
    const findings: Finding[] = [];
    for (const { workflow } of context.workflows) {
      // No job runs: the env reaches nothing.
      if (workflow.jobs.length === 0) continue;
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
          fix: advice(
            `Move \`${key}\` from the top-level \`env:\` to the \`env:\` of the steps that run flyctl.`
          )
        });
      }
      for (const job of workflow.jobs)
        findings.push(...jobEnvFindings(job, workflow.defaults, context));
    }
    return findings;
  }
};
