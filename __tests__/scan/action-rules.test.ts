// unpinned-action, fly-auth-token and shared-token.
import type { Finding } from '../../src/rules/types.js';
import { columnOf, lineOf, placesOf, scan, workflow } from './support.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

function job(steps: string): string {
  return `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:
${steps}`;
}

const withToken = (uses: string): string => `      - uses: ${uses}
        with:
          fly-token: \${{ secrets.FLY_API_TOKEN }}
`;

function unpinned(text: string): Finding[] {
  return scan(workflow(text)).filter(f => f.rule === 'unpinned-action');
}

describe('unpinned-action', () => {
  test('high for a third-party action on a tag, at its uses: value', () => {
    const text = job(withToken('someone/deploy-action@v2'));
    const findings = unpinned(text);
    expect(findings.map(f => f.severity)).toEqual(['high']);
    expect(placesOf(findings, 'unpinned-action')).toEqual([
      `${lineOf(text, 'someone/')}:${columnOf(text, 'someone/')}`
    ]);
    expect(findings[0]?.message).toContain('`v2`');
  });

  test('high for a third-party action on a branch, and for one given the token in its env', () => {
    const branch = job(withToken('someone/deploy-action@main'));
    expect(unpinned(branch).map(f => f.severity)).toEqual(['high']);
    expect(unpinned(branch)[0]?.message).toMatch(/branch `main`, which moves/);
    const env = job(`      - uses: someone/deploy-action@v1
        env:
          FLY_API_TOKEN: \${{ secrets.ANY_NAME }}
`);
    expect(unpinned(env).map(f => f.severity)).toEqual(['high']);
  });

  test('low for first-party owners on a tag or branch', () => {
    for (const uses of [
      'superfly/flyctl-actions@master',
      'actions/github-script@v7',
      'github/some-action@v1',
      'fly-token-guard/fly-token-guard@v1'
    ]) {
      expect({ uses, severities: unpinned(job(withToken(uses))).map(f => f.severity) }).toEqual({
        uses,
        severities: ['low']
      });
    }
  });

  test('silent for SHA-pinned, local and token-less actions', () => {
    const text = job(
      withToken(`someone/deploy-action@${SHA}`) +
        withToken('./.github/actions/deploy') +
        `      - uses: someone/lint-action@v1
        with:
          token: \${{ secrets.GITHUB_TOKEN }}
`
    );
    expect(unpinned(text)).toEqual([]);
  });

  test('reusable workflows on a tag receiving Fly secrets are flagged too', () => {
    const text = `on: push
jobs:
  call:
    uses: someone/workflows/.github/workflows/deploy.yml@v1
    secrets:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    expect(unpinned(text).map(f => `${f.severity}@${f.location?.line}`)).toEqual(['high@4']);
  });

  test('composite actions passing a Fly input to an unpinned action are flagged', () => {
    const action = `name: deploy
inputs:
  fly-api-token:
    required: true
runs:
  using: composite
  steps:
    - uses: someone/fly-deploy@v3
      with:
        token: \${{ inputs.fly-api-token }}
    - uses: someone/other@v1
      with:
        name: x
`;
    const findings = scan({ '.github/actions/deploy/action.yml': action }).filter(
      f => f.rule === 'unpinned-action'
    );
    expect(findings.map(f => `${f.location?.file}:${f.location?.line}`)).toEqual([
      '.github/actions/deploy/action.yml:8'
    ]);
  });
});

describe('fly-auth-token', () => {
  test('fires on `fly auth token` and `flyctl auth token`, at the command', () => {
    const text = job(`      - run: |
          export FLY_API_TOKEN=$(fly auth token)
          flyctl auth token > token.txt
`);
    const findings = scan(workflow(text)).filter(f => f.rule === 'fly-auth-token');
    expect(findings.map(f => f.severity)).toEqual(['high', 'high']);
    expect(placesOf(findings, 'fly-auth-token')).toEqual([
      `${lineOf(text, '$(fly auth')}:${columnOf(text, 'fly auth')}`,
      `${lineOf(text, 'flyctl auth')}:${columnOf(text, 'flyctl auth')}`
    ]);
  });

  test('fires inside composite actions', () => {
    const action = `runs:
  using: composite
  steps:
    - run: echo "t=$(flyctl auth token)" >> "$GITHUB_OUTPUT"
      shell: bash
`;
    const findings = scan({ 'action.yml': action }).filter(f => f.rule === 'fly-auth-token');
    expect(findings.map(f => f.location?.file)).toEqual(['action.yml']);
  });

  test('silent for other auth commands and for the words in comments or strings', () => {
    const text = job(`      - run: |
          # never run fly auth token here
          flyctl auth whoami
          echo "do not use fly auth token"
`);
    expect(scan(workflow(text)).filter(f => f.rule === 'fly-auth-token')).toEqual([]);
  });
});

describe('shared-token', () => {
  const repo = (steps: string): Record<string, string> => ({
    '.github/workflows/ci.yml': job(steps),
    'web/fly.toml': 'app = "acme-web"\n',
    'api/fly.toml': 'app = "acme-api"\n'
  });

  test('fires once per workflow when one secret deploys several apps', () => {
    const steps = `      - run: flyctl deploy --config web/fly.toml
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_ORG_TOKEN }}
      - run: flyctl deploy --config api/fly.toml
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_ORG_TOKEN }}
`;
    const files = repo(steps);
    const findings = scan(files).filter(f => f.rule === 'shared-token');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('acme-api, acme-web');
    expect(findings[0]?.location?.line).toBe(
      lineOf(files['.github/workflows/ci.yml'] ?? '', 'FLY_ORG_TOKEN')
    );
    expect(findings[0]?.fix?.commands).toEqual(
      expect.arrayContaining([
        'fly tokens create deploy -a acme-api -x 2160h | gh secret set FLY_TOKEN_ACME_API',
        'fly tokens create deploy -a acme-web -x 2160h | gh secret set FLY_TOKEN_ACME_WEB'
      ])
    );
  });

  test('silent when each app has its own secret, or the job needs org powers anyway', () => {
    const separate = `      - run: flyctl deploy --config web/fly.toml
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_WEB_TOKEN }}
      - run: flyctl deploy --config api/fly.toml
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_APP_TOKEN }}
`;
    expect(scan(repo(separate)).filter(f => f.rule === 'shared-token')).toEqual([]);
    const review = `      - run: |
          flyctl apps create acme-pr-1
          flyctl deploy --config web/fly.toml
          flyctl deploy --config api/fly.toml
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_ORG_TOKEN }}
`;
    expect(scan(repo(review)).filter(f => f.rule === 'shared-token')).toEqual([]);
  });
});
