// Turning one flyctl invocation into needs evidence: its capabilities, and the apps it acts on
// (flags, FLY_APP, config files in the working directory), in flyctl's own order.
import { meaningOf, type AppTarget } from './capabilities.js';
import { flagValue, hasFlag, type FlyInvocation } from './fly-commands.js';
import { tokenCarrier, type Collector, type Origin, type StepsContext } from './needs-context.js';
import { findAppConfig, joinPath } from './repo-files.js';
import { known, stringsOf, union, UNKNOWN, type Resolved } from './resolve.js';
import { wordLiteral, type Word } from './shell.js';
import type { Capability, SourceLocation } from './types.js';

const VALID_APP = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export interface Resolver {
  word(word: Word): Resolved;
  /** Env/shell variable; null when undefined. */
  variable(name: string): Resolved | null;
  cwd: Resolved;
}

export function recordInvocation(
  ctx: StepsContext,
  inv: FlyInvocation,
  location: SourceLocation,
  r: Resolver,
  via: SourceLocation[] = []
): void {
  // `fly deploy --help` / `-h` prints the usage and acts on nothing: no need (and no app).
  if (hasFlag(inv, 'help')) return;
  const accessToken = flagValue(inv, 'access-token');
  const carrier = tokenCarrier(r.variable, accessToken ? r.word(accessToken) : null);
  const origin: Origin = { via, ...(carrier.secrets ? { secrets: carrier.secrets } : {}) };
  // `flyctl auth docker` logs docker in to registry.fly.io: later pushes deploy with this token.
  if (inv.path[0] === 'auth' && inv.path[1] === 'docker') ctx.job.registryLogin = origin;
  // Flags matter to `launch` alone: no list of names for every other call.
  const meaning = meaningOf(inv.path, inv.path[0] === 'launch' ? inv.flags.map(f => f.name) : []);
  if (!meaning) return;
  const apps = appsFor(ctx, inv, meaning.target, r);
  for (const capability of meaning.capabilities)
    addEvidence(ctx.collector, capability, apps, inv.text, location, origin);
  if (meaning.unknown !== undefined) {
    ctx.collector.addOpaque({
      reason: 'command',
      detail: inv.text,
      why: meaning.unknown,
      location,
      ...(via.length > 0 ? { via } : {}),
      ...(carrier.secrets ? { secrets: carrier.secrets } : {})
    });
  }
  // Only fixed commands are recorded: one computed at run time (`$CMD`, `${{ inputs.cmd }}`)
  // cannot be told, and a token restricted to its text as written would refuse it.
  if (meaning.remote === 'ssh') {
    const command = flagValue(inv, 'command');
    const text = command ? wordLiteral(command) : null;
    if (text !== null) ctx.collector.addCommand(text);
  } else if (meaning.remote === 'exec') {
    const words = inv.args.length >= 2 ? inv.args.slice(1) : inv.args;
    const command = flagValue(inv, 'command');
    const texts = (words.length > 0 ? words : command ? [command] : []).map(wordLiteral);
    if (texts.length > 0 && texts.every(t => t !== null)) ctx.collector.addCommand(texts.join(' '));
  }
}

export function addEvidence(
  collector: Collector,
  capability: Capability,
  apps: Resolved | 'none',
  command: string,
  location: SourceLocation,
  origin: Origin = {}
): void {
  if (apps === 'none') {
    collector.add(capability, null, command, location, origin);
    return;
  }
  // All or nothing: when some values cannot be told, the ones that can (a fallback literal, a
  // branch) are not reported as apps the job needs; `unknownApps` says the truth instead.
  const names = stringsOf(apps);
  if (apps.unknown || names.length === 0 || !names.every(app => VALID_APP.test(app))) {
    collector.unknownApps = true;
    collector.add(capability, null, command, location, { ...origin, appUnknown: true });
    return;
  }
  for (const app of names) collector.add(capability, app, command, location, origin);
}

function appsFor(
  ctx: StepsContext,
  inv: FlyInvocation,
  target: AppTarget,
  r: Resolver
): Resolved | 'none' {
  const nameFlag = flagValue(inv, 'name');
  switch (target) {
    case 'none':
      return 'none';
    case 'args-or-app':
      return inv.args.length > 0
        ? union(...inv.args.map(a => r.word(a)))
        : appFromContext(ctx, inv, r);
    case 'create': {
      const first = inv.args[0];
      if (first) return r.word(first);
      return nameFlag ? r.word(nameFlag) : UNKNOWN;
    }
    case 'launch':
      return nameFlag ? r.word(nameFlag) : configApp(ctx, inv, r);
    case 'pg-create':
      return nameFlag ? r.word(nameFlag) : UNKNOWN;
    case 'app':
      return appFromContext(ctx, inv, r);
  }
}

/** flyctl's order: `-a/--app`, then `FLY_APP`, then the config file's `app`. */
function appFromContext(ctx: StepsContext, inv: FlyInvocation, r: Resolver): Resolved {
  const flag = flagValue(inv, 'app');
  if (flag) return r.word(flag);
  const flyApp = r.variable('FLY_APP');
  if (flyApp) return flyApp;
  return configApp(ctx, inv, r);
}

function configApp(ctx: StepsContext, inv: FlyInvocation, r: Resolver): Resolved {
  const configWord = flagValue(inv, 'config');
  const config = configWord ? r.word(configWord) : null;
  const configs: Array<string | null> = config ? stringsOf(config) : [null];
  let dirs = r.cwd;
  // `fly deploy [WORKING_DIRECTORY]` changes directory before reading the config.
  const workDir = inv.path[0] === 'deploy' ? inv.args[0] : undefined;
  if (workDir) {
    const target = r.word(workDir);
    const values: string[] = [];
    let unknown = target.unknown || dirs.unknown;
    for (const d of stringsOf(dirs)) {
      for (const t of stringsOf(target)) {
        const joined = joinPath(d, t);
        if (joined === null) unknown = true;
        else values.push(joined);
      }
    }
    dirs = { values, unknown };
  }
  // An absolute config path does not depend on the working directory.
  if (dirs.values.length === 0 && configs.every(c => c !== null && c.startsWith('/')))
    dirs = known('');
  const results: Resolved[] = [];
  if (dirs.unknown || (config?.unknown ?? false)) results.push(UNKNOWN);
  const hint = r.variable('FLY_APP_NAME');
  for (const dir of stringsOf(dirs)) {
    for (const cfg of configs) {
      const found = findAppConfig(ctx.repo, dir, cfg);
      if (found.status === 'found') results.push(known(found.app));
      else if (found.status === 'missing' && hint) results.push(hint);
      else results.push(UNKNOWN);
    }
  }
  return results.length > 0 ? union(...results) : UNKNOWN;
}
