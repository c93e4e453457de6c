// workflow-env-exposure at job level: a Fly secret in a job's env while a step that does not need
// it runs a third-party action or build scripts.
import { columnOf, lineOf, scan, workflow } from './support.js';

const envFindings = (text: string) =>
  scan(workflow(text)).filter(f => f.rule === 'workflow-env-exposure');

/** A Node app deployed from main: install, build, test, then flyctl, token in the job env. */
const NODE_DEPLOY = `name: Deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    env:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
      NODE_ENV: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm run build && npm test
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
`;

test('a job env token next to npm ci: finding at the secret, fix names the flyctl step', () => {
  const findings = envFindings(NODE_DEPLOY);
  expect(findings).toHaveLength(1);
  const [finding] = findings;
  expect(finding?.location).toMatchObject({
    line: lineOf(NODE_DEPLOY, 'secrets.FLY_API_TOKEN'),
    column: columnOf(NODE_DEPLOY, 'secrets.FLY_API_TOKEN')
  });
  expect(finding?.message).toContain('in the env of job `deploy`');
  expect(finding?.message).toContain(`line ${lineOf(NODE_DEPLOY, 'npm ci')} runs \`npm ci\``);
  expect(finding?.fix?.summary).toBe(
    `Move \`FLY_API_TOKEN\` from the job's \`env:\` to the \`env:\` of the step that runs flyctl (line ${lineOf(NODE_DEPLOY, 'flyctl deploy')}).`
  );
});

test('a third-party action in the job holds the token too', () => {
  const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    env:
      FLY_API_TOKEN: \${{ secrets.FLY_DEPLOY_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy
`;
  const [finding] = envFindings(text);
  expect(finding?.message).toContain('uses the third-party action `pnpm/action-setup@v4`');
  expect(finding?.message).toContain('`FLY_DEPLOY_TOKEN`');
});

test('flyctl run from a script: the other code steps are reported', () => {
  const text = `on: push
jobs:
  release:
    runs-on: ubuntu-latest
    environment: production
    env:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - run: make build
      - run: ./scripts/deploy.sh production
`;
  const [finding] = envFindings(text);
  expect(finding?.message).toContain(`line ${lineOf(text, 'make build')} runs \`make build\``);
  expect(finding?.fix?.summary).toContain('the one step that runs flyctl (through its script)');
});

describe('job env tokens with nothing else in reach', () => {
  test('checkout, setup-flyctl and flyctl only (the Fly docs’ workflow)', () => {
    const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    env:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: |
          echo "Deploying $GITHUB_SHA"
          flyctl deploy --remote-only
`;
    expect(envFindings(text)).toEqual([]);
  });

  test('a single script step that runs flyctl itself', () => {
    const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    env:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - run: ./bin/deploy
`;
    expect(envFindings(text)).toEqual([]);
  });

  test('the token in the flyctl step’s env, npm ci elsewhere', () => {
    const text = NODE_DEPLOY.replace(
      '      FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n',
      ''
    ).replace(
      '      - run: flyctl deploy --remote-only\n',
      '      - run: flyctl deploy --remote-only\n        env:\n          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n'
    );
    expect(text).toContain('FLY_API_TOKEN');
    expect(envFindings(text)).toEqual([]);
  });

  test('a job env holding other secrets only', () => {
    const text = NODE_DEPLOY.replace('secrets.FLY_API_TOKEN', 'secrets.SENTRY_AUTH_TOKEN').replace(
      'FLY_API_TOKEN:',
      'SENTRY_AUTH_TOKEN:'
    );
    expect(envFindings(text)).toEqual([]);
  });
});
