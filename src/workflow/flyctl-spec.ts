// flyctl's command tree and flag conventions, as far as command parsing needs them: which words
// are subcommands (with their aliases) and which flags take a value.

// ---------------------------------------------------------------------------------------------
// The flyctl command tree (canonical name -> aliases and children). Unknown words end the path.

export interface CommandNode {
  aliases?: string[];
  children?: Record<string, CommandNode>;
}

const leaf = (...aliases: string[]): CommandNode => (aliases.length > 0 ? { aliases } : {});
const group = (children: Record<string, CommandNode>, ...aliases: string[]): CommandNode => ({
  children,
  ...(aliases.length > 0 ? { aliases } : {})
});

export const TREE: Record<string, CommandNode> = {
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
      config: leaf(),
      restart: leaf(),
      failover: leaf(),
      backup: leaf(),
      import: leaf(),
      barman: leaf(),
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
};

/** Old top-level shortcuts for app commands. */
export const TOP_LEVEL_SHORTCUTS: Record<string, string[]> = {
  destroy: ['apps', 'destroy'],
  create: ['apps', 'create'],
  restart: ['apps', 'restart'],
  list: ['apps', 'list']
};

// Every flyctl word of every script is looked up here: index each table of children once.
const childIndexes = new WeakMap<Record<string, CommandNode>, Map<string, [string, CommandNode]>>();

function childIndex(children: Record<string, CommandNode>): Map<string, [string, CommandNode]> {
  let index = childIndexes.get(children);
  if (!index) {
    index = new Map();
    // In table order, the first child named or aliased so wins, as a linear search would find.
    for (const [name, node] of Object.entries(children)) {
      if (!index.has(name)) index.set(name, [name, node]);
      for (const alias of node.aliases ?? []) if (!index.has(alias)) index.set(alias, [name, node]);
    }
    childIndexes.set(children, index);
  }
  return index;
}

export function childNamed(
  children: Record<string, CommandNode>,
  word: string
): [string, CommandNode] | null {
  const found = childIndex(children).get(word);
  return found ? [found[0], found[1]] : null;
}

// ---------------------------------------------------------------------------------------------
// Flags. Flags not listed as taking a value are booleans, unless written `--flag=value`.

const VALUE_FLAGS = new Set([
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
  'smoke-checks',
  'exit-code',
  'seed',
  'depot-scope',
  'recreate-builder',
  'build-depot',
  'ha',
  'dockerignore-from-gitignore',
  'mount',
  'flycast',
  'runtime'
]);

/** Flags whose value is optional in flyctl and usually written bare (`--ha=false`, `--smoke-checks`). */
const BARE_OK = new Set([
  'ha',
  'smoke-checks',
  'flycast',
  'recreate-builder',
  'build-depot',
  'dockerignore-from-gitignore'
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

export function takesValue(name: string): boolean {
  return VALUE_FLAGS.has(name) && !BARE_OK.has(name);
}
