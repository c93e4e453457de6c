// untrusted-trigger: critical only when pull request code or text meets a Fly token.
import type { Finding } from '../../src/rules/types.js';
import { columnOf, lineOf, scan, workflow } from './support.js';

const only = (findings: Finding[]): Finding[] =>
  findings.filter(f => f.rule === 'untrusted-trigger');

const PRT_HEAD_CHECKOUT = `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    environment: preview
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm run build
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

describe('untrusted-trigger on pull_request_target', () => {
  test('critical when the job checks out the PR head and uses the token afterwards', () => {
    const findings = only(scan(workflow(PRT_HEAD_CHECKOUT)));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.severity).toBe('critical');
    expect(finding?.location?.line).toBe(lineOf(PRT_HEAD_CHECKOUT, 'secrets.FLY_API_TOKEN'));
    expect(finding?.location?.column).toBe(columnOf(PRT_HEAD_CHECKOUT, 'secrets.FLY_API_TOKEN'));
    expect(finding?.message).toContain(`line ${lineOf(PRT_HEAD_CHECKOUT, 'actions/checkout')}`);
  });

  test('critical for `gh pr checkout` in a script with the token in the job env', () => {
    const text = `on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - run: gh pr checkout \${{ github.event.number }} && make deploy
`;
    expect(only(scan(workflow(text))).map(f => f.severity)).toEqual(['critical']);
  });

  test('critical when PR text is interpolated into a script of a job holding the token', () => {
    const text = `on: pull_request_target
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - run: echo "Deploying \${{ github.event.pull_request.title }}"
      - run: flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    const [finding] = only(scan(workflow(text)));
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('github.event.pull_request.title');
  });

  test('low when no PR code runs (default checkout, PR fields only through env)', () => {
    const text = `on: pull_request_target
jobs:
  destroy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: flyctl apps destroy "pr-$NUMBER" --yes
        env:
          NUMBER: \${{ github.event.number }}
          BRANCH: \${{ github.event.pull_request.head.ref }}
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    expect(only(scan(workflow(text))).map(f => f.severity)).toEqual(['low']);
  });

  test('low when an if: keeps fork pull requests out', () => {
    const text = PRT_HEAD_CHECKOUT.replace(
      '    runs-on: ubuntu-latest',
      '    if: github.event.pull_request.head.repo.full_name == github.repository\n    runs-on: ubuntu-latest'
    );
    const [finding] = only(scan(workflow(text)));
    expect(finding?.severity).toBe('low');
    expect(finding?.message).toMatch(/keeps pull requests from forks out/);
  });

  test('not critical when the token is only used before the PR code arrives', () => {
    const text = `on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl apps create "pr-\${{ github.event.number }}"
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm test
`;
    expect(only(scan(workflow(text))).map(f => f.severity)).toEqual(['low']);
  });

  test('follows the PR head into a local reusable workflow that holds the token', () => {
    const caller = `on: pull_request_target
jobs:
  build:
    uses: ./.github/workflows/build.yml
    secrets: inherit
    with:
      sha: \${{ github.event.pull_request.head.sha }}
`;
    const callee = `on:
  workflow_call:
    inputs:
      sha:
        type: string
jobs:
  build:
    runs-on: ubuntu-latest
    environment: staging
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ inputs.sha }}
      - run: flyctl deploy --build-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    const findings = only(
      scan({ '.github/workflows/pr.yml': caller, '.github/workflows/build.yml': callee })
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('critical');
    expect(findings[0]?.location).toMatchObject({ file: '.github/workflows/pr.yml', line: 3 });
    expect(findings[0]?.message).toContain('.github/workflows/build.yml');
  });

  test('silent for pull_request_target jobs without Fly secrets', () => {
    const text = `on: pull_request_target
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm test
        env:
          TOKEN: \${{ secrets.GITHUB_TOKEN }}
`;
    expect(only(scan(workflow(text)))).toEqual([]);
  });
});

describe('untrusted-trigger on workflow_run', () => {
  const deploy = (steps: string, condition = '') => `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
${condition}    steps:
${steps}
      - run: flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

  test('critical when the job downloads the triggering run’s artifacts', () => {
    const text = deploy(`      - uses: actions/download-artifact@v4
        with:
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}`);
    expect(only(scan(workflow(text))).map(f => f.severity)).toEqual(['critical']);
  });

  test('critical when the job checks out the triggering run’s head', () => {
    const text = deploy(`      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.workflow_run.head_sha }}`);
    expect(only(scan(workflow(text))).map(f => f.severity)).toEqual(['critical']);
  });

  test('low when the job only runs for pushes', () => {
    const text = deploy(
      `      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.workflow_run.head_sha }}`,
      "    if: github.event.workflow_run.event == 'push'\n"
    );
    expect(only(scan(workflow(text))).map(f => f.severity)).toEqual(['low']);
  });

  test('silent when the job runs only this repository’s code', () => {
    const text = deploy('      - uses: actions/checkout@v4');
    expect(only(scan(workflow(text)))).toEqual([]);
  });
});
