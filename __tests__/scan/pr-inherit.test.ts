// pull-request-exposure follows `secrets: inherit` into local reusable workflows: the callee runs
// for the same pull request, with the pull request's code and every secret.
import { columnOf, lineOf, scan } from './support.js';

const CALLER = `name: PR
on:
  pull_request:
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run lint
  build:
    uses: ./.github/workflows/build-and-test.yml
    secrets: inherit
`;

const CALLEE = `name: Build and test
on:
  workflow_call:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npm run e2e
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

const exposure = (files: Record<string, string>) =>
  scan(files).filter(f => f.rule === 'pull-request-exposure');

test('a pull_request job calling a workflow that runs PR code with the token', () => {
  const findings = exposure({
    '.github/workflows/pr.yml': CALLER,
    '.github/workflows/build-and-test.yml': CALLEE
  });
  expect(findings).toHaveLength(1);
  expect(findings[0]?.location).toMatchObject({
    file: '.github/workflows/pr.yml',
    line: lineOf(CALLER, 'secrets: inherit'),
    column: columnOf(CALLER, 'inherit')
  });
  expect(findings[0]?.message).toContain('`build`');
  expect(findings[0]?.message).toContain('`secrets: inherit`');
  expect(findings[0]?.message).toContain('.github/workflows/build-and-test.yml');
  expect(findings[0]?.message).toContain(`line ${lineOf(CALLEE, 'secrets.FLY_API_TOKEN')}`);
  expect(findings[0]?.fix?.summary).toMatch(/pass only the secrets/);
});

test('follows a chain of inheriting local workflows', () => {
  const middle = `on: workflow_call
jobs:
  inner:
    uses: ./.github/workflows/build-and-test.yml
    secrets: inherit
`;
  const findings = exposure({
    '.github/workflows/pr.yml': CALLER.replace('build-and-test.yml', 'middle.yml'),
    '.github/workflows/middle.yml': middle,
    '.github/workflows/build-and-test.yml': CALLEE
  });
  // One finding, at the caller: the middle workflow has no pull_request trigger of its own.
  expect(findings.map(f => f.location?.file)).toEqual(['.github/workflows/pr.yml']);
  expect(findings[0]?.message).toContain(
    'hands every secret on to `.github/workflows/build-and-test.yml`, where job `build`'
  );
});

test('no finding when the callee uses no Fly secret', () => {
  const callee = CALLEE.replace(/\n {8}env:\n.*\n$/, '\n');
  expect(callee).not.toContain('FLY_API_TOKEN');
  expect(
    exposure({ '.github/workflows/pr.yml': CALLER, '.github/workflows/build-and-test.yml': callee })
  ).toEqual([]);
});

test('no finding when the callee keeps the Fly job off pull requests', () => {
  const callee = CALLEE.replace(
    '    runs-on: ubuntu-latest',
    "    if: github.event_name == 'push'\n    runs-on: ubuntu-latest"
  );
  expect(
    exposure({ '.github/workflows/pr.yml': CALLER, '.github/workflows/build-and-test.yml': callee })
  ).toEqual([]);
  const stepGuard = CALLEE.replace(
    '      - run: npm run e2e',
    "      - if: github.ref_name == 'main'\n        run: npm run e2e"
  );
  expect(
    exposure({
      '.github/workflows/pr.yml': CALLER,
      '.github/workflows/build-and-test.yml': stepGuard
    })
  ).toEqual([]);
});

test('no finding when the caller does not run on pull_request or is kept off it', () => {
  const onPush = CALLER.replace('  pull_request:', '  push:');
  expect(
    exposure({ '.github/workflows/pr.yml': onPush, '.github/workflows/build-and-test.yml': CALLEE })
  ).toEqual([]);
  const guarded = CALLER.replace(
    '    secrets: inherit',
    "    secrets: inherit\n    if: github.ref == 'refs/heads/main'"
  );
  expect(
    exposure({
      '.github/workflows/pr.yml': guarded,
      '.github/workflows/build-and-test.yml': CALLEE
    })
  ).toEqual([]);
});

test('a remote reusable workflow is not followed (secrets-inherit covers it)', () => {
  const remote = CALLER.replace(
    './.github/workflows/build-and-test.yml',
    'acme/workflows/.github/workflows/build.yml@v1'
  );
  const findings = scan({ '.github/workflows/pr.yml': remote, '.github/workflows/x.yml': CALLEE });
  expect(findings.filter(f => f.rule === 'pull-request-exposure')).toEqual([]);
});

test('a caller job that needs a push-only job is skipped on pull requests', () => {
  const caller = `on:
  push:
    branches: [main]
  pull_request:
jobs:
  changes:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    steps:
      - run: echo changed
  deploy-staging:
    needs: [changes]
    uses: ./.github/workflows/build-and-test.yml
    secrets: inherit
`;
  expect(
    exposure({ '.github/workflows/ci.yml': caller, '.github/workflows/build-and-test.yml': CALLEE })
  ).toEqual([]);
  expect(
    exposure({
      '.github/workflows/ci.yml': caller.replace("if: github.event_name == 'push'", 'if: true'),
      '.github/workflows/build-and-test.yml': CALLEE
    })
  ).toHaveLength(1);
});

describe('secrets passed by name to a local workflow', () => {
  const caller = `on:
  push:
    branches: [main]
  pull_request:
jobs:
  pipeline:
    uses: ./.github/workflows/pipeline.yml
    secrets:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  const pipeline = (deployIf: string) => `on:
  workflow_call:
    secrets:
      FLY_API_TOKEN:
        required: true
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
  deploy:
    needs: [test]
${deployIf}    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  const files = (deployIf: string, text = caller) => ({
    '.github/workflows/ci.yml': text,
    '.github/workflows/pipeline.yml': pipeline(deployIf)
  });

  test('reach only the called jobs that run and read them', () => {
    expect(exposure(files("    if: github.event_name == 'push'\n"))).toEqual([]);
    expect(exposure(files("    if: github.ref_name == 'main'\n"))).toEqual([]);
  });

  test('are an exposure when a called job reading them runs on pull requests', () => {
    const findings = exposure(files(''));
    expect(findings.map(f => f.location?.file)).toEqual(['.github/workflows/ci.yml']);
    expect(findings[0]?.location?.line).toBe(lineOf(caller, 'secrets.FLY_API_TOKEN'));
  });

  test('to a workflow elsewhere: reported at the caller (nothing to follow)', () => {
    const remote = caller.replace(
      './.github/workflows/pipeline.yml',
      'acme/pipelines/.github/workflows/pipeline.yml@v3'
    );
    expect(exposure(files("    if: github.event_name == 'push'\n", remote))).toHaveLength(1);
  });
});
