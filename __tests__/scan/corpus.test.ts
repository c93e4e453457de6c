// The scan rules over the fixture corpus (__tests__/fixtures/corpus): each repository's files are
// scanned together at their repository paths, as the action would see them.
//
// The expectations below were written by reading each workflow file (and, for reusable workflows
// and composite actions, what they call) against the rules in docs/rules/, not by running the
// scanner: every row says which findings a person applying the rules would report, on which
// line, and why. Every file of the corpus has a row, so a new finding anywhere shows up here.
import type { Finding, Severity } from '../../src/rules/types.js';
import { corpusEntries, corpusFile } from '../workflow/corpus.js';
import { scanInPhases } from './support.js';

type ScanResult = { findings: Finding[]; errors: string[] };

function scanRepo(repo: string): ScanResult {
  const files: Record<string, string> = {};
  for (const e of corpusEntries()) if (e.repo === repo) files[e.path] = e.text;
  return scanInPhases(files);
}

const cache = new Map<string, ScanResult>();
function scanOf(repo: string): ScanResult {
  let result = cache.get(repo);
  if (!result) {
    result = scanRepo(repo);
    cache.set(repo, result);
  }
  return result;
}

/** `rule@line` or `rule@line:severity`. */
type Expectation = string;

interface Row {
  file: string;
  expected: Expectation[];
  reason: string;
}

const row = (file: string, expected: Expectation[], reason: string): Row => ({
  file,
  expected,
  reason
});

const rows: Row[] = [
  row(
    'single-app__fly-deploy.yml',
    ['no-environment@9:low'],
    'the workflow `fly launch` writes: a repository secret in the step env; setup-flyctl@master gets no secret'
  ),
  row(
    'single-app__token-health.yml',
    [],
    'the guard itself, pinned by SHA, in a job with an environment'
  ),
  row(
    'monorepo__deploy-services.yml',
    ['no-environment@7', 'shared-token@14:medium'],
    'a matrix over two --config files with one job-level FLY_API_TOKEN, which other workflows use for three more apps'
  ),
  row(
    'monorepo__deploy-web.yml',
    ['shared-token@18', 'unknown-needs@16:low'],
    'proxy to orbit-db plus staging and production deploys (each step a literal --config) with the same secret; the environment is an expression; `npm run migrate` with the token and no package.json to read'
  ),
  row(
    'monorepo__api-secrets.yml',
    ['shared-token@18'],
    'secrets set + deploy of orbit-api through defaults.run.working-directory, same secret'
  ),
  row(
    'review-apps__review-app.yml',
    ['workflow-env-exposure@7', 'pull-request-exposure@7'],
    'superfly/fly-pr-review-apps on pull_request with the token in the workflow-level env (the job has an environment)'
  ),
  row(
    'review-apps__preview.yml',
    [
      'no-environment@7',
      'pull-request-exposure@11',
      'no-environment@23',
      'pull-request-exposure@30'
    ],
    'scripted review app: create/secrets/deploy job and destroy-on-close job, both on pull_request without environment'
  ),
  row(
    'review-apps__prune-previews.yml',
    ['no-environment@6'],
    'scheduled list + destroy; the secret creates and destroys apps, so it is not counted as shared'
  ),
  row(
    'untrusted-pr__pr-preview.yml',
    [
      'untrusted-trigger@7:critical',
      'workflow-env-exposure@7',
      'no-environment@10',
      'unknown-needs@16:low'
    ],
    'pull_request_target checks out head.sha and builds it with FLY_API_TOKEN in the workflow-level env (`npm run build`: no package.json to read)'
  ),
  row(
    'untrusted-pr__pr-close.yml',
    ['no-environment@7', 'untrusted-trigger@14:low'],
    'pull_request_target with the token but only the base branch checked out'
  ),
  row(
    'untrusted-pr__pr-label.yml',
    ['untrusted-trigger@17:critical', 'shared-token@17:high'],
    'the pull request title is interpolated into the script that holds the token (script injection); the same FLY_API_TOKEN destroys review apps in pr-close.yml (an org token) and deploys meadow here'
  ),
  row(
    'untrusted-pr__deploy-artifact.yml',
    ['untrusted-trigger@23:critical', 'shared-token@23:high'],
    'workflow_run downloads the triggering run’s artifacts (run-id), then deploys them with the token; that token also destroys review apps in pr-close.yml (an org token doing the production deploy)'
  ),
  row(
    'reusable__release.yml',
    ['secrets-inherit@19', 'unpinned-action@32:high', 'secrets-inherit@33'],
    'inherit into a local callee that uses FLY_API_TOKEN, and into a remote reusable workflow on a tag; the named secret to the other call is fine'
  ),
  row(
    'reusable__fly-deploy.yml',
    [],
    'reusable deploy: environment from an input, token in the step env only'
  ),
  row(
    'composite-action__.github_actions_fly-deploy_action.yml',
    ['unpinned-action@18:high'],
    'the composite action hands its token input to a third-party action on a tag'
  ),
  row(
    'composite-action__deploy.yml',
    [],
    'the local action is part of the repository; the job has an environment'
  ),
  row(
    'ops__backup.yml',
    [],
    'dedicated backup secret in the job env of a job with an environment; setup-flyctl pinned'
  ),
  row(
    'ops__cron.yml',
    ['no-environment@6', 'shared-token@12'],
    'machines run in quarry with the secret that also restarts quarry-workers'
  ),
  row(
    'ops__restart.yml',
    ['shared-token@15'],
    'rolling restart of quarry-workers (app from the job env) with the same secret as cron.yml'
  ),
  row('ops__scale.yml', [], 'scale with an app name taken from a secret: the app is unknown'),
  row(
    'kite__ci.yml',
    [
      'workflow-env-exposure@7',
      'workflow-env-exposure@7',
      'no-environment@10',
      'unpinned-action@27:high',
      'unknown-needs@14:low',
      'unknown-needs@27:low'
    ],
    '`A || B` of two Fly secrets in the workflow env (both reported), a test job without environment, a token given to a third-party action on a tag; out of sight: `npm test` (no package.json) and that action'
  ),
  row(
    'kite__branch-deploy.yml',
    ['shared-token@22'],
    'one step deploys kite or kite-dev by branch, with no `if:` of its own: both apps count'
  ),
  row('kite__vars-deploy.yml', [], 'apps from vars and from the branch name cannot be told'),
  row(
    'kite__legacy.yml',
    ['token-leak@14:high', 'token-leak@15:high', 'fly-auth-token@15:high'],
    'the token written to $GITHUB_ENV, and `flyctl auth token` written to $GITHUB_OUTPUT'
  ),
  row(
    'odd-yaml__broken.yml',
    ['no-environment@4', 'workflow-parse-error@11:low'],
    'an unclosed flow sequence at the end: GitHub cannot read the file; the part read before it still shows a job with a repository secret'
  ),
  row(
    'odd-yaml__stray-key.yml',
    ['workflow-parse-error@4:info'],
    'a stray top-level `branches:` is a schema problem, not a YAML one: the rest is checked'
  ),
  row(
    'odd-yaml__four-spaces.yml',
    [],
    'four-space indentation, no final newline, a plain scalar splitting `${{ }}`'
  ),
  row(
    'hidden-use__e2e.yml',
    [
      'no-environment@5',
      'pull-request-exposure@8',
      'workflow-env-exposure@8',
      'unknown-needs@12:low'
    ],
    'a staging token handed to the end-to-end suite on pull_request, in the job env where npm ci runs too; the suite (`npm run test:e2e`, no package.json) is out of sight'
  ),
  row('hidden-use__rotate.yml', [], 'a script holds the token; the job has an environment'),
  row(
    'hidden-use__teardown.yml',
    ['unknown-needs@10:low'],
    'a local action that is not in the checkout (out of sight); environment given'
  )
];

function describe_(f: Finding): string {
  return `${f.rule}@${f.location?.line ?? '?'}`;
}

describe('scan rules over the fixture corpus', () => {
  test('every workflow and action file of the corpus has a row', () => {
    const scanned = corpusEntries()
      .filter(e => /\.ya?ml$/.test(e.path))
      .map(e => e.file)
      .sort();
    expect(rows.map(r => r.file).sort()).toEqual(scanned);
  });

  test.each([...new Set(corpusEntries().map(e => e.repo))])(
    '%s scans without error, every finding placed and worded',
    repo => {
      const { findings, errors } = scanOf(repo);
      expect(errors).toEqual([]);
      for (const finding of findings) {
        expect(finding.message).not.toMatch(/undefined|null|\[object/);
        expect(finding.location?.line).toBeGreaterThanOrEqual(1);
        expect(corpusEntries().map(e => e.path)).toContain(finding.location?.file);
      }
    }
  );

  test.each(rows.map(r => [r.file, r] as const))('%s', (_file, r) => {
    const e = corpusFile(r.file);
    const found = scanOf(e.repo).findings.filter(f => f.location?.file === e.path);
    const expected = r.expected.map(x => x.split(':')[0]).sort();
    expect({ reason: r.reason, findings: found.map(describe_).sort() }).toEqual({
      reason: r.reason,
      findings: expected
    });
    for (const x of r.expected) {
      const [where, severity] = x.split(':');
      if (!severity) continue;
      const match = found.find(f => describe_(f) === where);
      expect({ where, severity: match?.severity }).toEqual({
        where,
        severity: severity as Severity
      });
    }
  });
});
