// Actions whose Fly use we know: superfly/flyctl-actions (`args`), superfly/fly-pr-review-apps
// (review apps: create, deploy, destroy at org level), userbradley/actions-fly (deploy with a
// config file), SebRollen/toml-action (reads fly.toml fields other steps use as app names),
// docker/login-action and docker/build-push-action (a push to registry.fly.io is a deploy).
// Any other action handed the token, and any AI agent the token reaches, is unseen.
import { sortCapabilities } from './capabilities.js';
import { actionArgsInvocation } from './fly-commands.js';
import { addEvidence, recordInvocation, type Resolver } from './fly-apps.js';
import type { Step } from './model.js';
import {
  passesFlyToken,
  safeRead,
  stepSecrets,
  template,
  tokenCarrier,
  withValue,
  type Origin,
  type StepEffects,
  type StepsContext
} from './needs-context.js';
import { FLY_REGISTRY_HOST, pushedApps } from './registry-push.js';
import { locateInValue } from './parse-workflow.js';
import { findAppConfig, normalizePath, type RepoFiles } from './repo-files.js';
import { concat, known, stringsOf, union, UNKNOWN, type Resolved, type Scope } from './resolve.js';
import { stringified } from './script-run.js';
import type { Word } from './shell.js';
import { parse as parseToml } from 'smol-toml';
import type { Capability } from './types.js';

/** The owners of the actions below (lower case). */
const KNOWN_OWNERS = new Set(['superfly', 'userbradley', 'sebrollen', 'docker']);

/**
 * AI coding agents (`anthropics/claude-code-action`, `openai/codex-action`, aider and gemini
 * actions...): they run shell commands with the job's environment, so any token that reaches the
 * step is theirs to use, in ways no workflow file shows.
 */
export const AGENT_ACTION =
  /(^|[/-])(claude-code|codex|aider|gemini-cli|opencode|goose|openhands|copilot-agent)/;

/** This action itself: the guard step is no use of the token. */
const GUARD_REPO = 'fly-token-guard';

/** An action that is handed the token (or, for an agent, that the token reaches). */
function unseenAction(ctx: StepsContext, step: Step, scope: Scope, agent: boolean): void {
  const uses = step.uses;
  if (!uses) return;
  const reaches = agent && tokenCarrier(name => scope.env(name)).reaches;
  if (!passesFlyToken(step) && !reaches) return;
  const secrets = stepSecrets(step, scope);
  ctx.collector.addOpaque({
    reason: agent ? 'agent' : 'action',
    detail: uses.raw,
    why: agent ? 'an AI agent with shell access' : 'an action not known to this guard',
    location: uses.location,
    ...(secrets ? { secrets } : {})
  });
}

export function runKnownAction(
  ctx: StepsContext,
  step: Step,
  scope: Scope,
  effects: StepEffects
): void {
  const uses = step.uses;
  if (!uses) return;
  const name = `${uses.owner ?? ''}/${uses.repo ?? ''}`.toLowerCase();
  if ((uses.repo ?? '').toLowerCase() === GUARD_REPO) return;
  if (uses.kind !== 'action') return unseenAction(ctx, step, scope, false);
  // Most steps use an action of none of the owners below: they go straight to the last check.
  if (!KNOWN_OWNERS.has((uses.owner ?? '').toLowerCase()))
    return unseenAction(ctx, step, scope, AGENT_ACTION.test(name));
  const sub = (uses.path ?? '').toLowerCase();
  if (name === 'superfly/flyctl-actions' && sub === '') {
    const resolver: Resolver = {
      word: w => wordValue(scope, w),
      variable: v => scope.env(v),
      cwd: known('')
    };
    const args = withValue(step, 'args');
    if (!args || !args.isScalar || args.value === null) return;
    const inv = actionArgsInvocation(args.value);
    if (!inv) return;
    effects.sawFly = true;
    const location = locateInValue(ctx.file, args.valueMap, inv.start, inv.end);
    recordInvocation(ctx, inv, location, resolver);
    return;
  }
  const origin = actionOrigin(step, scope);
  if (name === 'superfly/fly-pr-review-apps') {
    effects.sawFly = true;
    const appName = template(scope, withValue(step, 'name'));
    const apps = appName && stringsOf(appName).some(a => a !== '') ? appName : UNKNOWN;
    const capabilities: Capability[] = ['create-app', 'deploy', 'destroy-app', 'org'];
    const secrets = withValue(step, 'secrets');
    if (secrets?.value) capabilities.push('secrets');
    const postgres = withValue(step, 'postgres');
    if (postgres?.value) capabilities.push('secrets', 'ssh');
    for (const capability of sortCapabilities(capabilities)) {
      addEvidence(ctx.collector, capability, apps, uses.raw, uses.location, origin);
    }
    effects.outputs.set('name', apps);
    return;
  }
  if (name === 'userbradley/actions-fly') {
    // A composite action that runs `flyctl deploy --config <configFile>` from the workspace.
    effects.sawFly = true;
    const config = template(scope, withValue(step, 'configFile')) ?? known('fly.toml');
    const results: Resolved[] = config.unknown ? [UNKNOWN] : [];
    for (const cfg of stringsOf(config)) {
      const found = findAppConfig(ctx.repo, '', cfg === '' ? 'fly.toml' : cfg);
      results.push(found.status === 'found' ? known(found.app) : UNKNOWN);
    }
    addEvidence(ctx.collector, 'deploy', union(...results), uses.raw, uses.location, origin);
    return;
  }
  if (name === 'sebrollen/toml-action') {
    effects.outputs.set(
      'value',
      tomlField(
        ctx.repo,
        template(scope, withValue(step, 'file')),
        template(scope, withValue(step, 'field'))
      )
    );
    return;
  }
  if (name === 'docker/login-action') {
    const registry = template(scope, withValue(step, 'registry'));
    if (registry && stringsOf(registry).includes(FLY_REGISTRY_HOST)) {
      const password = template(scope, withValue(step, 'password'));
      const carrier = tokenCarrier(() => null, password);
      ctx.job.registryLogin = carrier.secrets ? { secrets: carrier.secrets } : {};
    }
    return;
  }
  if (name === 'docker/build-push-action') {
    const push = template(scope, withValue(step, 'push'));
    const tags = withValue(step, 'tags');
    if (!push || !stringsOf(push).includes('true') || !tags?.value) return;
    const login: Origin = ctx.job.registryLogin ?? {};
    for (const tag of tags.value.split(/[\n,]/)) {
      const apps = pushedApps(scope.template(tag.trim()), tag);
      if (!apps) continue;
      effects.sawFly = true;
      addEvidence(ctx.collector, 'deploy', apps, uses.raw, uses.location, login);
    }
    return;
  }
  unseenAction(ctx, step, scope, false);
}

/** The secrets a Fly action runs with: its token env, or a `with:` value naming a Fly secret. */
function actionOrigin(step: Step, scope: Scope): Origin {
  const secrets = stepSecrets(step, scope);
  return secrets ? { secrets } : {};
}

function wordValue(scope: Scope, word: Word): Resolved {
  return concat(
    word.parts.map(p => {
      if (p.kind === 'literal') return known(p.text);
      if (p.kind === 'expression') return stringified(scope.expression(p.inner));
      if (p.kind === 'variable' && p.op === undefined) return scope.env(p.name) ?? UNKNOWN;
      return UNKNOWN;
    })
  );
}

/** `SebRollen/toml-action`: the value of `field` in the TOML `file`. */
function tomlField(repo: RepoFiles, file: Resolved | null, field: Resolved | null): Resolved {
  if (!file || !field || file.unknown || field.unknown) return UNKNOWN;
  const [path] = stringsOf(file);
  const [key] = stringsOf(field);
  if (
    path === undefined ||
    key === undefined ||
    stringsOf(file).length !== 1 ||
    stringsOf(field).length !== 1
  ) {
    return UNKNOWN;
  }
  const normalized = normalizePath(path);
  const text = normalized === null ? undefined : safeRead(repo, normalized);
  if (text === undefined) return UNKNOWN;
  try {
    let value: unknown = parseToml(text);
    for (const segment of key.split('.')) {
      if (typeof value !== 'object' || value === null) return UNKNOWN;
      value = (value as Record<string, unknown>)[segment];
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      return known(String(value));
    return UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}
