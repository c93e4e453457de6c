// The scan's unknown-needs: which jobs, which secrets, where; and the shared-token sentence for
// jobs holding the secret out of sight, across workflows.
import { lineOf, placesOf, scan } from './support.js';

const CHECKOUT = '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n';

const unseen = (files: Record<string, string>) =>
  scan(files).filter(f => f.rule === 'unknown-needs');

describe('unknown-needs in the scan', () => {
  test('one visible app and a job out of sight: not a silent pass', () => {
    const workflow = `on: push
jobs:
  web:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: flyctl deploy -a web-app
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
  worker:
    runs-on: ubuntu-latest
    environment: production
    steps:
${CHECKOUT}      - run: python scripts/deploy.py
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    const findings = scan({
      '.github/workflows/deploy.yml': workflow,
      'scripts/deploy.py': 'print("deploy")\n'
    });
    expect(findings.filter(f => f.rule === 'shared-token')).toEqual([]);
    expect(placesOf(findings, 'unknown-needs')).toEqual([
      `${lineOf(workflow, 'python scripts')}:14`
    ]);
  });

  test('a job that deploys visibly and also hands the token to a program: its seen needs and the rest', () => {
    const workflow = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
${CHECKOUT}      - run: flyctl deploy -a web-app
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
      - run: node scripts/seed.js
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    const [finding, ...rest] = unseen({ '.github/workflows/deploy.yml': workflow });
    expect(rest).toEqual([]);
    expect(finding?.message).toContain('needs at least `deploy` on web-app');
    expect(finding?.message).toContain('could not see: node scripts/seed.js');
    expect(finding?.location?.line).toBe(lineOf(workflow, 'node scripts/seed.js'));
  });

  test('only the Fly secrets that reach the unseen use are named', () => {
    const workflow = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: flyctl deploy -a web-app
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_WEB_TOKEN }}
      - run: python deploy_worker.py
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_WORKER_TOKEN }}
`;
    const [finding, ...rest] = unseen({ '.github/workflows/deploy.yml': workflow });
    expect(rest).toEqual([]);
    expect(finding?.message).toContain('holds Fly secret `FLY_WORKER_TOKEN` and');
    expect(finding?.message).not.toContain('FLY_WEB_TOKEN');
  });

  test('a token in the workflow env reaching a program counts for each job that runs one', () => {
    const workflow = `on: push
env:
  FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: python release.py
  b:
    runs-on: ubuntu-latest
    steps:
      - run: echo hello
`;
    const findings = unseen({ '.github/workflows/deploy.yml': workflow });
    expect(findings.map(f => f.message.split(' ')[1])).toEqual(['`a`']);
  });

  test('a reusable workflow of another repository handed the secret', () => {
    const workflow = `on: push
jobs:
  deploy:
    uses: acme/workflows/.github/workflows/fly.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3
    secrets:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    const [finding, ...rest] = unseen({ '.github/workflows/deploy.yml': workflow });
    expect(rest).toEqual([]);
    expect(finding?.message).toContain('could not see: acme/workflows/');
  });
});

describe('a step handed the token that runs only the shell’s own commands', () => {
  const job = (check: string, then: string) => `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - name: Refuse to run without the secret
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
        run: |
${check
  .split('\n')
  .map(l => `          ${l}`)
  .join('\n')}
      - run: ${then}
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  const CHECK =
    'missing=0\n[ -n "$FLY_API_TOKEN" ] || { echo "::error::not set"; missing=1; }\nexit "$missing"';

  test('a check that the secret is set is read, not reported', () => {
    const workflow = job(CHECK, 'flyctl deploy -a web-app');
    expect(unseen({ '.github/workflows/deploy.yml': workflow })).toEqual([]);
  });

  test('the unseen step after it is the one reported', () => {
    const workflow = job(CHECK, 'terraform apply -auto-approve');
    const [finding, ...rest] = unseen({ '.github/workflows/deploy.yml': workflow });
    expect(rest).toEqual([]);
    expect(finding?.message).toContain('could not see: terraform apply -auto-approve');
    expect(finding?.message).not.toContain('missing=0');
  });

  test('a step handed the token that runs a program the guard does not know is still reported', () => {
    const workflow = job('[ -n "$FLY_API_TOKEN" ]\nterraform apply', 'flyctl deploy -a web-app');
    const [finding, ...rest] = unseen({ '.github/workflows/deploy.yml': workflow });
    expect(rest).toEqual([]);
    expect(finding?.location?.line).toBe(lineOf(workflow, 'run: |'));
    expect(finding?.message).toContain('runs no Fly command that can be seen');
  });
});

describe('shared-token and the jobs out of sight', () => {
  const deploy = `on: push
jobs:
  web:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: flyctl deploy -a web-app
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
  api:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: flyctl deploy -a api-app
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  const nightly = `on: push
jobs:
  worker:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: python nightly.py
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

  test('a job of another workflow is named with its file', () => {
    const findings = scan({
      '.github/workflows/deploy.yml': deploy,
      '.github/workflows/nightly.yml': nightly
    });
    const shared = findings.filter(f => f.rule === 'shared-token');
    expect(shared).toHaveLength(1);
    expect(shared[0]?.message).toContain(
      'Job `worker` (`.github/workflows/nightly.yml`) also holds it and runs what the scan cannot read, so it may reach more apps than these.'
    );
  });

  test('no sentence when every job holding the secret can be read', () => {
    const shared = scan({ '.github/workflows/deploy.yml': deploy }).filter(
      f => f.rule === 'shared-token'
    );
    expect(shared).toHaveLength(1);
    expect(shared[0]?.message).not.toContain('cannot read');
  });

  test('another secret out of sight is not mentioned', () => {
    const findings = scan({
      '.github/workflows/deploy.yml': deploy,
      '.github/workflows/nightly.yml': nightly.replace('FLY_API_TOKEN }}', 'FLY_NIGHTLY_TOKEN }}')
    });
    const shared = findings.filter(f => f.rule === 'shared-token');
    expect(shared[0]?.message).not.toContain('cannot read');
    expect(findings.filter(f => f.rule === 'unknown-needs')).toHaveLength(1);
  });
});
