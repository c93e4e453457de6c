// pull-request-exposure and the `if:` of jobs and steps: a condition that is false on every
// pull_request run of an unmerged branch of this repository rules the job out; anything the
// rule cannot decide keeps it in.
import { scan, workflow } from './support.js';

/** A CI-and-deploy workflow as many repositories have it: tests on PRs, deploys on main. */
function ciAndDeploy(
  condition: string,
  on = 'push:\n    branches: [main]\n  pull_request:'
): string {
  return `name: CI
on:
  ${on}
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
  deploy:
    needs: [test]
    runs-on: ubuntu-latest
    if: ${condition}
    steps:
      - uses: actions/checkout@v4
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
}

const exposed = (text: string): boolean =>
  scan(workflow(text)).some(f => f.rule === 'pull-request-exposure');

describe('conditions that no pull_request run can meet', () => {
  test.each([
    ["github.ref_name == 'main'"],
    ["${{ github.ref_name == 'main' }}"],
    ["github.ref == 'refs/heads/main'"],
    ["github.ref == 'refs/heads/main' || github.ref == 'refs/heads/dev'"],
    ["github.event_name == 'push'"],
    ["github.event_name == 'push' && github.ref_name == 'main'"],
    ["startsWith(github.ref, 'refs/tags/')"],
    ["startsWith(github.ref_name, 'release')"],
    ['contains(fromJSON(\'["main", "production"]\'), github.ref_name)'],
    ['github.event.pull_request.head.repo.fork'],
    ['github.event.pull_request.head.repo.full_name != github.repository'],
    ["github.event.action == 'closed'"],
    ["github.event.label.name == 'deploy'"],
    ["github.event_name != 'pull_request'"],
    ["vars.DEPLOY_ENABLED == 'true' && github.ref_name == 'main'"],
    ["github.event.pull_request.head.repo.fork && github.actor != 'dependabot[bot]'"]
  ])('if: %s', condition => {
    expect(exposed(ciAndDeploy(condition))).toBe(false);
  });

  test('a merged pull request runs reviewed code: its deploy job is not an exposure', () => {
    const text = ciAndDeploy(
      'github.event.pull_request.merged == true',
      'pull_request:\n    types: [closed]\n    branches: [main]'
    );
    expect(exposed(text)).toBe(false);
  });

  test('the base branch is one the branches filter lets through', () => {
    const on = 'pull_request:\n    branches: [main, "release/**"]';
    expect(exposed(ciAndDeploy("github.base_ref == 'develop'", on))).toBe(false);
    expect(exposed(ciAndDeploy("startsWith(github.base_ref, 'hotfix/')", on))).toBe(false);
    expect(exposed(ciAndDeploy("github.base_ref == 'main'", on))).toBe(true);
    expect(exposed(ciAndDeploy("github.base_ref == 'release/2.0'", on))).toBe(true);
    expect(exposed(ciAndDeploy("github.event.pull_request.base.ref == 'develop'", on))).toBe(false);
  });

  test('a step-level if: keeps the secret out of pull_request runs', () => {
    const text = `on: [push, pull_request]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - if: github.ref_name == 'main' && github.event_name == 'push'
        run: flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    expect(exposed(text)).toBe(false);
    expect(exposed(text.replace("github.ref_name == 'main' && ", ''))).toBe(false);
    expect(exposed(text.replace(" && github.event_name == 'push'", ''))).toBe(false);
    expect(
      exposed(
        text.replace(
          "github.ref_name == 'main' && github.event_name == 'push'",
          "github.actor != 'dependabot[bot]'"
        )
      )
    ).toBe(true);
  });
});

describe('conditions a pull_request run can meet, or that cannot be decided', () => {
  test.each([
    ["github.head_ref == 'main'"],
    ["startsWith(github.head_ref, 'preview/')"],
    ['github.event.pull_request.draft == false'],
    ["contains(github.event.pull_request.labels.*.name, 'deploy')"],
    ["github.actor != 'dependabot[bot]'"],
    ["github.ref_name == '12/merge'"],
    ["github.ref == 'refs/heads/main' || github.event_name == 'pull_request'"],
    ["endsWith(github.ref, '/merge')"],
    ['!github.event.pull_request.head.repo.fork'],
    ['github.event.pull_request.head.repo.full_name == github.repository'],
    ["github.event.action == 'opened' || github.event.action == 'synchronize'"],
    ["github.base_ref == 'main'"],
    ['vars.DEPLOY_PREVIEWS'],
    ["deploy-${{ github.ref_name == 'main' }}"],
    ['always()']
  ])('if: %s', condition => {
    expect(exposed(ciAndDeploy(condition))).toBe(true);
  });

  test('an explicit closed type lets the closed action (and a label when labeled) through', () => {
    expect(
      exposed(ciAndDeploy("github.event.action == 'closed'", 'pull_request:\n    types: [closed]'))
    ).toBe(true);
    expect(
      exposed(
        ciAndDeploy(
          "github.event.label.name == 'preview'",
          'pull_request:\n    types: [labeled, synchronize]'
        )
      )
    ).toBe(true);
  });
});

describe('jobs that need a job no pull_request run starts', () => {
  const chain = (deployIf: string) => `on:
  push:
    branches: [main]
  pull_request:
jobs:
  changes:
    if: github.ref == 'refs/heads/main' && github.event_name == 'push'
    runs-on: ubuntu-latest
    outputs:
      apps: \${{ steps.affected.outputs.apps }}
    steps:
      - id: affected
        run: echo "apps=[\\"api\\"]" >> "$GITHUB_OUTPUT"
  build:
    needs: [changes]
    runs-on: ubuntu-latest
    steps:
      - run: echo build
  deploy:
    needs: [build]
${deployIf}    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

  test('are skipped with it (GitHub’s implied success()), through every level', () => {
    expect(exposed(chain(''))).toBe(false);
    expect(exposed(chain("    if: contains(fromJSON(needs.changes.outputs.apps), 'api')\n"))).toBe(
      false
    );
  });

  test('run anyway when their if: calls always(), failure(), cancelled() or success()', () => {
    expect(exposed(chain('    if: always()\n'))).toBe(true);
    // An explicit success() takes the implied one's place: `|| …` can hold with it false.
    expect(exposed(chain("    if: success() || github.event_name == 'pull_request'\n"))).toBe(true);
    expect(exposed(chain("    if: ${{ !cancelled() && needs.build.result != 'failure' }}\n"))).toBe(
      true
    );
  });

  test('a needed job that can run on pull requests keeps the chain in', () => {
    expect(exposed(chain('').replace("github.ref == 'refs/heads/main' && ", 'true || '))).toBe(
      true
    );
  });
});
