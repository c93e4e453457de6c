// The flyctl command extractor on hand-written scripts: programs and wrappers, continuations,
// operators, substitutions, quotes, flags, subcommands, comments and here-documents.
import {
  findFlyInvocations,
  flagValue,
  hasFlag,
  wordText,
  type FlyInvocation
} from '../../src/workflow/fly-commands.js';
import { parseShell, wordLiteral } from '../../src/workflow/shell.js';

/** The fly commands of a bare script, as the workflow reader finds them. */
function flyCommandsIn(script: string): FlyInvocation[] {
  return findFlyInvocations(parseShell(script), script);
}

function only(script: string): FlyInvocation {
  const found = flyCommandsIn(script);
  expect(found).toHaveLength(1);
  return found[0] as FlyInvocation;
}

function app(inv: FlyInvocation): string | null {
  const value = flagValue(inv, 'app');
  return value ? wordText(value) : null;
}

describe('program recognition', () => {
  it.each([
    ['flyctl deploy', 'flyctl'],
    ['fly deploy', 'fly'],
    ['~/.fly/bin/flyctl deploy', '~/.fly/bin/flyctl'],
    ['/root/.fly/bin/fly deploy', '/root/.fly/bin/fly'],
    ['$FLYCTL_INSTALL/bin/flyctl deploy', '$FLYCTL_INSTALL/bin/flyctl'],
    ['"${FLYCTL_INSTALL}/bin/flyctl" deploy', '"${FLYCTL_INSTALL}/bin/flyctl"'],
    ['"$HOME/.fly/bin/flyctl" deploy', '"$HOME/.fly/bin/flyctl"'],
    ['npx flyctl deploy', 'npx flyctl'],
    ['npx -y flyctl deploy', 'npx -y flyctl'],
    ['sudo -E flyctl deploy', 'sudo -E flyctl'],
    ['timeout 300 flyctl deploy', 'timeout 300 flyctl'],
    ['exec fly deploy', 'exec fly'],
    ['flyctl.exe deploy', 'flyctl.exe']
  ])('%s', (script, program) => {
    const inv = only(script);
    expect(inv.program).toBe(program);
    expect(inv.path).toEqual(['deploy']);
    expect(script.slice(inv.start, inv.end)).toBe(script);
  });

  it.each([
    'echo flyctl deploy',
    'echo "flyctl deploy"',
    'flyway migrate',
    'fly-deploy.sh',
    'cat fly.toml',
    '# flyctl deploy',
    'curl -L https://fly.io/install.sh | sh',
    "grep -q 'flyctl deploy' log.txt"
  ])('%s is not a flyctl command', script => {
    expect(flyCommandsIn(script)).toEqual([]);
  });

  it('keeps env assignments written before the command', () => {
    const prefix = only('FLY_APP=web FLY_API_TOKEN=$T flyctl status');
    expect(prefix.assignments.map(a => a.name)).toEqual(['FLY_APP', 'FLY_API_TOKEN']);
    const viaEnv = only('env FLY_APP=api flyctl status');
    expect(viaEnv.assignments.map(a => [a.name, a.value ? wordLiteral(a.value) : null])).toEqual([
      ['FLY_APP', 'api']
    ]);
  });
});

describe('splitting scripts into commands', () => {
  it('joins backslash continuations and reports the joined text', () => {
    const script =
      'flyctl deploy \\\n  --config apps/api/fly.toml \\\n  --remote-only\necho done\n';
    const inv = only(script);
    expect(inv.text).toBe('flyctl deploy --config apps/api/fly.toml --remote-only');
    expect(flagValue(inv, 'config') && wordText(flagValue(inv, 'config')!)).toBe(
      'apps/api/fly.toml'
    );
    expect(hasFlag(inv, 'remote-only')).toBe(true);
    expect(script.slice(inv.start, inv.end).endsWith('--remote-only')).toBe(true);
  });

  it('a continuation at the very end of the script does not swallow anything', () => {
    const inv = only('flyctl deploy \\\n  --app x \\\n');
    expect(app(inv)).toBe('x');
  });

  it('splits on && ; | || and newlines', () => {
    const found = flyCommandsIn(
      'cd api && flyctl deploy; flyctl status --json | jq .\nfly logs || true'
    );
    expect(found.map(f => f.path.join(' '))).toEqual(['deploy', 'status', 'logs']);
  });

  it('finds commands inside $( ), backticks, <( ) and double quotes', () => {
    const found = flyCommandsIn(
      'URL=$(flyctl status --json -a web | jq -r .Hostname)\n' +
        'echo "apps: $(fly apps list)"\n' +
        'IDS=`flyctl machines list -a db -q`\n' +
        'diff <(fly secrets list -a one) <(fly secrets list -a two)'
    );
    expect(found.map(f => `${f.path.join(' ')}:${app(f) ?? '-'}`)).toEqual([
      'status:web',
      'apps list:-',
      'machine list:db',
      'secrets list:one',
      'secrets list:two'
    ]);
  });

  it('finds commands inside if / for / while / case / functions / subshells', () => {
    const script = [
      'if ! flyctl apps show "$APP" >/dev/null 2>&1; then',
      '  flyctl apps create "$APP" --org acme',
      'elif [ -n "$X" ]; then fly scale count 2; else fly status; fi',
      'for app in a b; do fly deploy -a "$app"; done',
      'while read -r id; do fly machine stop "$id"; done < ids.txt',
      'case "$ENV" in prod) fly deploy -c fly.prod.toml ;; *) fly deploy ;; esac',
      'deploy() { fly deploy --remote-only; }',
      '( cd web && fly deploy )'
    ].join('\n');
    expect(flyCommandsIn(script).map(f => f.path.join(' '))).toEqual([
      'apps show',
      'apps create',
      'scale count',
      'status',
      'deploy',
      'machine stop',
      'deploy',
      'deploy',
      'deploy',
      'deploy'
    ]);
  });

  it('finds commands in bash -c / sh -c strings, at their place in the script', () => {
    const script = "bash -c 'flyctl deploy -a inner'";
    const inv = only(script);
    expect(app(inv)).toBe('inner');
    expect(script.slice(inv.start, inv.end)).toBe('flyctl deploy -a inner');
  });

  it('ignores comments, including after a command', () => {
    const found = flyCommandsIn(
      '# fly deploy -a nope\nflyctl deploy # --app ignored\n  # fly status'
    );
    expect(found).toHaveLength(1);
    expect(app(found[0] as FlyInvocation)).toBeNull();
    expect(found[0]?.text).toBe('flyctl deploy');
  });

  it('does not read here-document bodies as commands', () => {
    const found = flyCommandsIn(
      'cat <<EOF > notes.txt\nflyctl deploy -a doc\nEOF\nfly status -a real\n'
    );
    expect(found.map(f => app(f))).toEqual(['real']);
    const dashed = flyCommandsIn("cat <<-'END'\n\tfly deploy\n\tEND\nfly logs\n");
    expect(dashed.map(f => f.path.join(' '))).toEqual(['logs']);
  });

  it('keeps ${{ }} expressions whole, even with spaces and quotes inside', () => {
    const inv = only(
      "flyctl deploy --app ${{ matrix.app }} --strategy ${{ vars.S || 'bluegreen' }} --remote-only"
    );
    expect(app(inv)).toBe('${{ matrix.app }}');
    expect(wordText(flagValue(inv, 'strategy')!)).toBe("${{ vars.S || 'bluegreen' }}");
    expect(hasFlag(inv, 'remote-only')).toBe(true);
    expect(inv.args).toEqual([]);
  });
});

describe('flags', () => {
  it.each([
    ['fly status -a web', 'web'],
    ['fly status -a=web', 'web'],
    ['fly status --app web', 'web'],
    ['fly status --app=web', 'web'],
    ['fly status -aweb', 'web'],
    ["fly status --app 'web'", 'web'],
    ['fly status --app "web"', 'web'],
    ['fly status --app="web"', 'web'],
    ['fly status -a "$APP"', '$APP'],
    ['fly status -a "${APP:-web}"', '${APP:-web}']
  ])('%s', (script, expected) => {
    expect(app(only(script))).toBe(expected);
  });

  it('reads config, org, token, image and boolean flags', () => {
    const inv = only(
      'flyctl deploy -c deploy/fly.production.toml --org acme -t ${{ secrets.FLY }} --image registry.fly.io/web:1 --remote-only -y'
    );
    expect(wordText(flagValue(inv, 'config')!)).toBe('deploy/fly.production.toml');
    expect(wordText(flagValue(inv, 'org')!)).toBe('acme');
    expect(wordText(flagValue(inv, 'access-token')!)).toBe('${{ secrets.FLY }}');
    expect(wordText(flagValue(inv, 'image')!)).toBe('registry.fly.io/web:1');
    expect(inv.flags.filter(f => f.value === null).map(f => f.name)).toEqual([
      'remote-only',
      'yes'
    ]);
    const long = only('flyctl deploy --access-token "$T" --config=fly.toml');
    expect(wordText(flagValue(long, 'access-token')!)).toBe('$T');
    expect(wordText(flagValue(long, 'config')!)).toBe('fly.toml');
  });

  it('accepts flags before the subcommand', () => {
    const inv = only('fly --config deploy/api/fly.toml deploy --remote-only');
    expect(inv.path).toEqual(['deploy']);
    expect(wordText(flagValue(inv, 'config')!)).toBe('deploy/api/fly.toml');
  });

  it('takes everything after -- as arguments', () => {
    const inv = only('fly machine exec 1234 -- ls -la');
    expect(inv.path).toEqual(['machine', 'exec']);
    expect(inv.args.map(wordText)).toEqual(['1234', 'ls', '-la']);
  });

  it('uses per-command short flags (-p is a password for postgres create)', () => {
    const pg = only('flyctl postgres create --name db -p secret --org acme');
    expect(wordText(flagValue(pg, 'password')!)).toBe('secret');
    expect(wordText(flagValue(pg, 'name')!)).toBe('db');
  });
});

describe('subcommands', () => {
  it.each([
    ['fly apps create my-app --org acme', ['apps', 'create'], ['my-app']],
    ['fly apps destroy my-app -y', ['apps', 'destroy'], ['my-app']],
    ['fly app delete my-app', ['apps', 'destroy'], ['my-app']],
    ['fly apps list --json', ['apps', 'list'], []],
    ['fly destroy old-app --yes', ['apps', 'destroy'], ['old-app']],
    ['fly secrets set A=1 B="two words"', ['secrets', 'set'], ['A=1', 'B=two words']],
    ['fly secrets unset A B', ['secrets', 'unset'], ['A', 'B']],
    ['fly secrets import --stage', ['secrets', 'import'], []],
    ['fly secrets list', ['secrets', 'list'], []],
    ['fly ssh console -C "ls /data"', ['ssh', 'console'], []],
    ['fly ssh issue --agent', ['ssh', 'issue'], []],
    ['fly machine exec 148e "pg_dump db"', ['machine', 'exec'], ['148e', 'pg_dump db']],
    ['fly machines run nginx --rm', ['machine', 'run'], ['nginx']],
    ['fly m list', ['machine', 'list'], []],
    ['fly scale count 2 --yes', ['scale', 'count'], ['2']],
    ['fly status', ['status'], []],
    ['fly logs --no-tail', ['logs'], []],
    ['fly proxy 5432:5432 -a db', ['proxy'], ['5432:5432']],
    ['fly pg connect -a db', ['postgres', 'connect'], []],
    ['fly postgres attach db-app --app web', ['postgres', 'attach'], ['db-app']],
    ['fly volumes list', ['volumes', 'list'], []],
    ['fly vol create data --size 1', ['volumes', 'create'], ['data']],
    ['fly config show', ['config', 'show'], []],
    ['fly releases --image', ['releases'], []],
    ['fly image show', ['image', 'show'], []],
    ['fly tokens create deploy -x 2h', ['tokens', 'create'], ['deploy']],
    ['fly auth token', ['auth', 'token'], []],
    ['fly wireguard create acme ord peer', ['wireguard', 'create'], ['acme', 'ord', 'peer']],
    ['fly launch --no-deploy --copy-config --name x', ['launch'], []],
    ['fly version', ['version'], []],
    ['fly frobnicate now', ['frobnicate'], ['now']],
    // Names of Object.prototype are words like any other, not subcommands or shortcuts.
    ['fly constructor x', ['constructor'], ['x']],
    ['fly apps toString', ['apps'], ['toString']],
    ['fly --ha --smoke-checks deploy', ['deploy'], []]
  ])('%s', (script, path, args) => {
    const inv = only(script);
    expect(inv.path).toEqual(path);
    expect(inv.args.map(wordText)).toEqual(args);
  });

  it('keeps the subcommand words as written', () => {
    expect(only('flyctl machines ls').pathAsWritten).toEqual(['machines', 'ls']);
  });
});
