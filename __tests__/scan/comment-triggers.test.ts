// untrusted-trigger on comment events: issue_comment, pull_request_review_comment and
// discussion_comment run with the repository's secrets for anyone who can comment.
import { lineOf, scan, workflow } from './support.js';

const untrusted = (text: string) =>
  scan(workflow(text)).filter(f => f.rule === 'untrusted-trigger');

/** A "/preview" ChatOps workflow: deploy the pull request's head as a review app. */
const PREVIEW = `name: Preview on comment
on:
  issue_comment:
    types: [created]
jobs:
  preview:
    if: github.event.issue.pull_request && startsWith(github.event.comment.body, '/preview')
    runs-on: ubuntu-latest
    steps:
      - uses: xt0rted/pull-request-comment-branch@v2
        id: comment-branch
      - uses: actions/checkout@v4
        with:
          ref: \${{ steps.comment-branch.outputs.head_sha }}
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --app "pr-\${{ github.event.issue.number }}-shop" --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

test('a comment that deploys the pull request head with the token is critical', () => {
  const findings = untrusted(PREVIEW);
  expect(findings.map(f => f.severity)).toEqual(['critical']);
  expect(findings[0]?.location?.line).toBe(lineOf(PREVIEW, 'secrets.FLY_API_TOKEN'));
  expect(findings[0]?.message).toContain('`issue_comment`');
  expect(findings[0]?.message).toContain(
    `line ${lineOf(PREVIEW, 'actions/checkout')} checks out the pull request's head`
  );
  expect(findings[0]?.fix?.summary).toMatch(/author_association/);
});

test('gh pr checkout of the commented pull request is PR code too', () => {
  const text = `on:
  issue_comment:
    types: [created]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: gh pr checkout \${{ github.event.issue.number }}
        env:
          GH_TOKEN: \${{ github.token }}
      - run: npm ci && npm run build && flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  const [finding] = untrusted(text);
  expect(finding?.severity).toBe('critical');
  expect(finding?.message).toContain(`line ${lineOf(text, 'gh pr checkout')} fetches`);
});

test('low when only members may trigger it', () => {
  const text = PREVIEW.replace(
    "startsWith(github.event.comment.body, '/preview')",
    'startsWith(github.event.comment.body, \'/preview\') && contains(fromJSON(\'["OWNER", "MEMBER", "COLLABORATOR"]\'), github.event.comment.author_association)'
  );
  const findings = untrusted(text);
  expect(findings.map(f => f.severity)).toEqual(['low']);
  expect(findings[0]?.message).toMatch(/commenters with a role in the repository/);
  const byLogin = PREVIEW.replace(
    "startsWith(github.event.comment.body, '/preview')",
    "github.event.comment.user.login == 'release-manager'"
  );
  expect(untrusted(byLogin).map(f => f.severity)).toEqual(['low']);
});

test('an AI agent started by a comment in a job holding the token is critical', () => {
  const text = `name: Claude
on:
  issue_comment:
    types: [created]
  pull_request_review_comment:
    types: [created]
jobs:
  claude:
    if: contains(github.event.comment.body, '@claude')
    runs-on: ubuntu-latest
    env:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: anthropics/claude-code-action@v1
        with:
          anthropic_api_key: \${{ secrets.ANTHROPIC_API_KEY }}
`;
  const [finding] = untrusted(text);
  expect(finding?.severity).toBe('critical');
  expect(finding?.message).toContain('starts an AI agent (`anthropics/claude-code-action`)');
  expect(finding?.message).toContain(`line ${lineOf(text, 'claude-code-action')}`);
});

test('an agent CLI in a script counts as well', () => {
  const text = `on:
  discussion_comment:
    types: [created]
jobs:
  answer:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npx -y @anthropic-ai/claude-code -p "Answer this discussion" --allowedTools Bash
        env:
          ANTHROPIC_API_KEY: \${{ secrets.ANTHROPIC_API_KEY }}
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  const [finding] = untrusted(text);
  expect(finding?.severity).toBe('critical');
  expect(finding?.message).toContain('`discussion_comment`');
  expect(finding?.message).toContain('`@anthropic-ai/claude-code`');
});

test('comment text interpolated into a script next to the token is critical', () => {
  const text = `on:
  pull_request_review_comment:
    types: [created]
jobs:
  scale:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "Requested: \${{ github.event.comment.body }}"
          flyctl scale count 2 --app shop
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  const [finding] = untrusted(text);
  expect(finding?.severity).toBe('critical');
  expect(finding?.message).toContain('text the commenter chooses');
});

describe('comment workflows that run only this repository’s code', () => {
  test('a ChatOps deploy of the default branch is not untrusted-trigger', () => {
    const text = `on:
  issue_comment:
    types: [created]
jobs:
  deploy:
    if: github.event.comment.body == '/deploy'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    expect(untrusted(text)).toEqual([]);
  });

  test('a comment job without Fly secrets, or with the token only before the PR code', () => {
    expect(untrusted(PREVIEW.replace(/\n {8}env:\n.*\n$/, '\n'))).toEqual([]);
    const before = `on: issue_comment
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl apps create "pr-\${{ github.event.issue.number }}" --org acme
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
      - run: gh pr checkout \${{ github.event.issue.number }} && npm test
`;
    expect(untrusted(before)).toEqual([]);
  });

  test('an agent on a push workflow is not untrusted-trigger', () => {
    const text = `on: push
jobs:
  claude:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - uses: anthropics/claude-code-action@v1
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    expect(untrusted(text)).toEqual([]);
  });
});

test('low when the job needs an authorisation job that only members pass', () => {
  const text = `on:
  issue_comment:
    types: [created]
jobs:
  authorize:
    if: contains(fromJSON('["OWNER", "MEMBER", "COLLABORATOR"]'), github.event.comment.author_association)
    runs-on: ubuntu-latest
    steps:
      - run: echo "authorized"
  preview:
    needs: [authorize]
    runs-on: ubuntu-latest
    steps:
      - run: gh pr checkout \${{ github.event.issue.number }}
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
  expect(untrusted(text).map(f => f.severity)).toEqual(['low']);
  const open = text.replace(
    `contains(fromJSON('["OWNER", "MEMBER", "COLLABORATOR"]'), github.event.comment.author_association)`,
    "startsWith(github.event.comment.body, '/preview')"
  );
  expect(untrusted(open).map(f => f.severity)).toEqual(['critical']);
});
