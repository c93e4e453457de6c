// flyctl's command tree and flag conventions, as far as command parsing needs them: which words
// are subcommands (with their aliases) and which flags take a value.

// ---------------------------------------------------------------------------------------------
// The flyctl command tree, each table indexed by every name and alias (looked up for every flyctl
// word of every script). Unknown words end the path.

/** A subcommand: its canonical name, and its own subcommands when it has some. */
export interface CommandNode {
  name: string;
  children?: Commands;
}

type Commands = ReadonlyMap<string, CommandNode>;

interface Entry {
  aliases: string[];
  children?: Commands;
}

const leaf = (...aliases: string[]): Entry => ({ aliases });
const group = (children: Record<string, Entry>, ...aliases: string[]): Entry => ({
  aliases,
  children: commands(children)
});

/** In table order: the first entry named or aliased so wins. */
function commands(table: Record<string, Entry>): Commands {
  const index = new Map<string, CommandNode>();
  for (const [name, entry] of Object.entries(table)) {
    const node: CommandNode = entry.children ? { name, children: entry.children } : { name };
    for (const word of [name, ...entry.aliases]) if (!index.has(word)) index.set(word, node);
  }
  return index;
}

export const TREE: Commands = commands({
  apps: group(
    {
      create: leaf(),
      destroy: leaf('delete', 'remove', 'rm'),
      list: leaf('ls'),
      restart: leaf(),
      move: leaf(),
      open: leaf(),
      releases: leaf(),
      errors: leaf(),
      show: leaf(),
      'set-platform-version': leaf()
    },
    'app'
  ),
  machine: group(
    {
      run: leaf(),
      exec: leaf(),
      list: leaf('ls'),
      start: leaf(),
      stop: leaf(),
      restart: leaf(),
      destroy: leaf('remove', 'rm'),
      update: leaf(),
      clone: leaf(),
      create: leaf(),
      status: leaf(),
      kill: leaf(),
      cordon: leaf(),
      uncordon: leaf(),
      suspend: leaf(),
      leases: leaf(),
      place: leaf(),
      'api-proxy': leaf(),
      'egress-ip': leaf()
    },
    'machines',
    'm'
  ),
  secrets: group(
    {
      set: leaf(),
      unset: leaf('rm', 'remove'),
      import: leaf(),
      list: leaf('ls'),
      deploy: leaf(),
      keys: leaf(),
      sync: leaf()
    },
    'secret'
  ),
  ssh: group({ console: leaf(), issue: leaf(), log: leaf(), sftp: leaf() }),
  postgres: group(
    {
      connect: leaf(),
      create: leaf(),
      attach: leaf(),
      detach: leaf(),
      list: leaf('ls'),
      db: leaf(),
      users: leaf(),
      config: group({ show: leaf(), update: leaf() }),
      restart: leaf(),
      failover: leaf(),
      backup: group(
        {
          create: leaf(),
          list: leaf(),
          enable: leaf(),
          restore: leaf(),
          config: group({ show: leaf(), update: leaf() })
        },
        'backups'
      ),
      import: leaf(),
      barman: group({
        create: leaf(),
        check: leaf(),
        'list-backup': leaf(),
        'show-backup': leaf(),
        backup: leaf(),
        'switch-wal': leaf(),
        recover: leaf()
      }),
      events: leaf(),
      'renew-certs': leaf()
    },
    'pg'
  ),
  mpg: group({
    list: leaf('ls'),
    create: leaf(),
    destroy: leaf(),
    status: leaf(),
    connect: leaf(),
    proxy: leaf(),
    attach: leaf(),
    databases: leaf(),
    users: leaf(),
    backups: leaf()
  }),
  volumes: group(
    {
      create: leaf(),
      list: leaf('ls'),
      destroy: leaf('delete', 'rm'),
      extend: leaf(),
      show: leaf(),
      snapshots: leaf(),
      update: leaf(),
      fork: leaf()
    },
    'volume',
    'vol'
  ),
  config: group({ show: leaf(), save: leaf(), validate: leaf(), env: leaf(), display: leaf() }),
  image: group({ show: leaf(), update: leaf() }, 'img'),
  tokens: group(
    { create: leaf(), list: leaf('ls'), revoke: leaf(), debug: leaf(), attenuate: leaf() },
    'token'
  ),
  auth: group({
    token: leaf(),
    login: leaf(),
    logout: leaf(),
    whoami: leaf(),
    docker: leaf(),
    signup: leaf()
  }),
  wireguard: group(
    {
      create: leaf(),
      list: leaf('ls'),
      remove: leaf('rm'),
      reset: leaf(),
      status: leaf(),
      token: leaf(),
      websockets: leaf()
    },
    'wg'
  ),
  scale: group({ count: leaf(), vm: leaf(), memory: leaf(), show: leaf() }),
  ips: group({
    list: leaf('ls'),
    'allocate-v4': leaf(),
    'allocate-v6': leaf(),
    allocate: leaf(),
    release: leaf(),
    private: leaf()
  }),
  certs: group({
    add: leaf('create'),
    list: leaf('ls'),
    show: leaf(),
    remove: leaf('delete', 'rm'),
    check: leaf(),
    setup: leaf()
  }),
  orgs: group(
    { list: leaf('ls'), create: leaf(), delete: leaf(), invite: leaf(), show: leaf() },
    'org'
  ),
  deploy: leaf(),
  launch: leaf(),
  status: leaf(),
  logs: leaf(),
  proxy: leaf(),
  console: leaf(),
  dashboard: leaf('dash'),
  open: leaf(),
  releases: leaf(),
  version: leaf(),
  doctor: leaf(),
  regions: leaf(),
  platform: leaf(),
  agent: leaf(),
  checks: leaf(),
  services: leaf(),
  consul: leaf(),
  redis: leaf(),
  tigris: leaf(),
  storage: leaf(),
  extensions: leaf('ext'),
  dig: leaf(),
  ping: leaf(),
  sftp: leaf(),
  help: leaf()
});

/** Old top-level shortcuts for app commands. */
export const TOP_LEVEL_SHORTCUTS: ReadonlyMap<string, string[]> = new Map([
  ['destroy', ['apps', 'destroy']],
  ['create', ['apps', 'create']],
  ['restart', ['apps', 'restart']],
  ['list', ['apps', 'list']]
]);

// ---------------------------------------------------------------------------------------------
// Flags. Flags not listed as taking a value are booleans, unless written `--flag=value`; so are
// those whose value flyctl makes optional and that are usually written bare (`--ha=false`,
// `--smoke-checks`, `--flycast`, `--build-depot`, `--recreate-builder`).

export const VALUE_FLAGS: ReadonlySet<string> = new Set([
  'app',
  'config',
  'access-token',
  'org',
  'region',
  'regions',
  'image',
  'dockerfile',
  'ignorefile',
  'build-arg',
  'build-secret',
  'build-target',
  'builder',
  'buildpacks',
  'env',
  'strategy',
  'wait-timeout',
  'lease-timeout',
  'release-command-timeout',
  'image-label',
  'vm-size',
  'vm-cpu-kind',
  'vm-cpus',
  'vm-memory',
  'vm-gpu-kind',
  'vm-gpus',
  'file-literal',
  'file-local',
  'file-secret',
  'label',
  'name',
  'network',
  'process-group',
  'process-groups',
  'primary-region',
  'command',
  'timeout',
  'user',
  'machine',
  'port',
  'bind-addr',
  'count',
  'size',
  'volume',
  'snapshot-id',
  'initial-cluster-size',
  'password',
  'fork-from',
  'memory',
  'cpus',
  'output',
  'format',
  'instance',
  'host',
  'max-per-region',
  'from',
  'schedule',
  'restart',
  'entrypoint',
  'metadata',
  'id',
  'autostop',
  'signal',
  'expiry',
  'address',
  'local-port',
  'database',
  'username',
  'cluster',
  'vm-cpukind',
  'image-ref',
  'exit-code',
  'seed',
  'depot-scope',
  'mount',
  'runtime'
]);

export const SHORT_FLAGS: Record<string, string> = {
  a: 'app',
  c: 'config',
  t: 'access-token',
  o: 'org',
  r: 'region',
  i: 'image',
  e: 'env',
  y: 'yes',
  j: 'json',
  n: 'name',
  s: 'select',
  C: 'command',
  u: 'user',
  A: 'address',
  x: 'expiry',
  d: 'detach',
  q: 'quiet',
  m: 'metadata',
  p: 'port',
  v: 'volume',
  b: 'bind-addr',
  h: 'help'
};

/** Per-command short flags that differ from the common ones. */
export const SHORT_OVERRIDES: Record<string, Record<string, string>> = {
  'postgres create': { p: 'password' },
  'postgres connect': { d: 'database', u: 'user', p: 'password' },
  logs: { n: 'no-tail', i: 'instance' },
  'ssh console': { s: 'select' },
  'machine exec': { s: 'select' },
  'volumes create': { s: 'size', n: 'count' },
  'scale count': { r: 'region' }
};
