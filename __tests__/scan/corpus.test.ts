// The scan rules over the shared corpus of real workflows (../shared/corpus). Each repository's
// files are scanned together at their repository paths, as the action would see them.
//
// The expectations below were written by reading each workflow file (and, for reusable
// workflows, their callees), not by running the scanner: every row says which findings a person
// applying the rules in docs/rules/ would report, on which line, and why.
import { buildScanContext, runScanRules } from '../../src/rules/scan/index.js';
import type { Finding, Severity } from '../../src/rules/types.js';
import { corpusEntries, repoFilesFor, type CorpusEntry } from '../workflow/corpus.js';

const NOW = new Date('2026-01-01T00:00:00Z');

function scanRepo(repo: string): { findings: Finding[]; errors: string[] } {
  const entries = corpusEntries().filter(e => e.repo === repo);
  const context = buildScanContext({
    workflows: entries
      .filter(e => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(e.path))
      .map(e => ({ path: e.path, text: e.text })),
    actions: [],
    files: entries.map(e => ({ path: e.path, text: e.text })),
    repo: repoFilesFor(repo),
    now: NOW
  });
  return runScanRules(context);
}

const cache = new Map<string, { findings: Finding[]; errors: string[] }>();
function scanOf(entry: CorpusEntry): { findings: Finding[]; errors: string[] } {
  let result = cache.get(entry.repo);
  if (!result) {
    result = scanRepo(entry.repo);
    cache.set(entry.repo, result);
  }
  return result;
}

function entry(file: string): CorpusEntry {
  const found = corpusEntries().find(e => e.file === file);
  if (!found) throw new Error(`no corpus file ${file}`);
  return found;
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
    'BeaconCMS__beacon_demo__fly.yml',
    ['workflow-parse-error@7:info', 'no-environment@11'],
    'stray top-level `branches:` (schema, not YAML) and a repository-secret deploy job'
  ),
  row(
    'lightward__lightward-ai__pull-request.yml',
    ['untrusted-trigger@9:critical', 'secrets-inherit@12'],
    'pull_request_target passes head.sha to test.yml, which passes it to fly-build.yml: checkout of the PR head, then a build with FLY_API_TOKEN'
  ),
  row(
    'lightward__lightward-ai__test.yml',
    ['secrets-inherit@16'],
    'inherit into fly-build.yml, which uses FLY_API_TOKEN; the other jobs hold no Fly secret'
  ),
  row(
    'lightward__lightward-ai__fly-auto-deploy-production.yml',
    ['secrets-inherit@16', 'secrets-inherit@26'],
    'two local callees with inherit, both use FLY_API_TOKEN'
  ),
  row(
    'lightward__lightward-ai__fly-build.yml',
    [],
    'step-level token, environment given (as an input), no printing: nothing'
  ),
  row(
    'earthstar-project__website__fly-preview.yml',
    ['workflow-env-exposure@8', 'no-environment@11'],
    'FLY_API_TOKEN in top-level env; the flyctl action gets it from there, not from its own with/env'
  ),
  row(
    'openstatusHQ__openstatus__deploy.yml',
    ['no-environment@7', 'shared-token@18:high'],
    'plain deploy, repository secret; the same FLY_API_TOKEN creates and destroys review apps in workflow-preview.yml (an org token), so this production deploy holds an org token'
  ),
  row(
    'dj-timage__dba-soh__fly-cron.yml',
    ['no-environment@10'],
    'scheduled machines run, repository secret'
  ),
  row(
    'neondatabase__mcp-server-neon__fly-deploy.yml',
    ['no-environment@10'],
    'plain deploy, repository secret'
  ),
  row(
    'zizekuros__n8n-fly__fly-scale.yml',
    ['no-environment@10'],
    'FLY_APP_NAME is a secret but not a token (used as --app)'
  ),
  row(
    'dourolabs__hydra__fly-deploy.yml',
    ['no-environment@7', 'shared-token@20'],
    'one FLY_API_TOKEN deploys metis-component-library and metis-ui through the matrix'
  ),
  row(
    'districtr__districtr-v2__fly-deploy-api.yml',
    ['no-environment@11'],
    'dev and main deploy steps each use their own secret (FLY_API_DEV_TOKEN, FLY_API_TOKEN): no shared token'
  ),
  row(
    'phish-directory__api__fly-deploy.yml',
    ['no-environment@9'],
    'setup-flyctl pinned by SHA and given no secret'
  ),
  row(
    'neondatabase__mcp-server-neon__fly-preview.yml',
    ['pull-request-exposure@18', 'no-environment@8'],
    'pull_request job (label condition can be true) with FLY_PREVIEW_APP_TOKEN; CLIENT_ID & co. are not Fly tokens'
  ),
  row(
    'gristlabs__grist-core__fly-cleanup.yml',
    ['workflow-env-exposure@11', 'no-environment@14'],
    'FLY_API_TOKEN in top-level env of a scheduled cleanup'
  ),
  row(
    'superfly__sprites-docs__fly-preview.yml',
    ['workflow-env-exposure@8', 'pull-request-exposure@8', 'no-environment@15'],
    'top-level env token on a pull_request (closed) workflow'
  ),
  row(
    'digidem__comapeo-core__server-test.yml',
    ['pull-request-exposure@25', 'no-environment@12'],
    'token handed to the e2e test suite on pull_request'
  ),
  row(
    'ONEARMY__community-platform__pr-preview-fly-deploy.yml',
    ['untrusted-trigger@7:critical', 'workflow-env-exposure@7'],
    'pull_request_target checks out head.sha with FLY_API_TOKEN in the top-level env'
  ),
  row(
    'ONEARMY__community-platform__pr-preview-fly-destroy.yml',
    ['untrusted-trigger@10:low', 'workflow-env-exposure@10', 'no-environment@13'],
    'pull_request_target with the token but only base-branch code (default checkout, local action)'
  ),
  row(
    'gristlabs__grist-core__fly-deploy.yml',
    ['untrusted-trigger@60:critical', 'no-environment@13'],
    'workflow_run from pull_request downloads the run’s artifacts (github-script), then deploys with FLY_API_TOKEN'
  ),
  row(
    'gristlabs__grist-core__fly-destroy.yml',
    ['untrusted-trigger@32:low', 'no-environment@15'],
    'pull_request_target, no PR checkout; PR branch names reach the script through env only'
  ),
  row(
    'kennygeiler__DeployAI__cloud-deploy.yml',
    ['shared-token@121'],
    'workflow_run with default checkout only (no finding there); one FLY_API_TOKEN deploys five apps'
  ),
  row(
    'kennygeiler__DeployAI__fly-backup.yml',
    ['no-environment@45'],
    '`[ -n "$FLY_API_TOKEN" ]` does not print it; the script hides which app it touches'
  ),
  row(
    'kartverket__frisk-frontend__fly-preview.yml',
    ['workflow-env-exposure@10'],
    'org token in top-level env; the job has an environment; GITHUB_TOKEN given to a third-party action is not Fly'
  ),
  row(
    'belcoda__belcoda__e2e-pr-to-develop.yml',
    ['pull-request-exposure@77', 'no-environment@14', 'shared-token@77'],
    'PR e2e job proxies belcodadb-staging with the FLY_API_TOKEN that also deploys production apps'
  ),
  row(
    'belcoda__belcoda__fly-deploy-production.yml',
    ['no-environment@8', 'shared-token@39'],
    'one job proxies belcodadb and deploys belcoda-app and belcoda-zero with one token'
  ),
  row(
    'dwyl__mvp__pr.yml',
    ['pull-request-exposure@94', 'no-environment@66'],
    'review-app script job on pull_request; FLY_AUTH_API_KEY is not a Fly token'
  ),
  row(
    'userbradley__documentation.breadnet.co.uk__dev.yaml',
    ['pull-request-exposure@33', 'unpinned-action@31:high'],
    'FLY_ACCESS_TOKEN_DEV passed as with: to a third-party action on a tag, on pull_request'
  ),
  row(
    'superfly__flyctl__preflight.yml',
    ['no-environment@14'],
    'Fly tokens in step env of scripts; slack action pinned and given no Fly secret'
  ),
  row(
    'plausible__prima__fly-review.yml',
    ['workflow-env-exposure@8', 'pull-request-exposure@8'],
    'top-level env token in a pull_request preview workflow (the job has an environment)'
  )
];

function describe_(f: Finding): string {
  return `${f.rule}@${f.location?.line ?? '?'}`;
}

describe('scan rules over the corpus', () => {
  test('the table covers at least 15 corpus workflows', () => {
    expect(new Set(rows.map(r => r.file)).size).toBeGreaterThanOrEqual(15);
  });

  test.each(corpusEntries().map(e => [e.file, e] as const))(
    '%s scans without error',
    (_file, corpusEntry) => {
      const { findings, errors } = scanOf(corpusEntry);
      expect(errors).toEqual([]);
      for (const finding of findings) {
        expect(finding.message).not.toMatch(/undefined|null|\[object/);
        expect(finding.location?.line).toBeGreaterThanOrEqual(1);
      }
    }
  );

  test.each(rows.map(r => [r.file, r] as const))('%s', (_file, r) => {
    const e = entry(r.file);
    const found = scanOf(e).findings.filter(f => f.location?.file === e.path);
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
