// End-to-end: `node dist/index.js` in scan mode, as the runner runs it, on the rule-cases fixture
// (one workflow per pattern of issue 15's rule cases), asserting on annotations and `findings`.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, type ActionRun, type Annotation } from '../support/run-action.js';

const FIXTURE = path.resolve('__tests__/fixtures/repos/rule-cases');

interface Finding {
  rule: string;
  severity: string;
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
  fix?: { summary: string; commands: string[] };
}

let workspace = '';
let run: ActionRun;

const findings = (): Finding[] => JSON.parse(run.outputs.findings ?? '[]') as Finding[];
const of = (rule: string, file: string): Finding[] =>
  findings().filter(f => f.rule === rule && f.file === `.github/${file}`);

/** The first line of a fixture file holding `needle`, and the column of `word` in it. */
function at(file: string, needle: string, word = needle): { line: number; column: number } {
  const lines = readFileSync(path.join(FIXTURE, '.github', file), 'utf8').split('\n');
  const index = lines.findIndex(l => l.includes(needle));
  if (index < 0) throw new Error(`${needle} not in ${file}`);
  return { line: index + 1, column: (lines[index] ?? '').indexOf(word) + 1 };
}

const INHERIT = ['    secrets: inherit', 'inherit'] as const;

function annotationFor(rule: string, file: string): Annotation | undefined {
  return run.annotations.find(
    a =>
      (a.properties.title ?? '').includes(`: ${rule} `) && a.properties.file === `.github/${file}`
  );
}

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'ftg-scan-rules-'));
  cpSync(FIXTURE, workspace, { recursive: true });
  run = await runAction({
    workspace,
    inputs: { mode: 'scan', comment: 'false' },
    env: { FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' },
    event: { name: 'push', payload: {} }
  });
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

test('fails on the critical and high findings, without a stack trace', () => {
  expect(run.exitCode).toBe(1);
  expect(run.outputs.verdict).toBe('fail');
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

describe('pull-request-exposure', () => {
  test('follows secrets: inherit into the local workflow running the PR code', () => {
    const [finding, ...rest] = of('pull-request-exposure', 'workflows/ci.yml');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'medium', ...at('workflows/ci.yml', ...INHERIT) });
    expect(finding?.message).toContain('`e2e`');
    expect(finding?.message).toContain(
      `there, job \`e2e\` uses Fly secret \`FLY_STAGING_TOKEN\` (line ${at('workflows/e2e.yml', 'FLY_STAGING_TOKEN').line})`
    );
    const annotation = annotationFor('pull-request-exposure', 'workflows/ci.yml');
    expect(annotation?.level).toBe('warning');
    expect(annotation?.properties.line).toBe(String(at('workflows/ci.yml', ...INHERIT).line));
  });

  test('not for the deploy job kept to main by github.ref_name', () => {
    const deployLine = at('workflows/ci.yml', 'FLY_DEPLOY_TOKEN').line;
    expect(findings().filter(f => f.line === deployLine && f.file?.endsWith('ci.yml'))).toEqual([]);
  });
});

test('secrets-inherit: another repository’s workflow on a branch, high', () => {
  const [finding] = of('secrets-inherit', 'workflows/release.yml');
  expect(finding).toMatchObject({
    severity: 'high',
    ...at('workflows/release.yml', ...INHERIT)
  });
  expect(finding?.message).toContain('pinned to `@main`, a branch or tag');
  expect(finding?.message).toMatch(/the repository has Fly secrets? .*`FLY_ORG_TOKEN`/);
  expect(annotationFor('secrets-inherit', 'workflows/release.yml')?.level).toBe('error');
});

test('workflow-env-exposure: the job env token next to npm ci', () => {
  const [finding] = of('workflow-env-exposure', 'workflows/deploy.yml');
  expect(finding).toMatchObject({
    severity: 'medium',
    ...at('workflows/deploy.yml', 'secrets.FLY_ORG_TOKEN')
  });
  expect(finding?.message).toContain('in the env of job `production`');
  expect(finding?.fix?.summary).toContain(
    `the step that runs flyctl (line ${at('workflows/deploy.yml', 'flyctl deploy').line})`
  );
  expect(annotationFor('workflow-env-exposure', 'workflows/deploy.yml')?.level).toBe('warning');
});

describe('shared-token', () => {
  test('the review apps’ org token doing the production deploy: high, split the secret', () => {
    const [finding, ...rest] = of('shared-token', 'workflows/deploy.yml');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'high',
      ...at('workflows/deploy.yml', 'secrets.FLY_ORG_TOKEN')
    });
    expect(finding?.message).toContain('`.github/workflows/review-app.yml`');
    expect(finding?.fix?.commands).toEqual([
      'fly tokens create deploy -a shop -x 2160h | gh secret set FLY_TOKEN_SHOP'
    ]);
    expect(of('shared-token', 'workflows/review-app.yml')).toEqual([]);
  });

  test('a secret handed to a local composite action counts for its app', () => {
    const [finding] = of('shared-token', 'workflows/assets.yml');
    expect(finding?.message).toContain('acts on 2 apps (shop-assets, shop-worker)');
    expect(finding).toMatchObject(at('workflows/assets.yml', 'secrets.FLY_ASSETS_TOKEN'));
  });
});

test('untrusted-trigger: a comment that checks out the pull request with the token', () => {
  const [finding] = of('untrusted-trigger', 'workflows/preview-comment.yml');
  expect(finding).toMatchObject({
    severity: 'critical',
    ...at('workflows/preview-comment.yml', 'secrets.FLY_PREVIEW_TOKEN')
  });
  expect(finding?.message).toContain('`issue_comment`');
  expect(finding?.message).toContain(
    `line ${at('workflows/preview-comment.yml', 'gh pr checkout').line} fetches the pull request's head`
  );
  expect(annotationFor('untrusted-trigger', 'workflows/preview-comment.yml')?.level).toBe('error');
});

test('token-leak: the composite action writes the token to ~/.fly/config.yml', () => {
  const [finding] = of('token-leak', 'actions/fly-deploy/action.yml');
  expect(finding).toMatchObject({
    severity: 'high',
    line: at('actions/fly-deploy/action.yml', 'access_token').line
  });
  expect(finding?.message).toContain('`~/.fly/config.yml`');
  expect(annotationFor('token-leak', 'actions/fly-deploy/action.yml')?.level).toBe('error');
});
