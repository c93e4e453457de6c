// workflow-env-exposure, pull-request-exposure, no-environment, secrets-inherit and the way Fly
// secrets are recognised (by name and by use).
import { isFlyTokenName } from '../../src/rules/scan/index.js';
import { columnOf, lineOf, placesOf, rulesOf, scan, workflow } from './support.js';

const DEPLOY_STEP = `
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}`;

describe('Fly secret recognition', () => {
  test('names like FLY_*TOKEN* are Fly tokens; other FLY_ names are not', () => {
    for (const name of [
      'FLY_API_TOKEN',
      'FLY_PREVIEW_TOKEN',
      'PROD_FLY_TOKEN',
      'FLYCTL_CI_TOKEN',
      'fly-token'
    ]) {
      expect(isFlyTokenName(name)).toBe(true);
    }
    for (const name of [
      'FLY_APP_NAME',
      'FLY_REGION',
      'BUTTERFLY_TOKEN',
      'GITHUB_TOKEN',
      'FLYWAY_URL'
    ]) {
      expect(isFlyTokenName(name)).toBe(false);
    }
  });

  test('a secret of any name given to flyctl as FLY_API_TOKEN is a Fly token everywhere', () => {
    const text = `on: push
env:
  DEPLOY: \${{ secrets.DEPLOY_KEY }}
jobs:
  a:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - run: flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.DEPLOY_KEY }}
`;
    const findings = scan(workflow(text));
    // The workflow-level env entry is recognised through the step's use of the same secret.
    expect(placesOf(findings, 'workflow-env-exposure')).toEqual([
      `3:${columnOf(text, 'secrets.DEPLOY_KEY')}`
    ]);
  });

  test('flyctl -t and --access-token mark the secret, other flags do not', () => {
    const text = `on: pull_request
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy -t \${{ secrets.MY_KEY }} --app \${{ secrets.APP_NAME }}
`;
    const findings = scan(workflow(text));
    expect(findings.filter(f => f.rule === 'pull-request-exposure').map(f => f.message)).toEqual([
      expect.stringContaining('`MY_KEY`')
    ]);
    expect(findings.map(f => f.message).join('\n')).not.toContain('APP_NAME');
  });

  test('a secret used only for something else is no Fly token', () => {
    const text = `on: pull_request
env:
  SENTRY: \${{ secrets.SENTRY_AUTH_TOKEN }}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
        env:
          DATABASE_URL: \${{ secrets.DATABASE_URL }}
`;
    expect(scan(workflow(text))).toEqual([]);
  });
});

describe('workflow-env-exposure', () => {
  test('fires on a Fly secret in the top-level env, at the secret reference', () => {
    const text = `on: push
env:
  FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
  REGION: ams
jobs:
  a:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - run: flyctl deploy
`;
    const findings = scan(workflow(text));
    expect(placesOf(findings, 'workflow-env-exposure')).toEqual([
      `3:${columnOf(text, 'secrets.FLY_API_TOKEN')}`
    ]);
    expect(findings.find(f => f.rule === 'workflow-env-exposure')?.severity).toBe('medium');
  });

  test('stays silent for job- and step-level env', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    environment: prod
    env:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
    steps:${DEPLOY_STEP}
`;
    expect(placesOf(scan(workflow(text)), 'workflow-env-exposure')).toEqual([]);
  });
});

describe('pull-request-exposure', () => {
  test('fires for a pull_request job holding a Fly secret, at its first reference', () => {
    const text = `on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    environment: ci
    steps:
      - run: npm test${DEPLOY_STEP}
`;
    const findings = scan(workflow(text));
    expect(placesOf(findings, 'pull-request-exposure')).toEqual([
      `${lineOf(text, 'secrets.FLY_API_TOKEN')}:${columnOf(text, 'secrets.FLY_API_TOKEN')}`
    ]);
    expect(findings.find(f => f.rule === 'pull-request-exposure')?.message).toMatch(/also runs/);
  });

  test('stays silent when an if: keeps the job or the step off pull requests', () => {
    const jobIf = `on: [push, pull_request]
jobs:
  deploy:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    environment: prod
    steps:${DEPLOY_STEP}
`;
    const stepIf = `on: [push, pull_request]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - run: flyctl deploy
        if: \${{ github.ref == 'refs/heads/main' }}
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    expect(rulesOf(scan(workflow(jobIf)))).toEqual([]);
    expect(rulesOf(scan(workflow(stepIf)))).toEqual([]);
  });

  test('stays silent on push-only workflows', () => {
    const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:${DEPLOY_STEP}
`;
    expect(scan(workflow(text))).toEqual([]);
  });
});

describe('no-environment', () => {
  test('fires at the job id when a job uses a Fly secret without environment:', () => {
    const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:${DEPLOY_STEP}
`;
    const findings = scan(workflow(text));
    expect(placesOf(findings, 'no-environment')).toEqual(['3:3']);
    const finding = findings.find(f => f.rule === 'no-environment');
    expect(finding?.severity).toBe('low');
    expect(finding?.fix?.commands).toContain('gh secret set FLY_API_TOKEN --env <ENVIRONMENT>');
  });

  test('moves every Fly secret of a job, and deletes only those no other workflow reads', () => {
    // A dev and a prod token in one deploy job; another workflow still reads the prod one.
    const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy -a web-dev
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_DEV_TOKEN }}
      - run: flyctl deploy -a web
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_PROD_TOKEN }}
`;
    const other = `on: workflow_dispatch
jobs:
  restart:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - run: flyctl apps restart web
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_PROD_TOKEN }}
`;
    const findings = scan({ ...workflow(text), '.github/workflows/restart.yml': other });
    const finding = findings.find(f => f.rule === 'no-environment');
    expect(finding?.message).toMatch(
      /uses Fly secrets `FLY_DEV_TOKEN` and `FLY_PROD_TOKEN` without an `environment:`, so they are repository secrets: every workflow on every branch can read them/
    );
    expect(finding?.fix?.commands).toEqual([
      'gh secret set FLY_DEV_TOKEN --env <ENVIRONMENT>',
      'gh secret set FLY_PROD_TOKEN --env <ENVIRONMENT>',
      'gh secret delete FLY_DEV_TOKEN'
    ]);
    expect(finding?.fix?.summary).toMatch(
      /delete the repository secret FLY_DEV_TOKEN, which no other job reads; keep FLY_PROD_TOKEN until no other job reads it/
    );
  });

  test('stays silent with an environment, without Fly secrets, and for reusable-workflow calls', () => {
    const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:${DEPLOY_STEP}
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  call:
    uses: ./.github/workflows/other.yml
    secrets:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    expect(placesOf(scan(workflow(text)), 'no-environment')).toEqual([]);
  });
});

describe('secrets-inherit', () => {
  const callee = (uses: string) => `on:
  workflow_call:
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - run: ${uses}
`;

  test('fires when the local callee uses a Fly secret, at `inherit`', () => {
    const caller = `on: push
jobs:
  call:
    uses: ./.github/workflows/deploy.yml
    secrets: inherit
`;
    const findings = scan({
      '.github/workflows/ci.yml': caller,
      '.github/workflows/deploy.yml': callee('flyctl deploy -t ${{ secrets.FLY_API_TOKEN }}')
    });
    expect(placesOf(findings, 'secrets-inherit')).toEqual(['5:14']);
    expect(findings.find(f => f.rule === 'secrets-inherit')?.fix?.summary).toContain(
      'FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}'
    );
  });

  test('names a callee using two Fly secrets in the plural', () => {
    const caller = `on: push
jobs:
  call:
    uses: ./.github/workflows/deploy.yml
    secrets: inherit
`;
    const findings = scan({
      '.github/workflows/ci.yml': caller,
      '.github/workflows/deploy.yml': callee(
        'flyctl deploy -t ${{ secrets.FLY_API_TOKEN }} && flyctl status -t ${{ secrets.FLY_READ_TOKEN }}'
      )
    });
    expect(findings.find(f => f.rule === 'secrets-inherit')?.message).toContain(
      'uses Fly secrets `FLY_API_TOKEN` and `FLY_READ_TOKEN`.'
    );
  });

  test('fires for a remote callee when the caller handles Fly secrets', () => {
    const caller = `on: push
jobs:
  call:
    uses: acme/workflows/.github/workflows/lint.yml@0123456789abcdef0123456789abcdef01234567
    secrets: inherit
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:${DEPLOY_STEP}
`;
    expect(placesOf(scan(workflow(caller)), 'secrets-inherit')).toEqual(['5:14']);
  });

  test('stays silent when the local callee uses no Fly secret, or nobody handles one', () => {
    const caller = `on: push
jobs:
  call:
    uses: ./.github/workflows/lint.yml
    secrets: inherit
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:${DEPLOY_STEP}
`;
    expect(
      placesOf(
        scan({
          '.github/workflows/ci.yml': caller,
          '.github/workflows/lint.yml': callee('npm run lint')
        }),
        'secrets-inherit'
      )
    ).toEqual([]);
    const remoteOnly = `on: push
jobs:
  call:
    uses: acme/workflows/.github/workflows/lint.yml@v1
    secrets: inherit
`;
    expect(scan(workflow(remoteOnly))).toEqual([]);
  });
});
