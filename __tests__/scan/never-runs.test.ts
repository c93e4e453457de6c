// Jobs and steps that never run (an `if:` that can only be false, or a needed job that never
// runs): the rules about run time see nothing of them; a token committed in one is still leaked.
import { vector } from '../support/vectors.js';
import { lineOf, rulesOf, scan, workflow } from './support.js';

const DEPLOY = `
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}`;

/** A workflow on `on` with one Fly job `deploy` whose `if:` is `condition` (none when null). */
function oneJob(on: string, condition: string | null, body = DEPLOY): string {
  return `on: ${on}\njobs:\n  deploy:${condition === null ? '' : `\n    if: ${condition}`}${body}\n`;
}

describe('jobs that never run', () => {
  test.each(['false', '${{ false }}', '${{ 1 == 2 }}', "false && github.ref == 'x'"])(
    'a pull_request job with if: %s exposes nothing',
    condition => {
      // The same job that may run is reported, so the rules are live here.
      expect(rulesOf(scan(workflow(oneJob('pull_request', null))))).toEqual([
        'no-environment',
        'pull-request-exposure'
      ]);
      expect(
        rulesOf(scan(workflow(oneJob('pull_request', "github.actor == 'x' || false"))))
      ).toEqual(['no-environment', 'pull-request-exposure']);
      expect(scan(workflow(oneJob('pull_request', condition)))).toEqual([]);
    }
  );

  test('a job that needs a job that never runs never runs, unless a status function says so', () => {
    const text = (dependentIf: string): string => `on: pull_request
jobs:
  off:
    if: \${{ 1 == 2 }}
    runs-on: ubuntu-latest
    steps:
      - run: echo off
  deploy:
    needs: off${dependentIf}${DEPLOY}
`;
    expect(scan(workflow(text('')))).toEqual([]);
    expect(rulesOf(scan(workflow(text('\n    if: always()'))))).toEqual([
      'no-environment',
      'pull-request-exposure'
    ]);
  });

  test('pull_request_target checking out the head in a job that never runs: no untrusted-trigger', () => {
    const body = `
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}`;
    const live = scan(workflow(oneJob('pull_request_target', null, body)));
    expect(live.map(f => [f.rule, f.severity])).toEqual([['untrusted-trigger', 'critical']]);
    // A guard that keeps forks out lowers the severity; one that keeps everyone out removes it.
    const guarded = oneJob(
      'pull_request_target',
      'github.event.pull_request.head.repo.full_name == github.repository',
      body
    );
    expect(scan(workflow(guarded)).map(f => f.severity)).toEqual(['low']);
    expect(scan(workflow(oneJob('pull_request_target', '${{ false }}', body)))).toEqual([]);
  });

  test('secrets: inherit and a workflow-level Fly env in jobs that never run: nothing', () => {
    const text = (condition: string): string => `on: push
env:
  FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
jobs:
  call:
    if: ${condition}
    uses: ./.github/workflows/deploy.yml
    secrets: inherit
  test:
    if: ${condition}
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`;
    // `npm test` with the token and no package.json to read: out of sight.
    expect(rulesOf(scan(workflow(text('true'))))).toEqual([
      'no-environment',
      'secrets-inherit',
      'unknown-needs',
      'workflow-env-exposure'
    ]);
    expect(scan(workflow(text('false')))).toEqual([]);
  });

  test('a Fly secret named only in a job that never runs still exists: inherit hands it on', () => {
    const text = `on: push
jobs:
  old:
    if: false
    runs-on: ubuntu-latest
    environment: production${DEPLOY.replace('    runs-on: ubuntu-latest\n', '')}
  call:
    uses: other/repo/.github/workflows/deploy.yml@main
    secrets: inherit
`;
    const findings = scan(workflow(text));
    expect(findings.map(f => [f.rule, f.location?.line])).toEqual([
      ['unpinned-action', lineOf(text, 'uses: other/repo')],
      ['secrets-inherit', lineOf(text, 'secrets: inherit')]
    ]);
    expect(findings[1]?.message).toContain('this workflow handles Fly secret `FLY_API_TOKEN`');
  });

  test('a token committed in a job that never runs is still a hardcoded-token finding', () => {
    const token = vector('deploy_app').header_form;
    const text = oneJob(
      'push',
      'false',
      `
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy
        env:
          FLY_API_TOKEN: "${token}"`
    );
    const findings = scan(workflow(text));
    expect(findings.map(f => [f.rule, f.location?.line])).toEqual([
      ['hardcoded-token', lineOf(text, 'FLY_API_TOKEN:')]
    ]);
  });
});

describe('steps that never run', () => {
  const job = (condition: string): string => `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - if: ${condition}
        run: echo \${{ secrets.FLY_API_TOKEN }}
      - if: ${condition}
        uses: someone/deploy-action@main
        with:
          token: \${{ secrets.FLY_API_TOKEN }}
      - if: ${condition}
        run: flyctl auth token
`;

  test('token-leak, unpinned-action and fly-auth-token skip them', () => {
    // someone/deploy-action, given the token, is out of sight too.
    expect(rulesOf(scan(workflow(job("github.ref == 'refs/heads/main'"))))).toEqual([
      'fly-auth-token',
      'token-leak',
      'unknown-needs',
      'unpinned-action'
    ]);
    expect(scan(workflow(job('${{ !true }}')))).toEqual([]);
  });

  test('a secret given to flyctl only in a step that never runs is still known as a Fly token', () => {
    const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - if: false
        run: flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.DEPLOY_KEY }}
      - run: echo \${{ secrets.DEPLOY_KEY }}
`;
    expect(scan(workflow(text)).map(f => [f.rule, f.location?.line])).toEqual([['token-leak', 11]]);
  });

  test('in a composite action too', () => {
    const action = (condition: string): string => `runs:
  using: composite
  steps:
    - if: ${condition}
      shell: bash
      run: flyctl auth token
`;
    expect(rulesOf(scan({ 'action.yml': action('true') }))).toEqual(['fly-auth-token']);
    expect(scan({ 'action.yml': action("${{ 'a' == 'b' }}") })).toEqual([]);
  });
});
