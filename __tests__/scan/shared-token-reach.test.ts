// shared-token sees tokens handed to local composite actions and to the scripts a job runs, and
// reports an org token (review apps) that also does routine production work.
import { sharedTokenFindings, sharedTokenUses } from '../../src/rules/scan/shared-token.js';
import { indexFlySecrets } from '../../src/rules/scan/fly-secrets.js';
import type { Needs } from '../../src/workflow/index.js';
import { parseWorkflowFile } from '../../src/workflow/index.js';
import { lineOf, scan } from './support.js';

const shared = (files: Record<string, string>) =>
  scan(files).filter(f => f.rule === 'shared-token');

/** A local composite action that deploys the app of the fly.toml it is given. */
const DEPLOY_ACTION = `name: Fly deploy
inputs:
  config:
    required: true
  token:
    required: true
runs:
  using: composite
  steps:
    - uses: superfly/flyctl-actions/setup-flyctl@master
    - shell: bash
      run: flyctl deploy --remote-only --config "\${{ inputs.config }}"
      env:
        FLY_API_TOKEN: \${{ inputs.token }}
`;

const FLY_TOMLS = {
  'web/fly.toml': 'app = "acme-web"\n',
  'api/fly.toml': 'app = "acme-api"\n'
};

describe('a token handed to a local composite action', () => {
  test('in with: — the action’s deploy counts for the secret the step passes', () => {
    const workflow = `on:
  push:
    branches: [main]
jobs:
  web:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: ./.github/actions/fly-deploy
        with:
          config: web/fly.toml
          token: \${{ secrets.FLY_API_TOKEN }}
  api:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: flyctl deploy --remote-only --config api/fly.toml
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    const findings = shared({
      '.github/workflows/deploy.yml': workflow,
      '.github/actions/fly-deploy/action.yml': DEPLOY_ACTION,
      ...FLY_TOMLS
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('acts on 2 apps (acme-api, acme-web)');
    expect(findings[0]?.message).toContain('jobs `web`, `api`');
    // The first reference in the file: the one the composite action step passes.
    expect(findings[0]?.location?.line).toBe(lineOf(workflow, 'token: ${{ secrets.FLY_API_TOKEN'));
  });

  test('in env: of the step using the action', () => {
    const action = DEPLOY_ACTION.replace(
      '      env:\n        FLY_API_TOKEN: ${{ inputs.token }}\n',
      ''
    );
    const workflow = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: ./.github/actions/fly-deploy
        with:
          config: web/fly.toml
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_DEPLOY_TOKEN }}
      - uses: ./.github/actions/fly-deploy
        with:
          config: api/fly.toml
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_DEPLOY_TOKEN }}
`;
    const findings = shared({
      '.github/workflows/deploy.yml': workflow,
      '.github/actions/fly-deploy/action.yml': action,
      ...FLY_TOMLS
    });
    expect(findings.map(f => f.message)).toEqual([
      expect.stringContaining('`FLY_DEPLOY_TOKEN` acts on 2 apps (acme-api, acme-web)')
    ]);
  });

  test('one secret per app through the same action: no finding (nothing to attribute twice)', () => {
    const workflow = `on: push
jobs:
  web:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: ./.github/actions/fly-deploy
        with:
          config: web/fly.toml
          token: \${{ secrets.FLY_WEB_TOKEN }}
  api:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: ./.github/actions/fly-deploy
        with:
          config: api/fly.toml
          token: \${{ secrets.FLY_API_APP_TOKEN }}
`;
    expect(
      shared({
        '.github/workflows/deploy.yml': workflow,
        '.github/actions/fly-deploy/action.yml': DEPLOY_ACTION,
        ...FLY_TOMLS
      })
    ).toEqual([]);
  });
});

describe('tokens used through the scripts a job runs', () => {
  // What needs inference reports once it follows `npm run deploy:*` into package.json and the
  // scripts (evidence located in those files): the rule gives it to the step running the script.
  const WORKFLOW = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npm run deploy:web && npm run deploy:api
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  const needsWith = (...apps: Array<[string, string, number]>): Map<string, Needs> =>
    new Map([
      [
        'deploy',
        {
          apps: apps.map(([app]) => app).sort(),
          capabilities: ['deploy'],
          unknownApps: false,
          commands: [],
          source: 'inferred',
          evidence: apps.map(([app, file, line]) => ({
            capability: 'deploy' as const,
            app,
            command: `flyctl deploy -a ${app}`,
            location: { file, line, column: 1 }
          }))
        }
      ]
    ]);

  test('evidence in package.json or a script counts for the step’s secret', () => {
    const workflow = parseWorkflowFile('.github/workflows/deploy.yml', WORKFLOW);
    const fly = indexFlySecrets([workflow]);
    const uses = sharedTokenUses(
      workflow,
      needsWith(['acme-web', 'package.json', 7], ['acme-api', 'scripts/deploy-api.sh', 3]),
      fly
    );
    expect(uses.uses).toEqual([
      expect.objectContaining({ name: 'FLY_API_TOKEN', apps: ['acme-web', 'acme-api'] })
    ]);
    const findings = sharedTokenFindings([uses]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.location?.line).toBe(lineOf(WORKFLOW, 'secrets.FLY_API_TOKEN'));
  });

  test('two script steps with different secrets: the script evidence is not attributed', () => {
    const two = WORKFLOW.replace(
      '      - run: npm ci\n',
      '      - run: ./scripts/seed.sh\n        env:\n          FLY_API_TOKEN: ${{ secrets.FLY_STAGING_TOKEN }}\n'
    );
    const workflow = parseWorkflowFile('.github/workflows/deploy.yml', two);
    const uses = sharedTokenUses(
      workflow,
      needsWith(['acme-web', 'package.json', 7], ['acme-api', 'scripts/deploy-api.sh', 3]),
      indexFlySecrets([workflow])
    );
    expect(uses.uses).toEqual([]);
  });
});

test('package scripts followed by needs inference: one secret, two apps', () => {
  const workflow = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npm run deploy:web && npm run deploy:api
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  const packageJson = JSON.stringify({
    scripts: {
      'deploy:web': 'flyctl deploy --config web/fly.toml --remote-only',
      'deploy:api': 'flyctl deploy --config api/fly.toml --remote-only'
    }
  });
  const findings = shared({
    '.github/workflows/deploy.yml': workflow,
    'package.json': packageJson,
    ...FLY_TOMLS
  });
  expect(findings.map(f => f.message)).toEqual([
    expect.stringContaining('`FLY_API_TOKEN` acts on 2 apps (acme-api, acme-web)')
  ]);
  expect(findings[0]?.location?.line).toBe(lineOf(workflow, 'secrets.FLY_API_TOKEN'));
});

describe('evidence that names its secret and call site (needs inference’s via / secrets)', () => {
  const WORKFLOW = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: ./scripts/deploy.sh web
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_WEB_TOKEN }}
      - run: ./scripts/deploy.sh api
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_APP_TOKEN }}
      - run: ./scripts/deploy.sh worker
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_APP_TOKEN }}
`;
  const file = '.github/workflows/deploy.yml';
  const scriptNeed = (app: string, step: string, secret: string) => ({
    capability: 'deploy' as const,
    app,
    command: `flyctl deploy -a ${app}`,
    location: { file: 'scripts/deploy.sh', line: 4, column: 1 },
    via: [{ file, line: lineOf(WORKFLOW, step), column: 14 }],
    secrets: [secret]
  });

  test('one script run by three steps with two secrets: each app counts for its own secret', () => {
    const workflow = parseWorkflowFile(file, WORKFLOW);
    const evidence = [
      scriptNeed('acme-web', 'deploy.sh web', 'FLY_WEB_TOKEN'),
      scriptNeed('acme-api', 'deploy.sh api', 'FLY_API_APP_TOKEN'),
      scriptNeed('acme-worker', 'deploy.sh worker', 'FLY_API_APP_TOKEN')
    ];
    const needs = new Map<string, Needs>([
      [
        'deploy',
        {
          apps: ['acme-api', 'acme-web', 'acme-worker'],
          capabilities: ['deploy'],
          unknownApps: false,
          commands: [],
          source: 'inferred',
          evidence
        }
      ]
    ]);
    const uses = sharedTokenUses(workflow, needs, indexFlySecrets([workflow]));
    expect(uses.uses.map(u => [u.name, u.apps])).toEqual([
      ['FLY_WEB_TOKEN', ['acme-web']],
      ['FLY_API_APP_TOKEN', ['acme-api', 'acme-worker']]
    ]);
    const findings = sharedTokenFindings([uses]);
    expect(findings.map(f => f.message)).toEqual([
      expect.stringContaining('`FLY_API_APP_TOKEN` acts on 2 apps (acme-api, acme-worker)')
    ]);
    expect(findings[0]?.location?.line).toBe(lineOf(WORKFLOW, 'secrets.FLY_API_APP_TOKEN'));
  });
});

describe('an org token for review apps', () => {
  const PREVIEW = `name: Review app
on:
  pull_request:
    types: [opened, reopened, synchronize, closed]
jobs:
  review-app:
    runs-on: ubuntu-latest
    environment: review
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - if: github.event.action != 'closed'
        run: |
          flyctl apps create "shop-pr-\${{ github.event.number }}" --org acme || true
          flyctl deploy --app "shop-pr-\${{ github.event.number }}" --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_ORG_TOKEN }}
      - if: github.event.action == 'closed'
        run: flyctl apps destroy "shop-pr-\${{ github.event.number }}" --yes
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_ORG_TOKEN }}
`;
  const DEPLOY = `name: Deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_ORG_TOKEN }}
`;

  test('also doing the production deploy: high, with a fix that splits the secret', () => {
    const findings = shared({
      '.github/workflows/review-app.yml': PREVIEW,
      '.github/workflows/deploy.yml': DEPLOY,
      'fly.toml': 'app = "shop"\n'
    });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('high');
    expect(finding?.location).toMatchObject({
      file: '.github/workflows/deploy.yml',
      line: lineOf(DEPLOY, 'FLY_ORG_TOKEN')
    });
    expect(finding?.message).toContain(
      'creates or destroys apps in job `review-app` (`.github/workflows/review-app.yml`)'
    );
    expect(finding?.message).toContain('job `deploy` also uses it for shop');
    expect(finding?.fix?.summary).toMatch(/^Split the secret: keep `FLY_ORG_TOKEN`/);
    expect(finding?.fix?.commands).toEqual([
      'fly tokens create deploy -a shop -x 2160h | gh secret set FLY_TOKEN_SHOP'
    ]);
  });

  test('used only for review apps: no finding', () => {
    expect(
      shared({ '.github/workflows/review-app.yml': PREVIEW, 'fly.toml': 'app = "shop"\n' })
    ).toEqual([]);
  });

  test('production deploys with their own deploy token: no finding', () => {
    expect(
      shared({
        '.github/workflows/review-app.yml': PREVIEW,
        '.github/workflows/deploy.yml': DEPLOY.replace('FLY_ORG_TOKEN', 'FLY_DEPLOY_TOKEN'),
        'fly.toml': 'app = "shop"\n'
      })
    ).toEqual([]);
  });

  test('read-only use elsewhere (status checks) is no routine work', () => {
    const status = DEPLOY.replace('flyctl deploy --remote-only', 'flyctl status --app shop');
    expect(
      shared({
        '.github/workflows/review-app.yml': PREVIEW,
        '.github/workflows/deploy.yml': status,
        'fly.toml': 'app = "shop"\n'
      })
    ).toEqual([]);
  });
});
