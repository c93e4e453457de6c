// Needs inference follows the repository's own code from `run:` steps: shell scripts, package
// scripts, Makefile targets, just recipes and Taskfile tasks (each with its call chain), and says
// what it cannot follow (a missing script, a program or container handed the token, an unknown
// action, an agent). Also: each Fly secret's needs on their own, and registry pushes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inferJobNeeds } from '../../src/workflow/needs.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import { repoFilesFromRecord } from '../../src/workflow/repo-files.js';
import { guardedSecrets, needsForSecrets } from '../../src/workflow/secret-needs.js';
import type { Needs, OpaqueUse } from '../../src/workflow/types.js';

const FILE = '.github/workflows/ci.yml';

/** A workflow with one job `j` whose steps are the given YAML step texts. */
function workflow(steps: string, jobHead = ''): string {
  return `on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n${jobHead}    steps:\n${steps}`;
}

/** A `run:` step handed FLY_API_TOKEN. */
function run(script: string, extra = ''): string {
  const body = script
    .split('\n')
    .map(l => `          ${l}`)
    .join('\n');
  return `      - run: |\n${body}\n        env:\n          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}\n${extra}`;
}

function needs(text: string, files: Record<string, string> = {}): Needs {
  const parsed = parseWorkflowFile(FILE, text);
  expect(parsed.errors).toEqual([]);
  return inferJobNeeds(parsed, 'j', repoFilesFromRecord({ [FILE]: text, ...files }));
}

const unseen = (n: Needs): OpaqueUse[] => n.opaque ?? [];

describe('shell scripts', () => {
  it('follows ./script.sh with its arguments, pointing at the script line and the chain', () => {
    const script = '#!/bin/bash\nset -e\nAPP="acme-$1"\nflyctl deploy -a "$APP"\n';
    const n = needs(workflow(run('./scripts/deploy.sh web')), { 'scripts/deploy.sh': script });
    expect(n.apps).toEqual(['acme-web']);
    expect(n.capabilities).toEqual(['deploy']);
    expect(n.opaque).toBeUndefined();
    const [evidence] = n.evidence;
    expect(evidence?.location).toMatchObject({ file: 'scripts/deploy.sh', line: 4, column: 1 });
    expect(evidence?.via).toEqual([expect.objectContaining({ file: FILE, line: 7 })]);
    expect(evidence?.secrets).toEqual(['FLY_API_TOKEN']);
  });

  it.each([
    ['bash scripts/deploy.sh', {}],
    ['sh -e scripts/deploy.sh', {}],
    ['source scripts/deploy.sh', {}],
    ['. ./scripts/deploy.sh', {}],
    ["sh -c './scripts/deploy.sh'", {}],
    ['cd scripts && ./deploy.sh', {}],
    ['bash <<EOF\nflyctl deploy -a acme-web\nEOF', {}]
  ])('%s', command => {
    const n = needs(workflow(run(command)), {
      'scripts/deploy.sh': 'flyctl deploy -a acme-web\n'
    });
    expect(n.apps).toEqual(['acme-web']);
    expect(n.capabilities).toEqual(['deploy']);
    expect(n.opaque).toBeUndefined();
  });

  it('runs a script in the caller’s directory (working-directory and cd), where fly.toml is', () => {
    const text = workflow(
      `      - run: ../scripts/deploy.sh\n        working-directory: web\n        env:\n          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}\n`
    );
    const n = needs(text, {
      'scripts/deploy.sh': 'flyctl deploy --remote-only\n',
      'web/fly.toml': 'app = "acme-web"\n',
      'fly.toml': 'app = "wrong-root-app"\n'
    });
    expect(n.apps).toEqual(['acme-web']);
  });

  it.each(['${{ github.action_path }}/deploy.sh', '"$GITHUB_ACTION_PATH/deploy.sh"'])(
    'follows %s from a local composite action',
    command => {
      const action = [
        'runs:',
        '  using: composite',
        '  steps:',
        '    - run: |',
        `        ${command} acme-web`,
        '      shell: bash'
      ].join('\n');
      const n = needs(
        workflow(
          '      - uses: ./.github/actions/ship\n        env:\n          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n'
        ),
        {
          '.github/actions/ship/action.yml': action,
          '.github/actions/ship/deploy.sh': 'flyctl deploy -a "$1"\n'
        }
      );
      expect(n.apps).toEqual(['acme-web']);
      expect(n.evidence[0]?.location?.file).toBe('.github/actions/ship/deploy.sh');
      expect(n.evidence[0]?.via?.[0]?.file).toBe('.github/actions/ship/action.yml');
    }
  );

  it('shares variables and the directory with a sourced script', () => {
    const n = needs(workflow(run('source scripts/env.sh\nflyctl deploy -a "$APP"')), {
      'scripts/env.sh': 'export APP=acme-api\ncd infra\n'
    });
    expect(n.apps).toEqual(['acme-api']);
  });

  it('stops at cycles and at the depth bound', () => {
    const cycle = needs(workflow(run('./a.sh')), {
      'a.sh': 'flyctl status -a acme-a\n./b.sh\n',
      'b.sh': './a.sh\nflyctl status -a acme-b\n'
    });
    expect(cycle.apps).toEqual(['acme-a', 'acme-b']);
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`s${i}.sh`] = `./s${i + 1}.sh\n`;
    files['s12.sh'] = 'flyctl deploy -a deep\n';
    const deep = needs(workflow(run('./s0.sh')), files);
    expect(deep.apps).toEqual([]);
    expect(unseen(deep).map(u => u.why)).toEqual(['scripts call scripts too deeply']);
  });

  it('says what it cannot see: a missing script, a Python program', () => {
    const n = needs(workflow(run('./bin/release\n./tools/deploy.py')), {
      'tools/deploy.py': '#!/usr/bin/env python3\nimport os\n'
    });
    expect(unseen(n).map(u => [u.detail, u.why, u.reason])).toEqual([
      ['./bin/release', 'not in the checkout', 'script'],
      ['./tools/deploy.py', 'a python3 program that receives the token', 'script']
    ]);
    expect(unseen(n)[0]?.secrets).toEqual(['FLY_API_TOKEN']);
    expect(unseen(n)[0]?.location).toMatchObject({ file: FILE, line: 7 });
  });
});

describe('package scripts', () => {
  const repo = {
    'package.json': JSON.stringify({ name: 'root', workspaces: ['packages/*'] }),
    'packages/api/package.json': [
      '{',
      '  "name": "@acme/api",',
      '  "scripts": {',
      '    "predeploy": "npm run build",',
      '    "build": "tsc",',
      '    "deploy": "fly deploy --remote-only",',
      '    "postdeploy": "npm run smoke",',
      '    "smoke": "flyctl status"',
      '  }',
      '}'
    ].join('\n'),
    'packages/api/fly.toml': 'app = "acme-api"\n',
    'packages/web/package.json': JSON.stringify({
      name: '@acme/web',
      scripts: { 'deploy:web': 'flyctl deploy' }
    }),
    'packages/web/fly.toml': 'app = "acme-web"\n'
  };

  it.each([
    'npm run deploy -w @acme/api',
    'npm run deploy --workspace=packages/api',
    'npm run deploy --prefix packages/api',
    'npm --prefix packages/api run deploy',
    'npm run --prefix packages/api deploy',
    'npm --loglevel silent -w=@acme/api run deploy',
    'npm run deploy --prefix=packages/api',
    'yarn --cwd packages/api run deploy',
    'yarn workspace @acme/api deploy',
    'yarn workspace @acme/api run deploy',
    'pnpm --filter=@acme/api run deploy',
    'pnpm -F @acme/api run deploy',
    'pnpm -w -C packages/api run deploy',
    'pnpm -r run deploy',
    'cd packages/api && npm run deploy',
    'cd packages/api && bun run deploy'
  ])('%s: pre, main and post scripts, in the package directory', command => {
    const n = needs(workflow(run(command)), repo);
    expect(n.apps).toEqual(['acme-api']);
    expect(n.capabilities).toEqual(['read', 'deploy']);
    const deploy = n.evidence.find(e => e.capability === 'deploy');
    expect(deploy?.location).toMatchObject({
      file: 'packages/api/package.json',
      line: 6,
      column: 16
    });
    expect(n.opaque).toBeUndefined();
  });

  it('passes arguments after `--` on to the script', () => {
    const n = needs(
      workflow(run('cd packages/web && npm run deploy:web -- -a acme-web-staging')),
      repo
    );
    expect(n.apps).toEqual(['acme-web-staging']);
  });

  it('runs a script in every workspace that has it (npm -ws)', () => {
    const both = {
      ...repo,
      'packages/web/package.json': JSON.stringify({
        name: '@acme/web',
        scripts: { deploy: 'flyctl deploy' }
      })
    };
    const n = needs(workflow(run('npm run deploy -ws')), both);
    expect(n.apps).toEqual(['acme-api', 'acme-web']);
  });

  it('says when there is no package.json or no such workspace', () => {
    const none = needs(workflow(run('npm run deploy')));
    expect(unseen(none).map(u => u.why)).toEqual(['no package.json in the repository root']);
    const ws = needs(workflow(run('npm run deploy -w @acme/nope')), repo);
    expect(unseen(ws).map(u => u.why)).toEqual(['workspace @acme/nope not found']);
  });

  it('leaves package-manager commands that run no script alone', () => {
    const n = needs(workflow(run('npm ci\nyarn install\npnpm add x\nflyctl status -a a')), repo);
    expect(n.opaque).toBeUndefined();
    expect(n.apps).toEqual(['a']);
  });
});

describe('task runners', () => {
  it('follows make targets: prerequisites, variables, overrides, $(MAKE)', () => {
    const makefile = [
      'APP ?= acme-web',
      'REGION := ams',
      '',
      '.PHONY: deploy check release',
      'release:',
      '\t$(MAKE) deploy APP=acme-api',
      'deploy: check',
      '\t@flyctl deploy --remote-only -a $(APP) --region $(REGION)',
      'check:',
      '\t-flyctl status -a ${APP}'
    ].join('\n');
    const n = needs(workflow(run('make deploy')), { Makefile: makefile });
    expect(n.apps).toEqual(['acme-web']);
    expect(n.capabilities).toEqual(['read', 'deploy']);
    expect(n.evidence.find(e => e.capability === 'deploy')?.location).toMatchObject({
      file: 'Makefile',
      line: 8
    });
    expect(needs(workflow(run('make release')), { Makefile: makefile }).apps).toEqual(['acme-api']);
    expect(needs(workflow(run('make -C . deploy APP=other')), { Makefile: makefile }).apps).toEqual(
      ['other']
    );
  });

  it('says when a make target or the Makefile is missing', () => {
    const n = needs(workflow(run('make ship')), { Makefile: 'deploy:\n\tflyctl deploy\n' });
    expect(unseen(n).map(u => u.why)).toEqual(['target ship not found in Makefile']);
    expect(unseen(needs(workflow(run('make deploy')))).map(u => u.why)).toEqual([
      'no Makefile in the repository root'
    ]);
  });

  it('follows just recipes with parameters, defaults, variables and dependencies', () => {
    const justfile = [
      'org := "acme"',
      '',
      'default: (deploy "api")',
      '',
      '# deploy an app',
      'deploy app="web": check',
      '    flyctl deploy -a {{org}}-{{app}}',
      '',
      'check:',
      '    @flyctl status -a {{org}}-web'
    ].join('\n');
    const n = needs(workflow(run('just deploy api')), { justfile });
    expect(n.apps).toEqual(['acme-api', 'acme-web']);
    expect(n.evidence.find(e => e.capability === 'deploy')?.location).toMatchObject({
      file: 'justfile',
      line: 7,
      column: 5
    });
    expect(needs(workflow(run('just deploy')), { justfile }).apps).toEqual(['acme-web']);
    // An override holds for its own call only, not for the job's later `just` calls.
    const twice = needs(workflow(run('just --set org beta deploy\njust deploy')), {
      justfile
    });
    expect(twice.apps).toEqual(['acme-web', 'beta-web']);
  });

  it('follows Taskfile tasks: commands, task calls, vars, dir', () => {
    const taskfile = [
      "version: '3'",
      'vars:',
      '  APP: acme-api',
      'tasks:',
      '  release:',
      '    dir: infra',
      '    cmds:',
      '      - task: secrets',
      '      - flyctl deploy',
      '  secrets:',
      '    cmds:',
      '      - cmd: flyctl secrets set A=1 -a {{.APP}}'
    ].join('\n');
    const n = needs(workflow(run('task release')), {
      'Taskfile.yml': taskfile,
      'infra/fly.toml': 'app = "acme-infra"\n'
    });
    expect(n.apps).toEqual(['acme-api', 'acme-infra']);
    expect(n.capabilities).toEqual(['deploy', 'secrets']);
    expect(n.evidence.find(e => e.capability === 'deploy')?.location).toMatchObject({
      file: 'Taskfile.yml',
      line: 9,
      column: 9
    });
    expect(
      unseen(needs(workflow(run('task nope')), { 'Taskfile.yml': taskfile })).map(u => u.why)
    ).toEqual(['task nope not found in Taskfile.yml']);
  });
});

describe('what cannot be seen', () => {
  it('a container handed the token; not one without it', () => {
    const handed = needs(workflow(run('docker run --rm -e FLY_API_TOKEN acme/deployer')));
    expect(unseen(handed).map(u => u.why)).toEqual(['a container that receives the token']);
    const plain = needs(workflow(run('docker run --rm alpine echo hi\nflyctl status -a a')));
    expect(plain.opaque).toBeUndefined();
  });

  it('the repository’s own program in a step handed the token, even beside flyctl', () => {
    const n = needs(workflow(run('node scripts/deploy.js\nflyctl status -a a')));
    expect(unseen(n).map(u => [u.detail, u.why])).toEqual([
      ['node scripts/deploy.js', 'a program that receives the token']
    ]);
  });

  it('a tool beside flyctl in the same step is not reported; alone it is', () => {
    const beside = needs(workflow(run('flyctl proxy 5432 -a db &\nnpx drizzle-kit migrate')));
    expect(beside.opaque).toBeUndefined();
    const alone = needs(workflow(run('npx some-deployer')));
    expect(unseen(alone).map(u => u.detail)).toEqual(['npx some-deployer']);
  });

  it('a program with the job-level token only when the job shows no Fly use', () => {
    const head = '    env:\n      FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n';
    const hidden = needs(workflow('      - run: node deploy.js\n', head));
    expect(unseen(hidden).map(u => u.detail)).toEqual(['node deploy.js']);
    const visible = needs(
      workflow('      - run: node build.js\n      - run: flyctl deploy -a a\n', head)
    );
    expect(visible.opaque).toBeUndefined();
  });

  it('an unknown action handed the token, and an agent the token reaches', () => {
    const action = needs(
      workflow(
        '      - uses: acme/deployer@v1\n        with:\n          token: ${{ secrets.FLY_API_TOKEN }}\n'
      )
    );
    expect(unseen(action).map(u => [u.reason, u.detail, u.why])).toEqual([
      ['action', 'acme/deployer@v1', 'an action not known to this guard']
    ]);
    const head = '    env:\n      FLY_API_TOKEN: ${{ secrets.FLY_PROD }}\n';
    const agent = needs(
      workflow(
        '      - run: flyctl status -a a\n      - uses: anthropics/claude-code-action@v1\n        with:\n          prompt: fix it\n',
        head
      )
    );
    expect(unseen(agent).map(u => [u.reason, u.why, u.secrets])).toEqual([
      ['agent', 'an AI agent with shell access', ['FLY_PROD']]
    ]);
  });

  it('never keeps a token literal in what it reports', () => {
    const literal = `FlyV1 fm2_${'A'.repeat(80)}`;
    const n = needs(workflow(run(`./bin/release --token "${literal}"\nmake ship`)), {
      Makefile: 'deploy:\n\tflyctl deploy\n'
    });
    expect(unseen(n)).toHaveLength(2);
    expect(JSON.stringify(n)).not.toContain('fm2_AAAA');
  });

  it('does not count the guard step itself as a use', () => {
    const n = needs(
      workflow(
        '      - uses: fly-token-guard/fly-token-guard@v1\n        with:\n          token: ${{ secrets.FLY_API_TOKEN }}\n      - run: flyctl deploy -a a\n        env:\n          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n'
      )
    );
    expect(n.opaque).toBeUndefined();
  });
});

describe('each secret on its own', () => {
  const text = workflow(
    [
      '      - uses: fly-token-guard/fly-token-guard@v1',
      '        id: dev',
      '        with:',
      '          token: ${{ secrets.FLY_API_DEV_TOKEN }}',
      '      - uses: fly-token-guard/fly-token-guard@v1',
      '      - run: flyctl deploy -a api-dev',
      '        env:',
      '          FLY_API_TOKEN: ${{ secrets.FLY_API_DEV_TOKEN }}',
      '      - run: flyctl deploy -a api',
      ''
    ].join('\n'),
    '    env:\n      FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n'
  );

  it('records the secret each command runs with', () => {
    const n = needs(text);
    expect(n.apps).toEqual(['api', 'api-dev']);
    expect(n.evidence.map(e => [e.app, e.secrets])).toEqual([
      ['api-dev', ['FLY_API_DEV_TOKEN']],
      ['api', ['FLY_API_TOKEN']]
    ]);
    expect(needsForSecrets(n, ['FLY_API_TOKEN']).apps).toEqual(['api']);
    expect(needsForSecrets(n, ['FLY_API_DEV_TOKEN']).apps).toEqual(['api-dev']);
  });

  it('finds the secret the running guard step checks (its id, or the n-th without one)', () => {
    const parsed = parseWorkflowFile(FILE, text);
    const job = parsed.jobs[0];
    if (!job) throw new Error('no job');
    expect(guardedSecrets(parsed, job, 'dev')).toEqual(['FLY_API_DEV_TOKEN']);
    // The second guard has no id and no token input: it falls back to the job's env.
    expect(guardedSecrets(parsed, job, '__fly-token-guard_fly-token-guard')).toEqual([
      'FLY_API_TOKEN'
    ]);
    expect(guardedSecrets(parsed, job, undefined)).toEqual([]);
  });

  it('follows secrets through GITHUB_ENV and a reusable workflow’s `secrets:`', () => {
    const viaEnv = needs(
      workflow(
        '      - run: echo "FLY_API_TOKEN=${{ secrets.FLY_STAGING }}" >> $GITHUB_ENV\n      - run: flyctl deploy -a s\n'
      )
    );
    expect(viaEnv.evidence[0]?.secrets).toEqual(['FLY_STAGING']);
    const caller =
      'on: push\njobs:\n  j:\n    uses: ./.github/workflows/called.yml\n    secrets:\n      FLY_API_TOKEN: ${{ secrets.FLY_PROD }}\n';
    const called =
      'on:\n  workflow_call:\n    secrets:\n      FLY_API_TOKEN:\n        required: true\njobs:\n  d:\n    runs-on: ubuntu-latest\n    steps:\n      - run: flyctl deploy -a p\n        env:\n          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n';
    const n = needs(caller, { '.github/workflows/called.yml': called });
    expect(n.evidence.map(e => [e.app, e.secrets])).toEqual([['p', ['FLY_PROD']]]);
  });
});

describe('registry pushes', () => {
  it('flyctl auth docker then docker push registry.fly.io/<app> is a deploy of that app', () => {
    const n = needs(
      workflow(
        run(
          'flyctl auth docker\ndocker build -t registry.fly.io/acme-web:${{ github.sha }} .\ndocker push registry.fly.io/acme-web:${{ github.sha }}\ndocker push ghcr.io/acme/web:1'
        )
      )
    );
    expect(n.apps).toEqual(['acme-web']);
    expect(n.capabilities).toEqual(['deploy']);
    expect(n.evidence[0]?.secrets).toEqual(['FLY_API_TOKEN']);
    expect(n.evidence[0]?.location?.line).toBe(9);
  });

  it('a build-push-action tag on registry.fly.io, with the docker/login-action password', () => {
    const n = needs(
      workflow(
        [
          '      - uses: docker/login-action@v3',
          '        with:',
          '          registry: registry.fly.io',
          '          username: x',
          '          password: ${{ secrets.FLY_WEB_TOKEN }}',
          '      - uses: docker/build-push-action@v6',
          '        with:',
          '          push: true',
          '          tags: |',
          '            registry.fly.io/acme-web:latest',
          '            ghcr.io/acme/web:latest',
          ''
        ].join('\n')
      )
    );
    expect(n.evidence.map(e => [e.capability, e.app, e.secrets])).toEqual([
      ['deploy', 'acme-web', ['FLY_WEB_TOKEN']]
    ]);
  });

  it('a push whose app cannot be told is an unknown app', () => {
    const n = needs(workflow(run('docker push "registry.fly.io/$APP:1"')));
    expect(n.capabilities).toEqual(['deploy']);
    expect(n.unknownApps).toBe(true);
  });
});

describe('the needs fixture repository', () => {
  const root = path.resolve('__tests__/fixtures/repos/needs');
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(path.join(root, dir))) {
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else files[rel] = readFileSync(path.join(root, rel), 'utf8');
    }
  };
  walk('');
  const deploy = parseWorkflowFile(
    '.github/workflows/deploy.yml',
    files['.github/workflows/deploy.yml'] ?? ''
  );
  const of = (job: string): Needs => inferJobNeeds(deploy, job, repoFilesFromRecord(files));

  it.each([
    ['script', ['acme-web'], ['deploy']],
    ['review', [], ['deploy', 'create-app', 'destroy-app', 'org']],
    ['package', ['acme-api'], ['read', 'deploy']],
    ['make', ['acme-web'], ['read', 'deploy']],
    ['just', ['acme-web'], ['deploy']],
    ['task', ['acme-api'], ['deploy', 'secrets']],
    ['registry', ['acme-api', 'acme-web'], ['deploy']]
  ])('job %s: followed to its apps and capabilities', (job, apps, capabilities) => {
    const n = of(job);
    expect(n.apps).toEqual(apps);
    expect(n.capabilities).toEqual(capabilities);
    expect(n.opaque).toBeUndefined();
  });

  it.each([
    ['missing', './bin/release (not in the checkout)'],
    ['container', 'a container that receives the token'],
    ['action', 'an action not known to this guard'],
    ['agent', 'an AI agent with shell access']
  ])('job %s: says what it cannot see', (job, why) => {
    const text = unseen(of(job)).map(u => `${u.detail} (${u.why ?? ''})`);
    expect(text.join('\n')).toContain(why);
  });
});
