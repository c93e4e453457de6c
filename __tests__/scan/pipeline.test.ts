// The two-phase scan: each workflow digested on its own (plain data, the parsed model dropped),
// then the repository-wide rules over the digests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoFilesOf } from '../../src/engine/file-source.js';
import { fsFileSource } from '../../src/engine/fs-source.js';
import { packDigest } from '../../src/engine/packed-digest.js';
import { digestWorkflow } from '../../src/rules/scan/digest.js';
import { checkRepositoryDigests } from '../../src/rules/scan/repository.js';
import { repoFilesFromRecord } from '../../src/workflow/index.js';
import { corpusEntries } from '../workflow/corpus.js';
import { NOW, scanInPhases } from './support.js';

const deployJob = (id: string, app: string, secret: string): string => `
  ${id}:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: flyctl deploy -a ${app} --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.${secret} }}`;

const workflowOf = (...jobs: string[]): string => `on: push\njobs:${jobs.join('')}\n`;

function corpusRepos(): Map<string, Record<string, string>> {
  const repos = new Map<string, Record<string, string>>();
  for (const e of corpusEntries()) {
    const files = repos.get(e.repo) ?? {};
    files[e.path] = e.text;
    repos.set(e.repo, files);
  }
  return repos;
}

describe('digestWorkflow', () => {
  test('a digest is plain data: a structured clone of it is strictly equal', () => {
    let withFindings = 0;
    for (const files of corpusRepos().values()) {
      const repo = repoFilesFromRecord(files);
      for (const [p, text] of Object.entries(files)) {
        if (!/^\.github\/workflows\//.test(p)) continue;
        const digest = digestWorkflow({ path: p, text, repo, now: NOW });
        expect(structuredClone(digest)).toStrictEqual(digest);
        // JSON keeps it too (no Map, no undefined-only fields the lead would lose).
        expect(JSON.parse(JSON.stringify(digest))).toStrictEqual(digest);
        if (Object.values(digest.rules).some(o => o.ok && o.value.length > 0)) withFindings++;
      }
    }
    expect(withFindings).toBeGreaterThan(5);
  });

  test('a packed digest reads back as the digest, field by field, on every read', () => {
    let packedFindings = 0;
    for (const files of corpusRepos().values()) {
      const repo = repoFilesFromRecord(files);
      for (const [p, text] of Object.entries(files)) {
        if (!/^\.github\/workflows\//.test(p)) continue;
        const digest = digestWorkflow({ path: p, text, repo, now: NOW });
        const packed = packDigest(structuredClone(digest));
        for (const key of Object.keys(digest) as Array<keyof typeof digest>) {
          expect(packed[key]).toStrictEqual(digest[key]);
        }
        expect(Object.keys(packed.rules)).toEqual(Object.keys(digest.rules));
        for (const [id, outcome] of Object.entries(digest.rules)) {
          expect(packed.rules[id]).toStrictEqual(outcome);
          // A second read gives the same again (each read is a fresh copy).
          expect(packed.rules[id]).toStrictEqual(outcome);
          if (outcome.ok && outcome.value.length > 0) packedFindings++;
        }
        expect(packed.pullRequestExposure).toStrictEqual(digest.pullRequestExposure);
      }
    }
    expect(packedFindings).toBeGreaterThan(5);
  });

  test('records the secrets it took as not Fly tokens, and what the workflow says is one', () => {
    const text = workflowOf(deployJob('deploy', 'web', 'DEPLOY_KEY')).replace(
      'runs-on: ubuntu-latest',
      'runs-on: ubuntu-latest\n    env:\n      DB: ${{ secrets.DATABASE_URL }}'
    );
    const digest = digestWorkflow({
      path: '.github/workflows/a.yml',
      text,
      repo: repoFilesFromRecord({}),
      now: NOW
    });
    expect(digest.flyNotes.map(([name]) => name)).toContain('DEPLOY_KEY');
    expect(digest.assumedNotFly).toContain('DATABASE_URL');
    expect(digest.assumedNotFly).not.toContain('DEPLOY_KEY');
  });

  test('read through the checkout on disk, fly.toml gives the same digest as in memory', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ftg-digest-'));
    try {
      const text = workflowOf(deployJob('deploy', 'web', 'FLY_API_TOKEN')).replace(
        'flyctl deploy -a web',
        'flyctl deploy --config api/fly.toml'
      );
      mkdirSync(path.join(root, 'api'));
      writeFileSync(path.join(root, 'api/fly.toml'), 'app = "api-app"\n');
      const files = { '.github/workflows/d.yml': text, 'api/fly.toml': 'app = "api-app"\n' };
      const item = { path: '.github/workflows/d.yml', text };
      const fromDisk = digestWorkflow({
        path: item.path,
        text,
        repo: repoFilesOf(fsFileSource(root)),
        now: NOW
      });
      const inMemory = digestWorkflow({
        path: item.path,
        text,
        repo: repoFilesFromRecord(files),
        now: NOW
      });
      expect(fromDisk).toStrictEqual(inMemory);
      const uses = fromDisk.sharedToken.ok ? fromDisk.sharedToken.value.uses : [];
      expect(uses.flatMap(u => u.apps)).toEqual(['api-app']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('checkRepositoryDigests', () => {
  test('finds a Fly secret shared across two files, one finding per file', () => {
    const files = {
      '.github/workflows/api.yml': workflowOf(deployJob('api', 'api-app', 'FLY_API_TOKEN')),
      '.github/workflows/web.yml': workflowOf(deployJob('web', 'web-app', 'FLY_API_TOKEN'))
    };
    const shared = scanInPhases(files).findings.filter(f => f.rule === 'shared-token');
    expect(shared.map(f => f.location?.file)).toEqual([
      '.github/workflows/api.yml',
      '.github/workflows/web.yml'
    ]);
    for (const f of shared) expect(f.message).toContain('2 apps (api-app, web-app)');
    expect(shared[0]?.message).toContain('`api` uses it for api-app');
  });

  test('a secret made a Fly token by another workflow counts in every workflow', () => {
    // b.yml hands DEPLOY_KEY to flyctl; a.yml (digested first, alone) cannot know that.
    const a = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: ./release.sh
        env:
          KEY: \${{ secrets.DEPLOY_KEY }}
`;
    const files = {
      '.github/workflows/a.yml': a,
      '.github/workflows/b.yml': workflowOf(deployJob('deploy', 'web', 'DEPLOY_KEY'))
    };
    const alone = digestWorkflow({
      path: '.github/workflows/a.yml',
      text: a,
      repo: repoFilesFromRecord(files),
      now: NOW
    });
    expect(alone.assumedNotFly).toEqual(['DEPLOY_KEY']);
    expect(alone.rules['no-environment']).toEqual({ ok: true, value: [] });

    const phased = scanInPhases(files);
    expect(phased.reparsed).toEqual(['.github/workflows/a.yml']);
    const places = phased.findings
      .filter(f => f.rule === 'no-environment')
      .map(f => f.location?.file);
    expect(places).toEqual(['.github/workflows/a.yml', '.github/workflows/b.yml']);
  });

  test('untrusted-trigger follows a pull_request_target caller into its local callee', () => {
    const caller = `on: pull_request_target
jobs:
  call:
    uses: ./.github/workflows/build.yml
    with:
      sha: \${{ github.event.pull_request.head.sha }}
    secrets: inherit
`;
    const callee = `on:
  workflow_call:
    inputs:
      sha:
        type: string
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ inputs.sha }}
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
    const files = { '.github/workflows/pr.yml': caller, '.github/workflows/build.yml': callee };
    const phased = scanInPhases(files);
    const untrusted = phased.findings.filter(f => f.rule === 'untrusted-trigger');
    expect(untrusted).toHaveLength(1);
    expect(untrusted[0]?.severity).toBe('critical');
    expect(untrusted[0]?.message).toContain('.github/workflows/build.yml');
    expect(untrusted[0]?.location?.file).toBe('.github/workflows/pr.yml');
    // The callee's digest carried what the caller's verdict needed: nothing parsed twice.
    expect(phased.reparsed).toEqual([]);

    // Without `workflow_call` the callee is not summarised at first; it is digested again.
    const uncallable = {
      ...files,
      '.github/workflows/build.yml': callee.replace(/^on:[\s\S]*?jobs:/, 'on: push\njobs:')
    };
    const again = scanInPhases(uncallable);
    expect(again.reparsed).toEqual(['.github/workflows/build.yml']);
    const followed = again.findings.filter(f => f.rule === 'untrusted-trigger');
    expect(followed).toHaveLength(1);
    // The callee's checkout of the pull request head was seen through the second digest.
    expect(followed[0]?.severity).toBe('critical');
    expect(followed[0]?.message).toContain('.github/workflows/build.yml');
  });

  test('every scan rule has its place in the repository phase', () => {
    const files = {
      '.github/workflows/api.yml': workflowOf(deployJob('api', 'api-app', 'FLY_API_TOKEN'))
    };
    const phased = scanInPhases(files);
    expect(phased.errors).toEqual([]);
    expect(phased.findings.map(f => f.rule)).toContain('no-environment');
  });

  test('secrets-inherit sees the Fly secrets of a local callee from its digest', () => {
    const files = {
      '.github/workflows/main.yml': `on: push
jobs:
  call:
    uses: ./.github/workflows/deploy.yml
    secrets: inherit
`,
      '.github/workflows/deploy.yml': `on: workflow_call\njobs:${deployJob('deploy', 'web', 'PROD_FLY_TOKEN')}\n`
    };
    const inherit = scanInPhases(files).findings.filter(f => f.rule === 'secrets-inherit');
    expect(inherit).toHaveLength(1);
    expect(inherit[0]?.message).toContain('uses Fly secret `PROD_FLY_TOKEN`');
    expect(inherit[0]?.location?.file).toBe('.github/workflows/main.yml');
  });

  test('a failed summary stops only its rule, with the first failure in path order', () => {
    const files = {
      '.github/workflows/a.yml': `on: pull_request\njobs:${deployJob('a', 'a-app', 'FLY_API_TOKEN')}\n`,
      '.github/workflows/b.yml': `on: pull_request\njobs:${deployJob('b', 'b-app', 'FLY_API_TOKEN')}\n`,
      '.github/workflows/c.yml': `on: pull_request\njobs:${deployJob('c', 'c-app', 'FLY_API_TOKEN')}\n`
    };
    const repo = repoFilesFromRecord(files);
    const failing = new Map([
      ['.github/workflows/c.yml', 'c failed'],
      ['.github/workflows/b.yml', 'b failed']
    ]);
    const digests = Object.entries(files).map(([path, text]) => {
      const digest = digestWorkflow({ path, text, repo, now: NOW });
      const error = failing.get(path);
      if (error === undefined) return packDigest(digest);
      return packDigest({ ...digest, pullRequestExposure: { ok: false, error } });
    });
    const check = checkRepositoryDigests({
      digests: digests.reverse(),
      actions: [],
      hardcoded: { ok: true, value: [] },
      now: NOW,
      redigest: () => undefined
    });
    expect(check.errors).toEqual(['b failed']);
    expect(check.findings.filter(f => f.rule === 'pull-request-exposure')).toEqual([]);
    expect(check.findings.filter(f => f.rule === 'shared-token')).toHaveLength(3);
  });
});
