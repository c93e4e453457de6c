// Needs inference on small hand-written workflows: capabilities per command, app name
// resolution (flags, FLY_APP, config files, working directories, matrices, env, step outputs,
// inputs), reusable workflows, composite actions and the known Fly actions.
import { inferJobNeeds, inferWorkflowNeeds } from '../../src/workflow/needs.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import { repoFilesFromRecord, type RepoFiles } from '../../src/workflow/repo-files.js';
import type { Needs } from '../../src/workflow/types.js';

const FILE = '.github/workflows/ci.yml';

function job(body: string, head = ''): string {
  return `on: push\n${head}jobs:\n  j:\n    runs-on: ubuntu-latest\n${body}`;
}

function steps(...runs: string[]): string {
  return job(
    `    steps:\n${runs
      .map(
        r =>
          `      - run: |\n${r
            .split('\n')
            .map(l => `          ${l}`)
            .join('\n')}\n`
      )
      .join('')}`
  );
}

function needs(text: string, files: Record<string, string> = {}, jobId = 'j'): Needs {
  const workflow = parseWorkflowFile(FILE, text);
  expect(workflow.errors).toEqual([]);
  return inferJobNeeds(workflow, jobId, repoFilesFromRecord(files));
}

const ROOT_TOML = { 'fly.toml': 'app = "root-app"\n' };

describe('capabilities per command', () => {
  it.each([
    ['fly deploy -a a', ['deploy']],
    ['fly status -a a', ['read']],
    ['fly logs -a a --no-tail', ['read']],
    ['fly releases -a a', ['read']],
    ['fly secrets set A=1 -a a', ['secrets']],
    ['fly secrets unset A -a a', ['secrets']],
    ['fly secrets import -a a < .env', ['secrets']],
    ['fly secrets list -a a', ['read']],
    ['fly scale count 2 -a a', ['scale']],
    ['fly proxy 5432 -a a', ['proxy']],
    ['fly ssh console -a a', ['ssh']],
    ['fly machine exec 1 "ls" -a a', ['machine-exec']],
    ['fly machine run nginx -a a', ['deploy']],
    ['fly machine restart 1 -a a', ['deploy']],
    ['fly machines list -a a', ['read']],
    ['fly apps create a --org o', ['create-app', 'org']],
    ['fly apps destroy a -y', ['destroy-app', 'org']],
    ['fly launch --no-deploy --name a', ['create-app', 'org']],
    ['fly launch --name a', ['deploy', 'create-app', 'org']],
    ['fly postgres connect -a a', ['ssh']],
    ['fly postgres create --name a', ['create-app', 'org']],
    ['fly volumes create data -a a', ['deploy']],
    ['fly image update -a a', ['deploy']],
    ['fly config show -a a', ['read']],
    // Postgres commands that only read or talk to the cluster over its private network: ssh.
    ['fly pg config show -a a', ['ssh']],
    ['fly postgres db list -a a', ['ssh']],
    ['fly postgres barman check -a a', ['ssh']],
    // ... and those that change the Postgres app's machines or secrets too, which an ssh token
    // (read-only apart from its two mutations) cannot do.
    ['fly postgres config update --max-connections 200 -a a', ['deploy', 'ssh']],
    ['fly pg failover -a a', ['deploy', 'ssh']],
    ['fly postgres import postgres://u@h/db -a a', ['deploy', 'secrets', 'ssh']],
    ['fly postgres renew-certs -a a', ['deploy', 'secrets', 'ssh']],
    ['fly postgres backup create -a a', ['deploy']],
    ['fly pg backups list -a a', ['deploy']],
    ['fly postgres barman create -a a', ['deploy']],
    ['fly postgres backup enable -a a', ['secrets', 'org']]
  ])('%s', (command, capabilities) => {
    const n = needs(steps(command));
    expect(n.capabilities).toEqual(capabilities);
    expect(n.apps).toEqual(['a']);
    expect(n.unknownApps).toBe(false);
    expect(n.source).toBe('inferred');
  });

  it.each(['fly apps list', 'fly wireguard create acme ord peer', 'fly tokens list'])(
    '%s acts on no app: no app, nothing unknown',
    command => {
      const n = needs(steps(command));
      expect(n.apps).toEqual([]);
      expect(n.unknownApps).toBe(false);
      expect(n.capabilities.length).toBeGreaterThan(0);
    }
  );

  it('needs nothing for commands without capabilities (version, auth token, tokens attenuate)', () => {
    const n = needs(
      steps('fly version\nfly auth token\nfly tokens attenuate -f caveats.json\nfly tokens debug')
    );
    expect(n).toMatchObject({ source: 'none', capabilities: [], apps: [] });
  });

  it('needs nothing for a command asking for its usage (--help, -h)', () => {
    const n = needs(steps('fly deploy --help -a a\nflyctl apps destroy a -h\nfly help deploy'));
    expect(n).toMatchObject({ source: 'none', capabilities: [], apps: [] });
    // The usage call does not hide a real one beside it.
    expect(needs(steps('fly deploy -h\nfly status -a a')).capabilities).toEqual(['read']);
  });

  it('skips steps and jobs switched off with `if: false` (plain or in ${{ }})', () => {
    const text = `on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - if: false
        run: fly apps destroy old -y
      - if: \${{ false }}
        uses: superfly/flyctl-actions@1.5
        with:
          args: deploy -a old
      - if: github.ref == 'refs/heads/main'
        run: fly status -a web
  off:
    if: \${{ false }}
    runs-on: ubuntu-latest
    steps:
      - run: fly deploy -a web
`;
    const n = needs(text);
    expect(n.capabilities).toEqual(['read']);
    expect(n.apps).toEqual(['web']);
    expect(needs(text, {}, 'off')).toMatchObject({ source: 'none', capabilities: [], apps: [] });
    // An `if:` that may be true still counts.
    expect(needs(text.replace('if: false', "if: github.event_name == 'push'")).apps).toEqual([
      'old',
      'web'
    ]);
  });

  it('skips a job or step whose `if:` can only be false, and keeps one that may hold', () => {
    const text = `on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - if: false && github.ref == 'refs/heads/main'
        run: fly apps destroy old -y
      - if: \${{ format('{0}', false) }}
        run: fly status -a web
  off:
    if: \${{ 1 == 2 }}
    runs-on: ubuntu-latest
    steps:
      - run: fly deploy -a web
`;
    // The string 'false' is truthy: that step may run.
    expect(needs(text)).toMatchObject({ capabilities: ['read'], apps: ['web'] });
    expect(needs(text, {}, 'off')).toMatchObject({ source: 'none', capabilities: [], apps: [] });
    expect(needs(text.replace('1 == 2', '1 == 1'), {}, 'off').apps).toEqual(['web']);
  });

  it('records the remote commands of ssh console -C and machine exec', () => {
    const n = needs(
      steps(
        'fly ssh console -a a -C "rake db:migrate"\nfly machine exec 148e "pg_dump -Fc db" -a a'
      )
    );
    expect(n.commands).toEqual(['rake db:migrate', 'pg_dump -Fc db']);
    expect(n.capabilities).toEqual(['ssh', 'machine-exec']);
  });

  it('records a remote command as flyctl receives it, and none computed at run time', () => {
    const fixed = needs(steps('fly ssh console -a a -C "echo \\"hi\\""'));
    expect(fixed.commands).toEqual(['echo "hi"']);
    const computed = needs(
      steps('fly machine exec 148e "ls $DIR" -a a\nfly ssh console -a a -C "${{ inputs.cmd }}"')
    );
    expect(computed.commands).toEqual([]);
    expect(computed.capabilities).toEqual(['ssh', 'machine-exec']);
  });

  it('reports unknown job ids as having no needs', () => {
    expect(needs(steps('fly deploy -a a'), {}, 'nope')).toMatchObject({
      source: 'none',
      evidence: []
    });
  });
});

describe('app from flags, FLY_APP and config files', () => {
  it('prefers -a over FLY_APP over the config file', () => {
    expect(needs(steps('FLY_APP=env-app fly deploy -a flag-app'), ROOT_TOML).apps).toEqual([
      'flag-app'
    ]);
    expect(needs(steps('FLY_APP=env-app fly deploy'), ROOT_TOML).apps).toEqual(['env-app']);
    expect(needs(steps('fly deploy'), ROOT_TOML).apps).toEqual(['root-app']);
    const fromEnv = job(`    env:\n      FLY_APP: job-app\n    steps:\n      - run: fly deploy\n`);
    expect(needs(fromEnv, ROOT_TOML).apps).toEqual(['job-app']);
  });

  it('reads --config relative to the working directory, and a directory as --config', () => {
    const files = {
      'svc/fly.staging.toml': "app = 'staging-app'\n",
      'svc/api/fly.toml': "app = 'api'\n"
    };
    const wd = job(
      `    defaults:\n      run:\n        working-directory: svc\n    steps:\n      - run: fly deploy --config fly.staging.toml\n      - run: fly deploy -c api\n`
    );
    expect(needs(wd, files).apps).toEqual(['api', 'staging-app']);
  });

  it('follows step working-directory and cd', () => {
    const files = {
      'a/fly.toml': 'app = "in-a"\n',
      'b/fly.toml': 'app = "in-b"\n',
      'b/c/fly.toml': 'app = "in-c"\n'
    };
    const wd = job(
      `    steps:\n      - run: fly deploy\n        working-directory: ./a\n      - run: cd b && fly deploy && cd c && fly status\n`
    );
    const n = needs(wd, files);
    expect(n.apps).toEqual(['in-a', 'in-b', 'in-c']);
    expect(n.evidence.map(e => `${e.capability}:${e.app}`)).toEqual([
      'deploy:in-a',
      'deploy:in-b',
      'read:in-c'
    ]);
  });

  it('reads the config of a deploy working-directory argument and absolute workspace paths', () => {
    const files = { 'infra/db/fly.toml': 'app = "db"\n', 'infra/web/fly.toml': 'app = "web"\n' };
    expect(needs(steps('fly deploy infra/db --remote-only'), files).apps).toEqual(['db']);
    expect(
      needs(steps('fly deploy ./ctx --config "$GITHUB_WORKSPACE/infra/web/fly.toml"'), files).apps
    ).toEqual(['web']);
    expect(
      needs(steps('fly deploy --config ${{ github.workspace }}/infra/db/fly.toml'), files).apps
    ).toEqual(['db']);
  });

  it('reads fly.json and fly.yaml configs', () => {
    expect(needs(steps('fly deploy'), { 'fly.json': '{"app": "json-app"}' }).apps).toEqual([
      'json-app'
    ]);
    expect(needs(steps('fly deploy'), { 'fly.yaml': 'app: yaml-app\n' }).apps).toEqual([
      'yaml-app'
    ]);
  });

  it('treats a missing, broken or app-less config as unknown, without failing', () => {
    const cases: Array<Record<string, string>> = [
      {},
      { 'fly.toml': 'app = "unterminated\n[[[' },
      { 'fly.toml': 'primary_region = "ams"\n' }
    ];
    for (const files of cases) {
      const n = needs(steps('fly deploy'), files);
      expect(n).toMatchObject({ apps: [], unknownApps: true, capabilities: ['deploy'] });
      expect(n.evidence[0]?.app).toBeNull();
    }
  });

  it('falls back to the FLY_APP_NAME hint when no config can be found', () => {
    const text = job(`    env:\n      FLY_APP_NAME: hinted\n    steps:\n      - run: fly deploy\n`);
    expect(needs(text).apps).toEqual(['hinted']);
    expect(needs(text, ROOT_TOML).apps).toEqual(['root-app']);
  });

  it.each([
    ['fly mpg proxy --cluster abc123', [], 'Managed Postgres'],
    ['fly mpg connect --cluster abc123', [], 'Managed Postgres'],
    ['fly mpg list --org acme', [], 'Managed Postgres'],
    ['fly apps move a --org other -y', ['org'], 'another organization'],
    ['fly orgs create newco', ['org'], 'creates a new organization']
  ])('%s: needs known only in part, reported as unseen, not guessed', (command, caps, why) => {
    const n = needs(steps(command));
    expect(n.capabilities).toEqual(caps);
    expect(n.opaque).toHaveLength(1);
    expect(n.opaque?.[0]).toMatchObject({ reason: 'command', detail: command });
    expect(n.opaque?.[0]?.why).toContain(why);
  });

  it('`postgres attach` surely writes the target app’s secrets; its Postgres-app side is unknown', () => {
    const n = needs(steps('fly postgres attach db-app --app web'));
    expect(n.capabilities).toEqual(['secrets']);
    expect(n.apps).toEqual(['web']);
    expect(n.opaque?.[0]).toMatchObject({ reason: 'command' });
    expect(n.opaque?.[0]?.why).toContain('Postgres app');
  });

  it('takes the new app of `postgres backup restore` from its argument: it creates that app', () => {
    const n = needs(steps('fly pg backup restore restored-db -a db'));
    expect(n.capabilities).toEqual(['create-app', 'org']);
    expect(n.apps).toEqual(['restored-db']);
  });

  it('takes app names from arguments for apps destroy and apps create', () => {
    expect(needs(steps('fly apps destroy one two -y')).apps).toEqual(['one', 'two']);
    expect(needs(steps('fly apps create --name named')).apps).toEqual(['named']);
    expect(needs(steps('fly apps create --generate-name')).unknownApps).toBe(true);
  });
});

describe('dynamic app names', () => {
  it('expands a literal matrix', () => {
    const text = job(
      `    strategy:\n      matrix:\n        app: [web, api]\n    steps:\n      - run: fly deploy -a \${{ matrix.app }}-prod\n`
    );
    expect(needs(text)).toMatchObject({ apps: ['api-prod', 'web-prod'], unknownApps: false });
  });

  it('keeps matrix include pairs together', () => {
    const text = job(
      `    strategy:\n      matrix:\n        include:\n          - dir: a\n            app: app-a\n          - dir: b\n            app: app-b\n    steps:\n      - run: fly deploy -a \${{ matrix.app }} --config \${{ matrix.dir }}/fly.toml\n`
    );
    const n = needs(text);
    expect(n.apps).toEqual(['app-a', 'app-b']);
    const viaConfig = job(
      `    strategy:\n      matrix:\n        dir: [a, b]\n    steps:\n      - run: fly deploy\n        working-directory: \${{ matrix.dir }}\n`
    );
    expect(
      needs(viaConfig, { 'a/fly.toml': 'app = "from-a"', 'b/fly.toml': 'app = "from-b"' }).apps
    ).toEqual(['from-a', 'from-b']);
  });

  it('marks apps from a dynamic matrix, vars, secrets or the event as unknown', () => {
    for (const app of [
      '${{ matrix.app }}',
      '${{ vars.APP }}',
      '${{ secrets.APP }}',
      'pr-${{ github.event.number }}',
      '$(cat app.txt)'
    ]) {
      const text = job(
        `    strategy:\n      matrix: \${{ fromJSON(needs.plan.outputs.m) }}\n    steps:\n      - run: fly deploy -a ${app}\n`
      );
      expect(needs(text)).toMatchObject({ apps: [], unknownApps: true, capabilities: ['deploy'] });
    }
  });

  it('does not report the literal half of a partly known name', () => {
    const n = needs(steps("fly deploy -a ${{ vars.APP || 'fallback' }}"));
    expect(n).toMatchObject({ apps: [], unknownApps: true });
  });

  it('resolves env values through workflow, job and step env', () => {
    const text = `on: push\nenv:\n  BASE: shop\njobs:\n  j:\n    runs-on: x\n    env:\n      APP: shop-web\n    steps:\n      - run: fly deploy -a "$APP" && fly status -a \${{ env.APP }} && fly logs -a "\${MISSING:-dflt}"\n      - run: fly scale count 1 -a $APP\n        env:\n          APP: \${{ env.BASE }}-step\n`;
    const n = needs(text);
    expect(n.evidence.map(e => `${e.capability}:${e.app}`)).toEqual([
      'deploy:shop-web',
      'read:shop-web',
      'read:dflt',
      'scale:shop-step'
    ]);
  });

  it('follows script variables, static tests and loops', () => {
    expect(needs(steps('APP=one\nfly deploy -a "$APP"')).apps).toEqual(['one']);
    expect(needs(steps('export APP=two\nfly deploy -a $APP')).apps).toEqual(['two']);
    expect(needs(steps('APP=a\nif [ -n "$X" ]; then APP=b; fi\nfly deploy -a $APP')).apps).toEqual([
      'a',
      'b'
    ]);
    expect(
      needs(
        steps('ENV=prod\nif [ "$ENV" = "prod" ]; then APP=p; else APP=s; fi\nfly deploy -a $APP')
      ).apps
    ).toEqual(['p']);
    expect(needs(steps('for app in x y; do fly deploy -a "$app"; done')).apps).toEqual(['x', 'y']);
    expect(needs(steps('read -r APP < name.txt\nfly deploy -a "$APP"')).unknownApps).toBe(true);
  });

  it('follows values written to $GITHUB_OUTPUT and $GITHUB_ENV by earlier steps', () => {
    const text = job(
      `    steps:\n      - id: pick\n        run: |\n          if [ "\${{ github.ref_name }}" = "dev" ]; then\n            echo "app=dev-app" >> "$GITHUB_OUTPUT"\n          else\n            echo "app=prod-app" >> $GITHUB_OUTPUT\n          fi\n          echo "REGION_APP=env-app" >> $GITHUB_ENV\n      - run: fly deploy -a \${{ steps.pick.outputs.app }}\n      - run: fly status -a "$REGION_APP"\n`
    );
    expect(needs(text).apps).toEqual(['dev-app', 'env-app', 'prod-app']);
  });

  it('reads the app name SebRollen/toml-action returns', () => {
    const text = job(
      `    steps:\n      - id: name\n        uses: SebRollen/toml-action@v1.2.0\n        with:\n          file: fly.toml\n          field: app\n      - run: fly deploy -a \${{ steps.name.outputs.value }}-staging\n`
    );
    expect(needs(text, ROOT_TOML).apps).toEqual(['root-app-staging']);
  });

  it('uses choice inputs of workflow_dispatch, but not free-form inputs', () => {
    const head =
      'on:\n  workflow_dispatch:\n    inputs:\n      app:\n        type: choice\n        options: [blue, green]\n      free:\n        type: string\n';
    const body =
      'jobs:\n  j:\n    runs-on: x\n    steps:\n      - run: fly deploy -a ${{ inputs.app }}\n';
    expect(needs(head + body)).toMatchObject({ apps: ['blue', 'green'], unknownApps: false });
    expect(needs(head + body.replace('inputs.app', 'inputs.free'))).toMatchObject({
      apps: [],
      unknownApps: true
    });
  });
});

describe('actions', () => {
  it('reads superfly/flyctl-actions args, with FLY_APP from env and fly.toml', () => {
    const text = job(
      `    steps:\n      - uses: superfly/flyctl-actions@1.5\n        with:\n          args: "deploy --remote-only"\n      - uses: superfly/flyctl-actions@master\n        env:\n          FLY_APP: other\n        with:\n          args: secrets set A=1\n      - uses: superfly/flyctl-actions/setup-flyctl@master\n`
    );
    const n = needs(text, ROOT_TOML);
    expect(n.evidence.map(e => `${e.capability}:${e.app}:${e.command}`)).toEqual([
      'deploy:root-app:flyctl deploy --remote-only',
      'secrets:other:flyctl secrets set A=1'
    ]);
    const lines = text.split('\n');
    const loc = n.evidence[0]!.location!;
    expect(lines[loc.line - 1]?.slice(loc.column - 1)).toBe('deploy --remote-only"');
  });

  it('treats superfly/fly-pr-review-apps as creating and destroying apps (org level)', () => {
    const named = job(
      `    steps:\n      - uses: superfly/fly-pr-review-apps@1.2.1\n        with:\n          name: review-one\n          secrets: A=1\n`
    );
    expect(needs(named)).toMatchObject({
      apps: ['review-one'],
      unknownApps: false,
      capabilities: ['deploy', 'secrets', 'create-app', 'destroy-app', 'org']
    });
    const unnamed = job(`    steps:\n      - uses: superfly/fly-pr-review-apps@main\n`);
    expect(needs(unnamed)).toMatchObject({
      apps: [],
      unknownApps: true,
      capabilities: ['deploy', 'create-app', 'destroy-app', 'org']
    });
  });

  it('notes actions and scripts that receive the token out of sight', () => {
    const text = job(
      `    steps:\n      - uses: someone/deployer@v1\n        with:\n          token: \${{ secrets.FLY_API_TOKEN }}\n      - run: ./deploy.sh\n        env:\n          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}\n      - run: npm test\n`
    );
    const n = needs(text);
    expect(n.source).toBe('none');
    expect(n.opaque?.map(o => `${o.reason}:${o.detail}`)).toEqual([
      'action:someone/deployer@v1',
      'script:./deploy.sh'
    ]);
  });

  it('reads a step handed the token that runs only the shell’s own commands (a presence check)', () => {
    const handed = (script: string): string =>
      job(
        `    steps:\n      - env:\n          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}\n        run: |\n${script
          .split('\n')
          .map(l => `          ${l}`)
          .join('\n')}\n`
      );
    const check = '[ -n "$FLY_API_TOKEN" ] || { echo "::error::not set"; exit 1; }';
    expect(needs(handed(check)).opaque).toBeUndefined();
    expect(needs(handed('test -n "$FLY_API_TOKEN"\nexport READY=1')).opaque).toBeUndefined();
    // A program the guard does not know, handed the token, stays out of sight.
    expect(needs(handed(`${check}\nterraform apply`)).opaque?.map(o => o.why)).toEqual([
      'given the token, but runs no Fly command that can be seen'
    ]);
  });

  it('runs the steps of a local composite action with its inputs', () => {
    const action =
      'inputs:\n  app:\n    default: fallback\n  region:\n    default: ams\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: fly deploy -a ${{ inputs.app }} --region ${{ inputs.region }}\n';
    const files = { '.github/actions/deploy/action.yml': action };
    const given = job(
      `    steps:\n      - uses: ./.github/actions/deploy\n        with:\n          app: given\n`
    );
    const n = needs(given, files);
    expect(n.apps).toEqual(['given']);
    expect(n.evidence[0]?.location).toMatchObject({
      file: '.github/actions/deploy/action.yml',
      line: 10,
      column: 12
    });
    const defaulted = job(`    steps:\n      - uses: ./.github/actions/deploy\n`);
    expect(needs(defaulted, files).apps).toEqual(['fallback']);
    const missing = job(
      `    env:\n      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}\n    steps:\n      - uses: ./.github/actions/gone\n`
    );
    expect(needs(missing).opaque?.map(o => o.reason)).toEqual(['action']);
  });
});

describe('reusable workflows', () => {
  const callee =
    'on:\n  workflow_call:\n    inputs:\n      app:\n        type: string\n      region:\n        type: string\n        default: ams\njobs:\n  d:\n    runs-on: x\n    steps:\n      - run: fly deploy -a ${{ inputs.app }}-${{ inputs.region }}\n';

  it('follows local reusable workflows with the inputs the caller gives', () => {
    const caller = `on: push\njobs:\n  j:\n    strategy:\n      matrix:\n        app: [a, b]\n    uses: ./.github/workflows/callee.yml\n    with:\n      app: \${{ matrix.app }}\n    secrets: inherit\n`;
    const n = needs(caller, { '.github/workflows/callee.yml': callee });
    expect(n.apps).toEqual(['a-ams', 'b-ams']);
    expect(n.evidence[0]?.location?.file).toBe('.github/workflows/callee.yml');
  });

  it('stops at cycles and notes remote or missing reusable workflows', () => {
    const self =
      'on:\n  workflow_call:\njobs:\n  j:\n    uses: ./.github/workflows/ci.yml\n    secrets: inherit\n';
    expect(needs(self, { '.github/workflows/ci.yml': self })).toMatchObject({ source: 'none' });
    const remote =
      'on: push\njobs:\n  j:\n    uses: acme/infra/.github/workflows/deploy.yml@v1\n    secrets: inherit\n';
    expect(needs(remote).opaque?.map(o => o.reason)).toEqual(['reusable-workflow']);
    const noSecrets = 'on: push\njobs:\n  j:\n    uses: acme/infra/.github/workflows/lint.yml@v1\n';
    expect(needs(noSecrets).opaque).toBeUndefined();
  });
});

describe('inferWorkflowNeeds', () => {
  it('gives needs for every job', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: fly deploy -a one\n  b:\n    runs-on: x\n    steps:\n      - run: echo hi\n`;
    const workflow = parseWorkflowFile(FILE, text);
    const all = inferWorkflowNeeds(workflow, repoFilesFromRecord({}));
    expect([...all.keys()]).toEqual(['a', 'b']);
    expect(all.get('a')?.apps).toEqual(['one']);
    expect(all.get('b')?.source).toBe('none');
  });

  it('survives a RepoFiles that throws', () => {
    const exploding: RepoFiles = {
      read: () => {
        throw new Error('disk on fire');
      }
    };
    const workflow = parseWorkflowFile(FILE, steps('fly deploy'));
    const n = inferJobNeeds(workflow, 'j', exploding);
    expect(n.capabilities).toEqual(['deploy']);
    expect(n.unknownApps).toBe(true);
  });
});
