// What each job of the fixture corpus needs from its Fly token, written by reading the workflow
// and fly.toml files (not by running the code): the app names a person can tell, the capabilities
// the job's flyctl commands and actions need, and `unknownApps` where a person cannot tell the app
// either (PR numbers, `vars.*`, secrets, free-form inputs, branch names).
//
// Every job of every readable workflow is in exactly one list: `readable` (the workflow shows what
// the token does), `hidden` (the token goes to a script, an action or a reusable workflow the
// workflow does not show: no inferred needs, an `opaque` note saying where it goes), `noFly` (no
// Fly use), or `gaps` (what a person reads but the code does not yet: see there).
import { inferJobNeeds } from '../../src/workflow/needs.js';
import { parseWorkflowFile } from '../../src/workflow/parse-workflow.js';
import type { Capability, Needs } from '../../src/workflow/types.js';
import { corpusFile, corpusWorkflows, repoFilesFor } from './corpus.js';

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
  row('single-app__fly-deploy.yml', 'deploy', ['paper-lantern'], ['deploy']),
  row('odd-yaml__stray-key.yml', 'deploy', ['lumen'], ['deploy']),
  // --config / -c files, a matrix of literal values feeding the path, a working directory.
  row('monorepo__deploy-services.yml', 'deploy', ['orbit-api', 'orbit-worker'], ['deploy']),
  row(
    'monorepo__deploy-web.yml',
    'web',
    ['orbit-db', 'orbit-web', 'orbit-web-staging'],
    ['deploy', 'proxy']
  ),
  row('monorepo__api-secrets.yml', 'rotate', ['orbit-api'], ['deploy', 'secrets']),
  // -a / --app given, also after a multi-line plain scalar split inside `${{ }}`.
  row('odd-yaml__four-spaces.yml', 'deploy', ['lumen'], ['deploy']),
  row('untrusted-pr__pr-label.yml', 'announce', ['meadow'], ['deploy']),
  row('untrusted-pr__deploy-artifact.yml', 'deploy', ['meadow'], ['deploy']),
  row('ops__cron.yml', 'run-job', ['quarry'], ['deploy']),
  row('ops__backup.yml', 'backup', ['quarry'], ['ssh'], false, ['sh /app/bin/backup.sh --keep 14']),
  // App name written to $GITHUB_OUTPUT in both branches of an if.
  row('kite__branch-deploy.yml', 'deploy', ['kite', 'kite-dev'], ['deploy']),
  // fly.toml names the app; the token reaches flyctl through FLY_ACCESS_TOKEN in the workflow env.
  row('kite__ci.yml', 'deploy', ['kite'], ['deploy']),
  // A readable local composite action.
  row('composite-action__deploy.yml', 'deploy', ['tidepool'], ['deploy']),
  // A local reusable workflow called with literal inputs: fly/<app>.<environment>.toml.
  row('reusable__release.yml', 'deploy-api-staging', ['ledger-api-staging'], ['deploy']),
  row('reusable__release.yml', 'deploy-web-production', ['ledger-web'], ['deploy']),
  // The same reusable workflow on its own: a caller may pass any app.
  row('reusable__fly-deploy.yml', 'deploy', [], ['deploy'], UNKNOWN),
  // App from vars, a secret or the branch name: a person cannot tell it.
  row('kite__vars-deploy.yml', 'by-var', [], ['deploy'], UNKNOWN),
  row('kite__vars-deploy.yml', 'by-ref', [], ['deploy'], UNKNOWN),
  row('ops__scale.yml', 'scale', [], ['scale'], UNKNOWN),
  row('untrusted-pr__pr-preview.yml', 'preview', [], ['deploy'], UNKNOWN),
  // Review apps named after the PR: create/destroy at org level, app unknown.
  row(
    'review-apps__review-app.yml',
    'review',
    [],
    ['deploy', 'create-app', 'destroy-app', 'org'],
    UNKNOWN
  ),
  row(
    'review-apps__preview.yml',
    'deploy-preview',
    [],
    ['deploy', 'secrets', 'create-app', 'org'],
    UNKNOWN
  ),
  row('review-apps__preview.yml', 'destroy-preview', [], ['destroy-app', 'org'], UNKNOWN),
  row('review-apps__prune-previews.yml', 'prune', [], ['read', 'destroy-app', 'org'], UNKNOWN),
  row('untrusted-pr__pr-close.yml', 'destroy', [], ['destroy-app', 'org'], UNKNOWN)
];

/** Jobs that use Fly only through something the workflow does not show. */
const hidden: Array<{
  file: string;
  job: string;
  reason: 'script' | 'action' | 'reusable-workflow';
}> = [
  { file: 'hidden-use__rotate.yml', job: 'rotate', reason: 'script' },
  { file: 'hidden-use__teardown.yml', job: 'teardown', reason: 'action' },
  { file: 'single-app__token-health.yml', job: 'health', reason: 'action' },
  { file: 'reusable__release.yml', job: 'notify', reason: 'reusable-workflow' }
];

/** Jobs that do nothing with Fly: no token at all, or one only echoed (a leak, not a use). */
const noFly: Array<[string, string]> = [
  ['reusable__release.yml', 'test'],
  ['kite__legacy.yml', 'legacy']
];

/**
 * What a person reads in these jobs and the code does not find yet (reported to the needs owner).
 * `test.failing`: each passes while the gap is open; once the code reads it, jest reports it and
 * the row moves to `readable` / `hidden`.
 */
const gaps: Array<{ label: string; check: (needs: Needs) => void; file: string; job: string }> = [
  {
    file: 'ops__restart.yml',
    job: 'restart',
    label: '`flyctl machines list` inside `$( )` in a for-loop header is a read',
    check: needs => {
      expect(needs.apps).toEqual(['quarry-workers']);
      expect(needs.capabilities).toEqual(['read', 'deploy']);
    }
  },
  {
    file: 'hidden-use__e2e.yml',
    job: 'e2e',
    label: 'a job-level token reaching `npm run test:e2e` is hidden in a script',
    check: needs => expect(needs.opaque?.map(o => o.reason)).toContain('script')
  },
  {
    file: 'kite__ci.yml',
    job: 'test',
    label: 'a workflow-level token reaching `npm test` is hidden in a script',
    check: needs => expect(needs.opaque?.map(o => o.reason)).toContain('script')
  }
];

function needsOf(file: string, job: string): Needs {
  const entry = corpusFile(file);
  const workflow = parseWorkflowFile(entry.path, entry.text);
  expect(workflow.jobs.map(j => j.id)).toContain(job);
  return inferJobNeeds(workflow, job, repoFilesFor(entry.repo));
}

describe('fixture corpus needs (expectations read from the files)', () => {
  it('lists every job of every readable workflow exactly once', () => {
    const listed = [
      ...readable.map(r => `${r.file}#${r.job}`),
      ...hidden.map(h => `${h.file}#${h.job}`),
      ...noFly.map(([file, job]) => `${file}#${job}`),
      ...gaps.map(g => `${g.file}#${g.job}`)
    ];
    expect(new Set(listed).size).toBe(listed.length);
    const all = corpusWorkflows()
      .map(e => ({ e, wf: parseWorkflowFile(e.path, e.text) }))
      .filter(({ wf }) => !wf.errors.some(err => err.kind === 'yaml'))
      .flatMap(({ e, wf }) => wf.jobs.map(j => `${e.file}#${j.id}`));
    expect(listed.sort()).toEqual(all.sort());
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

  it.each(noFly)('%s %s: no Fly needs and no note', (file, job) => {
    const needs = needsOf(file, job);
    expect(needs).toMatchObject({ source: 'none', apps: [], capabilities: [], unknownApps: false });
    expect(needs.opaque).toBeUndefined();
  });

  it.failing.each(gaps.map(g => [`${g.file} ${g.job}: ${g.label}`, g] as const))(
    'gap: %s',
    (_label, gap) => gap.check(needsOf(gap.file, gap.job))
  );

  it('points evidence at the flyctl command in the file', () => {
    const entry = corpusFile('monorepo__deploy-web.yml');
    const needs = needsOf(entry.file, 'web');
    const lines = entry.text.split('\n');
    const proxy = needs.evidence.find(e => e.capability === 'proxy');
    expect(proxy).toMatchObject({
      app: 'orbit-db',
      command: 'flyctl proxy 15432:5432 -a orbit-db'
    });
    expect(proxy?.location).toMatchObject({
      file: '.github/workflows/deploy-web.yml',
      line: 14,
      column: 11
    });
    expect(lines[13]?.slice(10)).toMatch(/^flyctl proxy 15432:5432 -a orbit-db/);
    const staging = needs.evidence.find(e => e.app === 'orbit-web-staging');
    expect(staging?.location?.line).toBe(21);
    expect(lines[20]?.slice((staging?.location?.column ?? 1) - 1)).toMatch(
      /^flyctl deploy -c deploy\/fly\.web\.staging\.toml/
    );
  });

  it('points evidence of a reusable workflow at the called file', () => {
    const needs = needsOf('reusable__release.yml', 'deploy-api-staging');
    expect(needs.evidence[0]?.location).toMatchObject({
      file: '.github/workflows/fly-deploy.yml',
      line: 23
    });
  });

  it('points evidence of a composite action at the action file', () => {
    const needs = needsOf('composite-action__deploy.yml', 'deploy');
    expect(needs.evidence[0]?.location?.file).toBe('.github/actions/fly-deploy/action.yml');
  });
});
