// The scan engine on real directories: git or a walk, limits, skipped files, the ignore file,
// new findings on changed lines, and no token text in anything it returns.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runScan } from '../../src/engine/scan.js';
import { fsFileSource } from '../../src/engine/fs-source.js';
import { fsScanIo } from '../../src/engine/scan-io.js';
import { fragmentsOf, findLeak } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const NOW = new Date('2026-01-01T00:00:00Z');

const DEPLOY = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

let dirs: string[] = [];

function repo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ftg-scan-'));
  dirs.push(root);
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  });
}

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('runScan', () => {
  test('walks a plain directory: workflows, actions, fly.toml and text files', () => {
    const token = vector('deploy_app').token;
    const root = repo({
      '.github/workflows/deploy.yml': DEPLOY,
      'deploy/action.yml':
        'runs:\n  using: composite\n  steps:\n    - run: flyctl auth token\n      shell: bash\n',
      'fly.toml': 'app = "web"\n',
      'scripts/env.sh': `export FLY_API_TOKEN='${token}'\n`,
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])
    });
    const report = runScan({ root, now: NOW });
    expect(report.workflowsScanned).toBe(1);
    expect(report.filesScanned).toBe(4);
    expect(report.findings.map(f => `${f.rule} ${f.location?.file}`).sort()).toEqual([
      'fly-auth-token deploy/action.yml',
      'hardcoded-token scripts/env.sh',
      'no-environment .github/workflows/deploy.yml'
    ]);
    expect(report.verdict).toBe('fail');
    expect(report.newCount).toBeNull();
    expect(report.notes).toContain(
      'Skipped 1 binary file (not text, so no token literal to find).'
    );
    expect(findLeak(JSON.stringify(report), fragmentsOf([token]))).toBeUndefined();
  });

  test('in a git repository, files git ignores are not scanned', () => {
    const token = vector('org_full').token;
    const root = repo({
      '.gitignore': 'secrets/\n',
      '.github/workflows/deploy.yml': DEPLOY,
      'secrets/local.env': `FLY_API_TOKEN=${token}\n`,
      'untracked.txt': 'no token here\n'
    });
    git(root, 'init', '-q');
    git(root, 'add', '.gitignore', '.github');
    git(root, 'commit', '-q', '-m', 'init');
    expect(fsFileSource(root).list()).toEqual({
      paths: ['.github/workflows/deploy.yml', '.gitignore', 'untracked.txt']
    });
    const report = runScan({ root, now: NOW });
    expect(report.findings.map(f => f.rule)).toEqual(['no-environment']);
  });

  test('max-files caps the workflows modelled; every file is still checked for tokens', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`.github/workflows/w${i}.yml`] = DEPLOY;
    for (let i = 0; i < 8; i++) files[`a${i}.txt`] = 'text\n';
    files['z-last.env'] = `FLY_API_TOKEN=${vector('deploy_app').header_form}\n`;
    const report = runScan({ root: repo(files), maxFiles: 2, now: NOW });
    expect(report.filesScanned).toBe(14);
    expect(report.workflowsScanned).toBe(2);
    expect(report.notes.join('\n')).toMatch(
      /Stopped at max-files: the rules model 2 of 5 .*the other 3 were still checked for committed tokens/s
    );
    expect(
      report.findings.filter(f => f.rule === 'hardcoded-token').map(f => f.location?.file)
    ).toEqual(['z-last.env']);
  });

  test('files above 1 MiB are skipped with a note', () => {
    const root = repo({ 'big.log': 'x'.repeat(1024 * 1024 + 1), 'small.txt': 'ok\n' });
    const report = runScan({ root, now: NOW });
    expect(report.filesScanned).toBe(1);
    expect(report.notes).toContain('Skipped 1 file larger than 1 MiB: `big.log`.');
  });

  test('the ignore file and inline comments silence findings and are counted', () => {
    const token = vector('deploy_app').token;
    const root = repo({
      '.fly-token-guard-ignore': 'fixtures/**  hardcoded-token\nnot/ Bad_Id\n',
      'fixtures/token.txt': token,
      '.github/workflows/deploy.yml': DEPLOY.replace(
        '  deploy:',
        '  deploy: # fly-token-guard: ignore[no-environment]'
      )
    });
    const report = runScan({ root, now: NOW });
    expect(report.findings).toEqual([]);
    expect(report.ignoredCount).toBe(2);
    expect(report.verdict).toBe('pass');
    expect(report.notes.join('\n')).toContain('.fly-token-guard-ignore:2: not a rule id');
  });

  test('findings on changed lines are new and come first', () => {
    const text = `on: push
env:
  FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy
`;
    const root = repo({ '.github/workflows/deploy.yml': text });
    const changes = new Map([['.github/workflows/deploy.yml', new Set([5])]]);
    const report = runScan({ root, now: NOW, changes });
    expect(report.findings.map(f => [f.rule, f.isNew])).toEqual([
      ['no-environment', true],
      ['workflow-env-exposure', false]
    ]);
    expect(report.newCount).toBe(1);
  });

  test('token text quoted by any rule is redacted from the report', () => {
    const token = vector('org_bare_single').token;
    const text = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - uses: someone/deploy@${token}
        with:
          fly-token: \${{ secrets.FLY_API_TOKEN }}
`;
    const report = runScan({ root: repo({ '.github/workflows/deploy.yml': text }), now: NOW });
    expect(report.findings.map(f => f.rule).sort()).toEqual([
      'hardcoded-token',
      'unknown-needs',
      'unpinned-action'
    ]);
    // The action given the token is out of sight, and named with its token-like ref redacted.
    expect(report.findings.find(f => f.rule === 'unknown-needs')?.message).toContain(
      'could not see: someone/deploy@[redacted]'
    );
    expect(report.findings.find(f => f.rule === 'unpinned-action')?.message).toContain(
      '[redacted]'
    );
    expect(findLeak(JSON.stringify(report), fragmentsOf([token]))).toBeUndefined();
  });
});

describe('fsFileSource.read', () => {
  test('files under a directory that is not there are missing; every other file reads as before', () => {
    const root = repo({
      'services/web/fly.toml': 'app = "web"\n',
      'notes.txt': 'plain\n',
      'elsewhere/fly.toml': 'app = "elsewhere"\n'
    });
    symlinkSync('elsewhere', path.join(root, 'linked'));
    symlinkSync('nowhere', path.join(root, 'dangling'));
    const source = fsFileSource(root);
    // Asked in the order needs inference asks: the missing directory first, then under it.
    expect(source.read('services/api/package.json')).toEqual({ skipped: 'missing' });
    expect(source.read('services/api/fly.toml')).toEqual({ skipped: 'missing' });
    expect(source.read('services/api/fly.toml/fly.toml')).toEqual({ skipped: 'missing' });
    expect(source.read('services/api/deeper/still/fly.toml')).toEqual({ skipped: 'missing' });
    expect(source.read('services/web/package.json')).toEqual({ skipped: 'missing' });
    expect(source.read('services/web/fly.toml')).toEqual({ text: 'app = "web"\n' });
    expect(source.read('notes.txt/fly.toml')).toEqual({ skipped: 'missing' });
    expect(source.read('notes.txt/deeper/fly.toml')).toEqual({ skipped: 'missing' });
    expect(source.read('notes.txt')).toEqual({ text: 'plain\n' });
    // A regular file taken as a directory (`--config services/web/fly.toml`): nothing under it,
    // and the file itself still reads.
    expect(source.read('services/web/fly.toml/fly.toml')).toEqual({ skipped: 'missing' });
    expect(source.read('services/web/fly.toml')).toEqual({ text: 'app = "web"\n' });
    expect(source.read('linked/fly.toml')).toEqual({ text: 'app = "elsewhere"\n' });
    expect(source.read('dangling/fly.toml')).toEqual({ skipped: 'missing' });
  });

  test('a directory link on the way is resolved, however deep, before and after real reads', () => {
    const outside = repo({ 'secret.yml': 'token: outside\n', 'sub/secret.yml': 'deeper\n' });
    const root = repo({
      'a/b/plain.yml': 'inside\n',
      'a/b/c/plain.yml': 'deeper inside\n',
      'elsewhere/sub/fly.toml': 'app = "elsewhere"\n'
    });
    symlinkSync(outside, path.join(root, 'a/out'));
    symlinkSync(outside, path.join(root, 'a/b/c/out'));
    symlinkSync(path.join(root, 'elsewhere'), path.join(root, 'a/b/in'));
    const source = fsFileSource(root);
    expect(source.read('a/b/plain.yml')).toEqual({ text: 'inside\n' });
    expect(source.read('a/out/secret.yml')).toEqual({ skipped: 'outside' });
    expect(source.read('a/out/sub/secret.yml')).toEqual({ skipped: 'outside' });
    expect(source.read('a/b/c/plain.yml')).toEqual({ text: 'deeper inside\n' });
    expect(source.read('a/b/c/out/secret.yml')).toEqual({ skipped: 'outside' });
    expect(source.read('a/b/c/out/sub/secret.yml')).toEqual({ skipped: 'outside' });
    expect(source.read('a/b/in/sub/fly.toml')).toEqual({ text: 'app = "elsewhere"\n' });
    expect(source.read('a/b/in/sub/missing.toml')).toEqual({ skipped: 'missing' });
  });
});

describe('fsScanIo.diff', () => {
  test('diffs the checked-out commit against a base commit; undefined for an unknown commit', () => {
    const root = repo({ 'a.txt': 'one\ntwo\n' });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    const base = git(root, 'rev-parse', 'HEAD').trim();
    writeFileSync(path.join(root, 'a.txt'), 'one\nTWO\nthree\n');
    git(root, 'commit', '-q', '-am', 'change');
    expect(fsScanIo.diff(root, base)).toMatch(/^@@ -2 \+2,2 @@/m);
    expect(fsScanIo.diff(root, 'f'.repeat(40))).toBeUndefined();
    expect(fsScanIo.diff(root, '--output=x')).toBeUndefined();
  });

  test("runs none of the repository's programs (filters, diff drivers)", () => {
    const root = repo({ 'a.txt': 'one\ntwo\n', '.gitattributes': '* filter=evil diff=evil\n' });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    const base = git(root, 'rev-parse', 'HEAD').trim();
    writeFileSync(path.join(root, 'a.txt'), 'one\nTWO\n');
    git(root, 'commit', '-q', '-am', 'change');
    writeFileSync(path.join(root, 'a.txt'), 'work tree only\n');
    // A config an earlier step could have written: each program leaves a file with its env.
    const ran = path.join(root, 'ran');
    const program = `sh -c 'env >> "${ran}"; cat'`;
    for (const key of ['filter.evil.clean', 'filter.evil.smudge', 'diff.evil.textconv']) {
      git(root, 'config', key, program);
    }
    git(root, 'config', 'diff.evil.command', program);
    const diff = fsScanIo.diff(root, base);
    expect(diff).toMatch(/^\+TWO$/m);
    expect(diff).not.toMatch(/work tree only/);
    expect(existsSync(ran)).toBe(false);
  });
});
