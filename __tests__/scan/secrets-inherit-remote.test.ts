// secrets-inherit for a workflow of another repository: reported when the repository has Fly
// secrets anywhere (repository secrets reach every workflow), high when the call is pinned to a
// branch or tag rather than a commit.
import { columnOf, lineOf, scan } from './support.js';

/** A release workflow that hands everything to a shared org workflow; it names no Fly secret. */
const RELEASE = `name: Release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    uses: acme/shared-workflows/.github/workflows/publish.yml@main
    secrets: inherit
`;

/** Elsewhere in the repository, the deploy workflow uses the Fly token. */
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
          FLY_API_TOKEN: \${{ secrets.FLY_PRODUCTION_TOKEN }}
`;

const inherit = (files: Record<string, string>) =>
  scan(files).filter(f => f.rule === 'secrets-inherit');

test('a remote call on a branch, in a repository whose other workflow uses a Fly secret', () => {
  const findings = inherit({
    '.github/workflows/release.yml': RELEASE,
    '.github/workflows/deploy.yml': DEPLOY
  });
  expect(findings).toHaveLength(1);
  const [finding] = findings;
  expect(finding?.severity).toBe('high');
  expect(finding?.location).toMatchObject({
    file: '.github/workflows/release.yml',
    line: lineOf(RELEASE, 'inherit'),
    column: columnOf(RELEASE, 'inherit')
  });
  expect(finding?.message).toContain('`FLY_PRODUCTION_TOKEN`');
  expect(finding?.message).toContain('`.github/workflows/deploy.yml`');
  expect(finding?.message).toContain('pinned to `@main`, a branch or tag');
  expect(finding?.message).toContain('`acme/shared-workflows`');
  expect(finding?.fix?.summary).toContain(
    'FLY_PRODUCTION_TOKEN: ${{ secrets.FLY_PRODUCTION_TOKEN }}'
  );
  expect(finding?.fix?.summary).toContain('pin the called workflow to a full commit SHA');
});

test('pinned to a commit SHA: still every secret, medium', () => {
  const pinned = RELEASE.replace('@main', '@8f4b7f84864484a7bf31766abe9204da3cbe65b3');
  const findings = inherit({
    '.github/workflows/release.yml': pinned,
    '.github/workflows/deploy.yml': DEPLOY
  });
  expect(findings.map(f => f.severity)).toEqual(['medium']);
  expect(findings[0]?.message).not.toContain('pinned to');
  expect(findings[0]?.fix?.summary).not.toContain('pin the called workflow');
});

test('a calling workflow that names the Fly secret itself, on a tag: high', () => {
  const text = `on: push
jobs:
  deploy:
    uses: acme/shared-workflows/.github/workflows/fly.yml@v2
    secrets: inherit
    with:
      token-name: FLY_API_TOKEN
  smoke:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl status --app shop
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  const findings = inherit({ '.github/workflows/deploy.yml': text });
  expect(findings.map(f => f.severity)).toEqual(['high']);
  expect(findings[0]?.message).toContain('this workflow handles Fly secret `FLY_API_TOKEN`');
});

test('no Fly secret anywhere in the repository: no finding', () => {
  const other = DEPLOY.replace(
    'FLY_API_TOKEN: ${{ secrets.FLY_PRODUCTION_TOKEN }}',
    'NODE_ENV: production'
  ).replace('flyctl deploy', 'npm run release');
  expect(other).not.toMatch(/FLY_/);
  expect(
    inherit({ '.github/workflows/release.yml': RELEASE, '.github/workflows/other.yml': other })
  ).toEqual([]);
});

test('a local callee without Fly secrets still gets no finding', () => {
  const local = RELEASE.replace(
    'acme/shared-workflows/.github/workflows/publish.yml@main',
    './.github/workflows/publish.yml'
  );
  const publish = `on: workflow_call
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`;
  expect(
    inherit({
      '.github/workflows/release.yml': local,
      '.github/workflows/publish.yml': publish,
      '.github/workflows/deploy.yml': DEPLOY
    })
  ).toEqual([]);
});
