// token-leak: a `run:` step prints the Fly token or writes it where it outlives the step
// ($GITHUB_ENV, $GITHUB_OUTPUT, the job summary, a file, an image's build arguments), sends it
// to a host that is not Fly's, or traces it with `set -x`. The shell analysis is in leaks.ts.
import { findExpressions, findSecretMentions } from '../../workflow/expressions.js';
import {
  locateInValue,
  parsedScript,
  stepDialect,
  stepShell,
  type KeyValue,
  type ParsedAction,
  type RunDefaults,
  type Step
} from '../../workflow/index.js';
import { scriptCommands } from '../../workflow/script-parse.js';
import type { Finding, Rule } from '../types.js';
import { advice } from '../types.js';
import type { ScanContext } from './context.js';
import { FLY_TOKEN_VARIABLES, isFlyTokenName, type FlySecrets } from './fly-secrets.js';
import { findLeaks, type Leak, type ScriptTokens } from './leaks.js';
import { findCmdLeaks, findPwshLeaks } from './leaks-windows.js';

const INPUT = /\binputs\.([A-Za-z_][A-Za-z0-9_-]*)/;

function flyExpression(
  fly: FlySecrets,
  variables: ReadonlySet<string>,
  flyInputs: ReadonlySet<string> = new Set()
) {
  return (inner: string): boolean => {
    const named = findSecretMentions(inner).some(
      m => m.name !== null && (fly.names.has(m.name) || isFlyTokenName(m.name))
    );
    if (named) return true;
    const env = /\benv\.([A-Za-z_][A-Za-z0-9_]*)/.exec(inner);
    if (env?.[1] && variables.has(env[1])) return true;
    const input = INPUT.exec(inner)?.[1];
    return input !== undefined && (isFlyTokenName(input) || flyInputs.has(input));
  };
}

/**
 * The inputs of a composite action that carry a Fly token whatever their name: the ones its
 * steps hand to flyctl as `FLY_API_TOKEN` / `FLY_ACCESS_TOKEN` (`token:` in most such actions).
 */
function flyInputsOf(action: ParsedAction): ReadonlySet<string> {
  const names = new Set<string>();
  for (const step of action.steps) {
    for (const kv of step.env) {
      if (!FLY_TOKEN_VARIABLES.has(kv.key.toUpperCase())) continue;
      for (const span of findExpressions(kv.value ?? '')) {
        const input = INPUT.exec(span.inner)?.[1];
        if (input !== undefined) names.add(input);
      }
    }
  }
  return names;
}

/** flyctl's variables plus the env variables (in the layers a step sees) holding a Fly token. */
function tokenVariables(
  layers: KeyValue[][],
  isFly: (inner: string) => boolean
): ReadonlySet<string> {
  const names = new Set(FLY_TOKEN_VARIABLES);
  for (const kv of layers.flat()) {
    if (findExpressions(kv.value ?? '').some(span => isFly(span.inner))) names.add(kv.key);
  }
  return names;
}

function traced(step: Step, defaults: RunDefaults[]): boolean {
  return /(^|\s)-[A-Za-z]*x/.test(stepShell(step, defaults) ?? '');
}

const uploadsArtifacts = (step: Step): boolean =>
  step.uses !== null && /upload-artifact$/i.test(step.uses.repo ?? '');

/** The leaks of a job's or action's `index`th step; `layers` are the env layers it sees. */
function stepFindings(
  file: string,
  steps: readonly Step[],
  index: number,
  layers: KeyValue[][],
  defaults: RunDefaults[],
  fly: FlySecrets,
  runsOn: string | null,
  flyInputs: ReadonlySet<string> = new Set()
): Finding[] {
  const step = steps[index];
  const run = step?.run;
  if (!step || !run) return [];
  // Env values are read with flyctl's variables only: an env layer does not see its siblings.
  const variables = tokenVariables(layers, flyExpression(fly, FLY_TOKEN_VARIABLES, flyInputs));
  const tokens: ScriptTokens = {
    variables,
    isFlyExpression: flyExpression(fly, variables, flyInputs),
    traced: traced(step, defaults)
  };
  // Each dialect has its reader; a script in another language (`shell: python`) is not read.
  const dialect = stepDialect(step, defaults, runsOn);
  let leaks: Leak[] = [];
  if (dialect === 'sh') leaks = findLeaks(run.text, tokens, parsedScript(run), scriptCommands(run));
  else if (dialect === 'pwsh') leaks = findPwshLeaks(run.text, tokens);
  else if (dialect === 'cmd') leaks = findCmdLeaks(run.text, tokens);
  return leaks.map(leak => ({
    rule: 'token-leak',
    severity: 'high',
    message:
      `This step ${leak.what}` +
      // Asked only for a leak to a file: asking for every step made a long job quadratic.
      (leak.toFile && steps.slice(index + 1).some(uploadsArtifacts)
        ? '; a later step of this job uploads artifacts'
        : '') +
      '.',
    location: locateInValue(file, run.map, leak.start, leak.end),
    fix: advice(
      'Hand the token to flyctl only through the env of the step that runs it (FLY_API_TOKEN), or pipe it straight into the command that reads it from standard input (`docker login --password-stdin`); never print it, write it to a file or `$GITHUB_ENV`, or pass it as a build argument (use a build secret). Rotate a token that already leaked.'
    )
  }));
}

export const tokenLeak: Rule<ScanContext> = {
  id: 'token-leak',
  defaultSeverity: 'high',
  title: 'run: step leaks the Fly token',
  help:
    'A script that echoes the Fly token, writes it to `$GITHUB_ENV`, `$GITHUB_OUTPUT`, the job ' +
    'summary or a file, passes it as a Docker build argument, sends it to a host that is not ' +
    'Fly’s, or runs with `set -x` lets it outlive the step. The runner masks the exact value in ' +
    'logs, nothing else: not a base64 copy, not a file, not an image layer.',
  check(context): Finding[] {
    const findings: Finding[] = [];
    for (const { workflow } of context.workflows) {
      for (const job of workflow.jobs) {
        job.steps.forEach((step, i) => {
          findings.push(
            ...stepFindings(
              workflow.path,
              job.steps,
              i,
              [step.env, job.env, workflow.env],
              [job.defaults, workflow.defaults],
              context.fly,
              job.runsOn
            )
          );
        });
      }
    }
    for (const action of context.actions) {
      const flyInputs = flyInputsOf(action);
      action.steps.forEach((step, i) => {
        findings.push(
          ...stepFindings(
            action.path,
            action.steps,
            i,
            [step.env],
            [],
            context.fly,
            null,
            flyInputs
          )
        );
      });
    }
    return findings;
  }
};
