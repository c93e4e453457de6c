// What each corpus job needs from its Fly token, written by reading the workflow files and the
// fly.toml files of the corpus (not by running the code): the app names a person can tell, the
// capabilities the job's flyctl commands and actions need, and `unknownApps` where a person
// cannot tell the app either (PR numbers, `vars.*`, command output, free-form inputs).
//
// Tally: 75 jobs in the corpus workflows use or receive a Fly token. 54 of them (the rows of
// `readable` below) have a person-readable answer: their flyctl commands or known Fly actions
// are in the workflow file, or in a local reusable workflow that is in the corpus. The code gets
// all 54 right. The other 21 (`hidden` below) hand the token to a script, a test suite, an
// unreadable local action or a reusable workflow missing from the corpus: nobody can tell from
// the workflow what they need. For those we expect no inferred needs plus an `opaque` note
// saying where the token goes.
import { inferJobNeeds } from '../../src/workflow/needs.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import type { Capability, Needs } from '../../src/workflow/types.js';
import { corpusFile, repoFilesFor } from './corpus.js';

interface Expected {
  file: string;
  job: string;
  apps: string[];
  capabilities: Capability[];
  unknownApps: boolean;
  commands?: string[];
}

const row = (
  file: string,
  job: string,
  apps: string[],
  capabilities: Capability[],
  unknownApps = false,
  commands?: string[]
): Expected => ({ file, job, apps, capabilities, unknownApps, ...(commands ? { commands } : {}) });

const UNKNOWN = true;

const readable: Expected[] = [
  // fly.toml at the root names the app.
  row('BeaconCMS__beacon_demo__fly.yml', 'deploy', ['wispy-thunder-4580'], ['deploy']),
  row('neondatabase__mcp-server-neon__fly-deploy.yml', 'deploy', ['mcp-server-neon'], ['deploy']),
  row('phish-directory__api__fly-deploy.yml', 'deploy', ['phish-directory'], ['deploy']),
  row('jnsgruk__jnsgr.uk__publish.yaml', 'deploy', ['jnsgruk'], ['deploy']),
  // superfly/flyctl-actions with `args: "deploy"`.
  row('earthstar-project__website__fly-preview.yml', 'deploy', ['earthstar-website'], ['deploy']),
  row('dwyl__mvp__ci.yml', 'deploy', ['mvp'], ['deploy']),
  // --config files.
  row('openstatusHQ__openstatus__deploy.yml', 'deploy', ['openstatus-api'], ['deploy']),
  row(
    'belcoda__belcoda__fly-deploy-production.yml',
    'deploy',
    ['belcoda-app', 'belcoda-zero', 'belcodadb'],
    ['deploy', 'proxy']
  ),
  row('kennygeiler__DeployAI__cloud-deploy.yml', 'postgres', ['deployai-postgres'], ['deploy']),
  row(
    'kennygeiler__DeployAI__cloud-deploy.yml',
    'control-plane',
    ['deployai-control-plane'],
    ['deploy']
  ),
  row('kennygeiler__DeployAI__cloud-deploy.yml', 'embedder', ['deployai-embedder'], ['deploy']),
  row('kennygeiler__DeployAI__cloud-deploy.yml', 'mcp-server', ['deployai-mcp-server'], ['deploy']),
  row('kennygeiler__DeployAI__cloud-deploy.yml', 'web', ['deployai-web'], ['deploy']),
  row(
    'neondatabase__mcp-server-neon__fly-preview.yml',
    'preview',
    ['preview-mcp-server-neon'],
    ['deploy', 'secrets']
  ),
  // Matrix of literal values feeding the --config path.
  row(
    'dourolabs__hydra__fly-deploy.yml',
    'deploy',
    ['metis-component-library', 'metis-ui'],
    ['deploy']
  ),
  // -a / --app given.
  row('dj-timage__dba-soh__fly-cron.yml', 'run-fly-cron', ['dba-soh'], ['deploy']),
  row('belcoda__belcoda__e2e-pr-to-develop.yml', 'e2e', ['belcodadb-staging'], ['proxy']),
  row(
    'bricksdont__repro-sign-survey-backend__backup.yml',
    'backup',
    ['repro-sign-survey-backend'],
    ['machine-exec'],
    false,
    ['/pb/bin/backup']
  ),
  // FLY_APP from env.
  row(
    'openstatusHQ__openstatus__restart-workflows.yml',
    'restart',
    ['openstatus-workflows'],
    ['read', 'deploy']
  ),
  row(
    'utkarshmankad__job-tracker__fly-backup.yml',
    'backup',
    ['job-tracker-api-verdant-haze-8797'],
    ['ssh'],
    false,
    [
      'python /app/scripts/backup_database.py --db /data/applications.db --backup-dir /data/backups --label ${LABEL} --keep 14',
      'python /app/scripts/verify_backup.py --latest --backup-dir /data/backups'
    ]
  ),
  // App name written to $GITHUB_OUTPUT in both branches of an if.
  row(
    'districtr__districtr-v2__fly-deploy-api.yml',
    'deploy',
    ['districtr-v2-api', 'districtr-v2-api-dev'],
    ['deploy']
  ),
  // App name read from fly.toml by SebRollen/toml-action, plus a -staging suffix.
  row(
    'epicweb-dev__epic-stack__deploy.yml',
    'container',
    ['epic-stack-template', 'epic-stack-template-staging'],
    ['deploy']
  ),
  row(
    'epicweb-dev__epic-stack__deploy.yml',
    'deploy',
    ['epic-stack-template', 'epic-stack-template-staging'],
    ['deploy']
  ),
  row(
    'remix-run__indie-stack__deploy.yml',
    'deploy',
    ['indie-stack-template', 'indie-stack-template-staging'],
    ['deploy']
  ),
  row(
    'kentcdodds__kentcdodds.com__deployment.yml',
    'deploy-site',
    ['kcd', 'kcd-staging'],
    ['deploy']
  ),
  // Local reusable workflow called with literal inputs: apps/<app>/fly.<env>.toml.
  row('taucad__tau__ci.yml', 'deploy-api-production', ['tau-api'], ['deploy']),
  row('taucad__tau__ci.yml', 'deploy-ui-production', ['taucad'], ['deploy']),
  row('taucad__tau__ci.yml', 'deploy-api-staging', ['tau-api-staging'], ['deploy']),
  row('taucad__tau__ci.yml', 'deploy-ui-staging', ['tau-ui-staging'], ['deploy']),
  // The same reusable workflow on its own: a caller may pass any app.
  row('taucad__tau__deploy.yml', 'deploy', [], ['deploy'], UNKNOWN),
  // App from vars / secrets: a person cannot tell it.
  row('lightward__lightward-ai__fly-deploy.yml', 'deploy', [], ['deploy'], UNKNOWN),
  row('lightward__lightward-ai__fly-build.yml', 'build', [], ['deploy'], UNKNOWN),
  row('lightward__lightward-ai__fly-secrets.yml', 'deploy', [], ['secrets'], UNKNOWN),
  row(
    'lightward__lightward-ai__fly-auto-deploy-production.yml',
    'fly-deploy',
    [],
    ['deploy'],
    UNKNOWN
  ),
  row(
    'lightward__lightward-ai__fly-auto-deploy-production.yml',
    'fly-secrets',
    [],
    ['secrets'],
    UNKNOWN
  ),
  row('lightward__lightward-ai__test.yml', 'build', [], ['deploy'], UNKNOWN),
  row('lightward__lightward-ai__pull-request.yml', 'test', [], ['deploy'], UNKNOWN),
  row('zizekuros__n8n-fly__fly-scale.yml', 'scale', [], ['scale'], UNKNOWN),
  row('userbradley__documentation.breadnet.co.uk__dev.yaml', 'site', [], ['deploy'], UNKNOWN),
  row('userbradley__documentation.breadnet.co.uk__prod.yaml', 'site', [], ['deploy'], UNKNOWN),
  row(
    'userbradley__documentation.breadnet.co.uk__nightly-prod.yaml',
    'site',
    [],
    ['deploy'],
    UNKNOWN
  ),
  // Review apps named after the PR: create/destroy at org level, app unknown.
  row(
    'plausible__prima__fly-review.yml',
    'review',
    [],
    ['deploy', 'create-app', 'destroy-app', 'org'],
    UNKNOWN
  ),
  row(
    'superfly__sprites-docs__ci.yml',
    'preview',
    [],
    ['deploy', 'create-app', 'destroy-app', 'org'],
    UNKNOWN
  ),
  row(
    'ONEARMY__community-platform__pr-preview-fly-deploy.yml',
    'preview_app',
    [],
    ['deploy', 'secrets', 'create-app', 'destroy-app', 'org'],
    UNKNOWN
  ),
  row(
    'kartverket__frisk-frontend__fly-preview.yml',
    'fly_preview',
    [],
    ['deploy', 'secrets', 'create-app', 'destroy-app', 'org'],
    UNKNOWN
  ),
  row(
    'epicweb-dev__epic-stack__preview.yml',
    'deploy-preview',
    [],
    ['read', 'deploy', 'secrets', 'create-app', 'org'],
    UNKNOWN
  ),
  row(
    'districtr__districtr-v2__fly-deploy-pr.yml',
    'pr_review_app',
    [],
    ['read', 'deploy', 'secrets', 'create-app', 'destroy-app', 'org'],
    UNKNOWN
  ),
  row(
    'openstatusHQ__openstatus__workflow-preview.yml',
    'deploy',
    [],
    ['deploy', 'secrets', 'create-app', 'org'],
    UNKNOWN
  ),
  row(
    'openstatusHQ__openstatus__workflow-preview.yml',
    'destroy',
    [],
    ['destroy-app', 'org'],
    UNKNOWN
  ),
  row(
    'epicweb-dev__epic-stack__preview-cleanup.yml',
    'destroy',
    [],
    ['destroy-app', 'org'],
    UNKNOWN
  ),
  row('superfly__sprites-docs__fly-preview.yml', 'cleanup', [], ['destroy-app', 'org'], UNKNOWN),
  row(
    'Harvey-AU__adapt__cleanup-orphaned-apps.yml',
    'cleanup',
    [],
    ['read', 'destroy-app', 'org'],
    UNKNOWN
  ),
  row('xmtplabs__convos-ios__convoscore-tests.yml', 'cleanup', [], ['destroy-app', 'org'], UNKNOWN),
  // `flyctl config -c ./fly.toml env`: the config is written at run time (not in the repo).
  row('gristlabs__grist-core__fly-deploy.yml', 'deploy', [], ['read'], UNKNOWN)
];

/** Jobs that use Fly only through something the workflow does not show. */
const hidden: Array<{
  file: string;
  job: string;
  reason: 'script' | 'action' | 'reusable-workflow';
}> = [
  { file: 'digidem__comapeo-core__server-test.yml', job: 'build', reason: 'script' },
  { file: 'dwyl__mvp__pr.yml', job: 'review_app', reason: 'script' },
  { file: 'gristlabs__grist-core__fly-destroy.yml', job: 'destroy', reason: 'script' },
  { file: 'kennygeiler__DeployAI__fly-backup.yml', job: 'backup', reason: 'script' },
  { file: 'xmtplabs__convos-ios__convoscore-tests.yml', job: 'deploy-backend', reason: 'script' },
  { file: 'thechangelog__changelog.com__dagger_on_fly.yml', job: 'run', reason: 'script' },
  { file: 'thechangelog__changelog.com__dagger_on_k8s.yml', job: 'run', reason: 'script' },
  { file: 'superfly__flyctl__preflight.yml', job: 'preflight-tests', reason: 'script' },
  { file: 'superfly__flyctl__preflight_cleanup.yml', job: 'preflight-tests', reason: 'script' },
  {
    file: 'ONEARMY__community-platform__pr-preview-fly-destroy.yml',
    job: 'label_removed',
    reason: 'action'
  },
  {
    file: 'kentcdodds__kentcdodds.com__deployment.yml',
    job: 'refresh-content',
    reason: 'reusable-workflow'
  },
  {
    file: 'thechangelog__changelog.com__ship_it.yml',
    job: 'dagger-on-github',
    reason: 'reusable-workflow'
  },
  { file: 'superfly__flyctl__build.yml', job: 'preflight', reason: 'script' },
  // Token in workflow-level env, used by a node script.
  { file: 'gristlabs__grist-core__fly-cleanup.yml', job: 'clean', reason: 'script' },
  {
    file: 'kentcdodds__kentcdodds.com__deployment.yml',
    job: 'index-semantic-content',
    reason: 'reusable-workflow'
  },
  {
    file: 'kentcdodds__kentcdodds.com__deployment.yml',
    job: 'deploy-call-kent-audio-worker',
    reason: 'reusable-workflow'
  },
  {
    file: 'kentcdodds__kentcdodds.com__deployment.yml',
    job: 'deploy-call-kent-audio-container',
    reason: 'reusable-workflow'
  },
  { file: 'thechangelog__changelog.com__dagger_on_namespace.yml', job: 'run', reason: 'script' },
  {
    file: 'thechangelog__changelog.com__ship_it.yml',
    job: 'dagger-on-namespace',
    reason: 'script'
  },
  {
    file: 'thechangelog__changelog.com__ship_it.yml',
    job: 'dagger-on-github-fallback',
    reason: 'reusable-workflow'
  },
  { file: 'thechangelog__changelog.com__ship_it.yml', job: 'dagger-on-k8s', reason: 'script' }
];

function needsOf(file: string, job: string): Needs {
  const entry = corpusFile(file);
  const workflow = parseWorkflowFile(entry.path, entry.text);
  expect(workflow.jobs.map(j => j.id)).toContain(job);
  return inferJobNeeds(workflow, job, repoFilesFor(entry.repo));
}

describe('corpus needs (expectations read from the files)', () => {
  it('covers the 54 readable and 21 hidden jobs of the tally, each once', () => {
    expect(readable).toHaveLength(54);
    expect(hidden).toHaveLength(21);
    const keys = [...readable, ...hidden].map(r => `${r.file}#${r.job}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(readable.map(r => [`${r.file} ${r.job}`, r] as const))('%s', (_label, expected) => {
    const needs = needsOf(expected.file, expected.job);
    expect({
      apps: needs.apps,
      capabilities: needs.capabilities,
      unknownApps: needs.unknownApps
    }).toEqual({
      apps: expected.apps,
      capabilities: expected.capabilities,
      unknownApps: expected.unknownApps
    });
    expect(needs.source).toBe('inferred');
    if (expected.commands) expect(needs.commands).toEqual(expected.commands);
    for (const evidence of needs.evidence) {
      expect(evidence.location).toBeDefined();
      if (evidence.app !== null) expect(expected.apps).toContain(evidence.app);
    }
  });

  it.each(hidden.map(h => [`${h.file} ${h.job}`, h] as const))(
    '%s uses Fly out of sight',
    (_label, expected) => {
      const needs = needsOf(expected.file, expected.job);
      expect(needs.source).toBe('none');
      expect(needs.capabilities).toEqual([]);
      expect(needs.opaque?.map(o => o.reason)).toContain(expected.reason);
    }
  );

  it('finds no Fly needs in jobs that do not touch Fly', () => {
    for (const [file, job] of [
      ['kennygeiler__DeployAI__cloud-deploy.yml', 'ci-gate'],
      ['lightward__lightward-ai__test.yml', 'lint'],
      ['dwyl__mvp__ci.yml', 'build'],
      ['epicweb-dev__epic-stack__deploy.yml', 'lint'],
      ['userbradley__documentation.breadnet.co.uk__nightly-prod.yaml', 'open-issue']
    ] as const) {
      const needs = needsOf(file, job);
      expect(needs).toMatchObject({
        source: 'none',
        apps: [],
        capabilities: [],
        unknownApps: false
      });
      expect(needs.opaque).toBeUndefined();
    }
  });

  it('points evidence at the flyctl command in the file', () => {
    const entry = corpusFile('belcoda__belcoda__fly-deploy-production.yml');
    const needs = needsOf(entry.file, 'deploy');
    const lines = entry.text.split('\n');
    const proxy = needs.evidence.find(e => e.capability === 'proxy');
    expect(proxy).toMatchObject({ app: 'belcodadb', command: 'flyctl proxy 5432 -a belcodadb' });
    expect(proxy?.location).toMatchObject({
      file: '.github/workflows/fly-deploy-production.yml',
      line: 30,
      column: 11
    });
    expect(lines[29]?.slice(10)).toMatch(/^flyctl proxy 5432 -a belcodadb/);
    const zero = needs.evidence.find(e => e.app === 'belcoda-zero');
    expect(zero?.location?.line).toBe(47);
    expect(lines[46]?.slice((zero?.location?.column ?? 1) - 1)).toMatch(
      /^flyctl deploy -c deploy\/fly\.zero/
    );
  });

  it('points evidence of a reusable workflow at the called file', () => {
    const needs = needsOf('taucad__tau__ci.yml', 'deploy-api-production');
    expect(needs.evidence[0]?.location?.file).toBe('.github/workflows/deploy.yml');
    expect(needs.evidence[0]?.location?.line).toBe(58);
  });
});
