// What a flyctl command needs from its token, and how it picks the app it acts on.
//
// Choices where flyctl's own behaviour leaves room (kept here so they can be argued with):
// - `machine run`, `machine start/stop/restart/update/destroy/clone/...`, `apps restart`,
//   `image update`, `volumes create/extend/destroy`, `ips allocate/release`, `certs add/remove`
//   change the app's machines or resources: `deploy` (a deploy token can do all of them).
// - `console` starts a machine and connects to it: `deploy` + `ssh`.
// - `postgres connect/db/users/config/failover/backup/import/barman` talk to the Postgres
//   machines over their private network and admin API: `ssh` on the Postgres app.
//   `postgres create` creates a new app: `create-app` + `org`.
// - Postgres commands that also change the Postgres app's machines or secrets (`config update`,
//   `failover` and `renew-certs` take machine leases and restart machines; `import` launches a
//   machine and sets secrets; `backup` runs commands on the leader through the Machines API;
//   `barman create` adds a volume and a machine) need `deploy` too: an ssh token is read-only
//   apart from its two mutations, so it cannot. `backup enable` provisions a Tigris bucket
//   (an organization add-on) and `backup restore` creates a new app: `org`.
// - `secrets list`, `config show/env`, `volumes list`, `machine list/status`, `apps list`,
//   `status`, `logs`, `releases`, `image show`, `ips list`, `certs list` only read: `read`.
// - `ssh issue`, `wireguard create/...`, `tokens create/revoke`, `orgs create/...`, add-on
//   provisioning (`redis`, `tigris`, `storage`, `consul`, `extensions`, `mpg create`) act on the
//   organization: `org`.
// - `dig`, `ping`, `machine api-proxy` reach the private network: `proxy`.
// - Known only in part, so reported as `unknown-needs` rather than guessed into a token kind:
//   Managed Postgres (`mpg connect/proxy/list/...`: clusters are not apps, no token kind is
//   documented for them), `postgres attach/detach` (surely `secrets` on the target app; the
//   attachment is also registered on the Postgres app), `apps move` and `orgs create` (another
//   organization than the one an org token is confined to).
// - `auth token`, `version`, `doctor`, `agent`... need no capability of their own (the workflow
//   scanner still reports `auth token` separately). Nor do `tokens attenuate` and `tokens debug`:
//   flyctl adds caveats to, or decodes, the token it is given, offline.
import type { Capability } from './types.js';

/**
 * How a command picks the app it acts on:
 * - `app`: `-a/--app`, else `FLY_APP`, else the app in `--config` / `fly.toml` of the working dir.
 * - `args-or-app`: app names given as arguments (`apps destroy a b`), else as `app`.
 * - `create`: the first argument or `--name`; no name means a generated one (unknown).
 * - `launch`: `--name`, else the config's app.
 * - `pg-create`: `--name`.
 * - `none`: the command acts on the organization or on nothing.
 */
export type AppTarget = 'app' | 'args-or-app' | 'create' | 'launch' | 'pg-create' | 'none';

interface CommandMeaning {
  /** What the command surely needs (all of it, unless `unknown` says more may be needed). */
  capabilities: Capability[];
  target: AppTarget;
  /** The command runs a command on a machine (`ssh console -C`, `machine exec`). */
  remote: 'ssh' | 'exec' | null;
  /**
   * Why what the command needs from a token is not known beyond `capabilities`: reported as an
   * unseen use (`unknown-needs`), never guessed into a token kind.
   */
  unknown?: string;
}

const m = (
  capabilities: Capability[],
  target: AppTarget,
  remote: 'ssh' | 'exec' | null = null
): CommandMeaning => ({
  capabilities,
  target,
  remote
});

/** A command whose needs are known only in part (`capabilities`), for the reason given. */
const partly = (capabilities: Capability[], target: AppTarget, why: string): CommandMeaning => ({
  ...m(capabilities, target),
  unknown: why
});

const MPG_UNKNOWN =
  'what a token needs for Managed Postgres clusters is not known: they are not apps, and no token kind is documented for them';
const ATTACH_UNKNOWN =
  'it also registers the attachment on the Postgres app, and what that needs from a token is not known';

const TABLE: Record<string, CommandMeaning> = {
  deploy: m(['deploy'], 'app'),
  status: m(['read'], 'app'),
  logs: m(['read'], 'app'),
  releases: m(['read'], 'app'),
  dashboard: m(['read'], 'app'),
  open: m(['read'], 'app'),
  checks: m(['read'], 'app'),
  services: m(['read'], 'app'),
  proxy: m(['proxy'], 'app'),
  console: m(['deploy', 'ssh'], 'app', 'ssh'),
  sftp: m(['ssh'], 'app'),
  dig: m(['proxy'], 'none'),
  ping: m(['proxy'], 'none'),

  'apps create': m(['create-app', 'org'], 'create'),
  'apps destroy': m(['destroy-app', 'org'], 'args-or-app'),
  'apps list': m(['read'], 'none'),
  'apps restart': m(['deploy'], 'args-or-app'),
  'apps move': partly(
    ['org'],
    'args-or-app',
    'it moves the app to another organization, and an org token is confined to one: what it needs is not known'
  ),
  'apps open': m(['read'], 'app'),
  'apps releases': m(['read'], 'app'),
  'apps errors': m(['read'], 'app'),
  'apps show': m(['read'], 'args-or-app'),
  'apps set-platform-version': m(['deploy'], 'app'),

  'secrets set': m(['secrets'], 'app'),
  'secrets unset': m(['secrets'], 'app'),
  'secrets import': m(['secrets'], 'app'),
  'secrets deploy': m(['secrets'], 'app'),
  'secrets sync': m(['secrets'], 'app'),
  'secrets list': m(['read'], 'app'),
  'secrets keys': m(['read'], 'app'),

  'ssh console': m(['ssh'], 'app', 'ssh'),
  'ssh sftp': m(['ssh'], 'app'),
  'ssh issue': m(['ssh', 'org'], 'none'),
  'ssh log': m(['read'], 'none'),

  'machine exec': m(['machine-exec'], 'app', 'exec'),
  'machine run': m(['deploy'], 'app'),
  'machine create': m(['deploy'], 'app'),
  'machine clone': m(['deploy'], 'app'),
  'machine start': m(['deploy'], 'app'),
  'machine stop': m(['deploy'], 'app'),
  'machine restart': m(['deploy'], 'app'),
  'machine destroy': m(['deploy'], 'app'),
  'machine update': m(['deploy'], 'app'),
  'machine kill': m(['deploy'], 'app'),
  'machine cordon': m(['deploy'], 'app'),
  'machine uncordon': m(['deploy'], 'app'),
  'machine suspend': m(['deploy'], 'app'),
  'machine leases': m(['deploy'], 'app'),
  'machine place': m(['read'], 'none'),
  'machine egress-ip': m(['deploy'], 'app'),
  'machine list': m(['read'], 'app'),
  'machine status': m(['read'], 'app'),
  'machine api-proxy': m(['proxy'], 'none'),

  'scale count': m(['scale'], 'app'),
  'scale vm': m(['scale'], 'app'),
  'scale memory': m(['scale'], 'app'),
  'scale show': m(['read'], 'app'),
  scale: m(['scale'], 'app'),

  'postgres create': m(['create-app', 'org'], 'pg-create'),
  'postgres attach': partly(['secrets'], 'app', ATTACH_UNKNOWN),
  'postgres detach': partly(['secrets'], 'app', ATTACH_UNKNOWN),
  'postgres connect': m(['ssh'], 'app'),
  'postgres db': m(['ssh'], 'app'),
  'postgres users': m(['ssh'], 'app'),
  'postgres config': m(['ssh'], 'app'),
  'postgres config show': m(['ssh'], 'app'),
  'postgres config update': m(['deploy', 'ssh'], 'app'),
  'postgres failover': m(['deploy', 'ssh'], 'app'),
  'postgres import': m(['deploy', 'secrets', 'ssh'], 'app'),
  'postgres renew-certs': m(['deploy', 'secrets', 'ssh'], 'app'),
  'postgres backup': m(['deploy'], 'app'),
  'postgres backup create': m(['deploy'], 'app'),
  'postgres backup list': m(['deploy'], 'app'),
  'postgres backup config': m(['deploy'], 'app'),
  'postgres backup config show': m(['deploy'], 'app'),
  'postgres backup config update': m(['deploy'], 'app'),
  'postgres backup enable': m(['secrets', 'org'], 'app'),
  'postgres backup restore': m(['create-app', 'org'], 'create'),
  'postgres barman': m(['ssh'], 'app'),
  'postgres barman create': m(['deploy'], 'app'),
  'postgres barman check': m(['ssh'], 'app'),
  'postgres barman list-backup': m(['ssh'], 'app'),
  'postgres barman show-backup': m(['ssh'], 'app'),
  'postgres barman backup': m(['ssh'], 'app'),
  'postgres barman switch-wal': m(['ssh'], 'app'),
  'postgres barman recover': m(['ssh'], 'app'),
  'postgres restart': m(['deploy'], 'app'),
  'postgres events': m(['read'], 'app'),
  'postgres list': m(['read'], 'none'),

  'mpg create': m(['org'], 'none'),
  'mpg destroy': m(['org'], 'none'),
  'mpg attach': m(['secrets', 'org'], 'app'),
  'mpg connect': partly([], 'none', MPG_UNKNOWN),
  'mpg proxy': partly([], 'none', MPG_UNKNOWN),
  'mpg list': partly([], 'none', MPG_UNKNOWN),
  'mpg status': partly([], 'none', MPG_UNKNOWN),
  'mpg databases': partly([], 'none', MPG_UNKNOWN),
  'mpg users': partly([], 'none', MPG_UNKNOWN),
  'mpg backups': partly([], 'none', MPG_UNKNOWN),

  'volumes create': m(['deploy'], 'app'),
  'volumes destroy': m(['deploy'], 'app'),
  'volumes extend': m(['deploy'], 'app'),
  'volumes update': m(['deploy'], 'app'),
  'volumes fork': m(['deploy'], 'app'),
  'volumes list': m(['read'], 'app'),
  'volumes show': m(['read'], 'app'),
  'volumes snapshots': m(['read'], 'app'),

  'config show': m(['read'], 'app'),
  'config save': m(['read'], 'app'),
  'config env': m(['read'], 'app'),
  'config display': m(['read'], 'app'),
  'config validate': m(['read'], 'app'),

  'image show': m(['read'], 'app'),
  'image update': m(['deploy'], 'app'),

  'ips list': m(['read'], 'app'),
  'ips private': m(['read'], 'app'),
  'ips allocate': m(['deploy'], 'app'),
  'ips allocate-v4': m(['deploy'], 'app'),
  'ips allocate-v6': m(['deploy'], 'app'),
  'ips release': m(['deploy'], 'app'),

  'certs list': m(['read'], 'app'),
  'certs show': m(['read'], 'app'),
  'certs check': m(['read'], 'app'),
  'certs add': m(['deploy'], 'app'),
  'certs remove': m(['deploy'], 'app'),
  'certs setup': m(['deploy'], 'app'),

  'tokens create': m(['org'], 'none'),
  'tokens revoke': m(['org'], 'none'),
  'tokens list': m(['read'], 'none'),

  'wireguard create': m(['org'], 'none'),
  'wireguard remove': m(['org'], 'none'),
  'wireguard reset': m(['org'], 'none'),
  'wireguard token': m(['org'], 'none'),
  'wireguard websockets': m(['org'], 'none'),
  'wireguard list': m(['read'], 'none'),
  'wireguard status': m(['read'], 'none'),

  'orgs list': m(['read'], 'none'),
  'orgs show': m(['read'], 'none'),
  'orgs create': partly(
    ['org'],
    'none',
    'it creates a new organization, and an org token is confined to its own: what it needs is not known'
  ),
  'orgs delete': m(['org'], 'none'),
  'orgs invite': m(['org'], 'none'),

  redis: m(['org'], 'none'),
  tigris: m(['org'], 'none'),
  storage: m(['org'], 'none'),
  consul: m(['org'], 'none'),
  extensions: m(['org'], 'none')
};

/** Capability order, narrowest first (as in `Capability`). */
export const CAPABILITY_ORDER: readonly Capability[] = [
  'read',
  'deploy',
  'secrets',
  'scale',
  'ssh',
  'machine-exec',
  'proxy',
  'create-app',
  'destroy-app',
  'org'
];

export function sortCapabilities(caps: Iterable<Capability>): Capability[] {
  const set = new Set(caps);
  return CAPABILITY_ORDER.filter(c => set.has(c));
}

/**
 * Meaning of a canonical subcommand path (`['apps', 'create']`); null when the command needs no
 * capability or is unknown. `launch` depends on its flags: `--no-deploy` drops `deploy`.
 */
export function meaningOf(
  path: readonly string[],
  flagNames: readonly string[] = []
): CommandMeaning | null {
  if (path.length === 0) return null;
  if (path[0] === 'launch') {
    const capabilities: Capability[] = ['create-app', 'org'];
    if (!flagNames.includes('no-deploy') && !flagNames.includes('build-only'))
      capabilities.push('deploy');
    return m(sortCapabilities(capabilities), 'launch');
  }
  const full = TABLE[path.join(' ')];
  if (full) return full;
  // A group with an unknown or missing subcommand (`fly secrets`, `fly scale`): the group entry.
  return path.length === 1 ? (TABLE[path[0] ?? ''] ?? null) : null;
}
