// Which lines a pull request changed: from the event, GitHub's patches or git diff.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  changedLinesOfDiff,
  changedLinesOfPatch,
  changedLinesOfPullFiles,
  isChangedLine,
  pullRequestOf,
  repositoryOf,
  resolveChangedLines,
  type PullRequestRef
} from '../../src/engine/pr-changes.js';
import { createGitHubClient } from '../../src/github/client.js';
import { listPullRequestFiles } from '../../src/github/pull-files.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

describe('pullRequestOf', () => {
  const payload = {
    number: 7,
    pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD } }
  };

  test('reads the number and shas of pull_request and pull_request_target events', () => {
    expect(pullRequestOf('pull_request', payload, 'acme/shop')).toEqual({
      owner: 'acme',
      repo: 'shop',
      number: 7,
      baseSha: BASE,
      headSha: HEAD
    });
    expect(pullRequestOf('pull_request_target', payload, 'acme/shop')?.number).toBe(7);
  });

  test('null for other events and unusable payloads', () => {
    expect(pullRequestOf('push', payload, 'acme/shop')).toBeNull();
    expect(pullRequestOf('pull_request', {}, 'acme/shop')).toBeNull();
    expect(pullRequestOf('pull_request', payload, undefined)).toBeNull();
    expect(pullRequestOf('pull_request', 'not json', 'acme/shop')).toBeNull();
    expect(pullRequestOf('pull_request', payload, 'acme/shop/extra')).toBeNull();
  });
});

describe('repositoryOf', () => {
  test('GITHUB_REPOSITORY as owner and repo', () => {
    expect(repositoryOf('acme/shop')).toEqual({ owner: 'acme', repo: 'shop' });
  });

  test('undefined when unset or not exactly owner/repo', () => {
    for (const value of [
      undefined,
      '',
      'acme',
      'acme/',
      '/shop',
      'acme/shop/extra',
      'ac me/shop'
    ]) {
      expect(repositoryOf(value)).toBeUndefined();
    }
  });
});

describe('patch parsing', () => {
  test('added and changed lines of the new side', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' a',
      '-b',
      '+B',
      '+C',
      ' d',
      '@@ -10 +11,2 @@',
      '+x',
      '+y'
    ].join('\n');
    expect([...changedLinesOfPatch(patch)]).toEqual([2, 3, 11, 12]);
  });

  test('a git diff with several files, a new file and a deleted one', () => {
    const diff = `diff --git a/src/a.yml b/src/a.yml
index 1..2 100644
--- a/src/a.yml
+++ b/src/a.yml
@@ -4 +4 @@ x
-old
+new
diff --git a/new.txt b/new.txt
new file mode 100644
--- /dev/null
+++ b/new.txt
@@ -0,0 +1,2 @@
+1
+2
diff --git a/gone.txt b/gone.txt
deleted file mode 100644
--- a/gone.txt
+++ /dev/null
@@ -1 +0,0 @@
-bye
`;
    const changes = changedLinesOfDiff(diff);
    expect([...changes.keys()]).toEqual(['src/a.yml', 'new.txt']);
    expect(isChangedLine(changes, 'src/a.yml', 4)).toBe(true);
    expect(isChangedLine(changes, 'src/a.yml', 5)).toBe(false);
    expect(isChangedLine(changes, 'new.txt', 99)).toBe(true);
    expect(isChangedLine(changes, 'gone.txt', 1)).toBe(false);
  });

  test('GitHub file entries: added files and missing patches count whole', () => {
    const changes = changedLinesOfPullFiles([
      { filename: 'a.yml', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
      { filename: 'b.yml', status: 'added', patch: '@@ -0,0 +1 @@\n+x' },
      { filename: 'big.txt', status: 'modified' },
      { filename: 'old.yml', status: 'removed' }
    ]);
    expect(changes.get('a.yml')).toEqual(new Set([1]));
    expect(changes.get('b.yml')).toBe('all');
    expect(changes.get('big.txt')).toBe('all');
    expect(changes.has('old.yml')).toBe(false);
  });
});

describe('listPullRequestFiles and resolveChangedLines', () => {
  let server: Server;
  let url = '';
  let status = 200;
  const seen: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push(request.url ?? '');
      if (status !== 200) {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
        return;
      }
      const page = new URL(request.url ?? '/', 'http://x').searchParams.get('page') ?? '1';
      const files =
        page === '1'
          ? [
              {
                filename: '.github/workflows/ci.yml',
                status: 'modified',
                patch: '@@ -3 +3,2 @@\n+a\n+b'
              }
            ]
          : [{ filename: 'new.txt', status: 'added' }];
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (page === '1') {
        headers.link = `<${url}/repos/acme/shop/pulls/7/files?per_page=100&page=2>; rel="next"`;
      }
      response.writeHead(200, headers);
      response.end(JSON.stringify(files));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>(resolve => server.close(() => resolve()));
  });

  const pr: PullRequestRef = {
    owner: 'acme',
    repo: 'shop',
    number: 7,
    baseSha: BASE,
    headSha: HEAD
  };

  test('reads every page of the pull request’s files', async () => {
    status = 200;
    const client = createGitHubClient('t', { baseUrl: url });
    const result = await listPullRequestFiles(client, {
      owner: 'acme',
      repo: 'shop',
      pullNumber: 7
    });
    expect(result).toEqual({
      ok: true,
      files: [
        {
          filename: '.github/workflows/ci.yml',
          status: 'modified',
          patch: '@@ -3 +3,2 @@\n+a\n+b'
        },
        { filename: 'new.txt', status: 'added', patch: undefined }
      ]
    });
    expect(seen.some(u => u.startsWith('/repos/acme/shop/pulls/7/files'))).toBe(true);
  });

  test('uses the API first; falls back to git when the API refuses', async () => {
    status = 200;
    const client = createGitHubClient('t', { baseUrl: url });
    const pullFiles = () =>
      listPullRequestFiles(client, { owner: 'acme', repo: 'shop', pullNumber: 7 });
    const api = await resolveChangedLines(pr, { pullFiles, gitDiff: () => '' });
    expect(api.source).toBe('api');
    expect(isChangedLine(api.changes ?? new Map(), '.github/workflows/ci.yml', 4)).toBe(true);

    status = 403;
    const gitDiff = (base: string): string | undefined =>
      base === BASE ? 'diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n' : undefined;
    const fallback = await resolveChangedLines(pr, { pullFiles, gitDiff });
    expect(fallback.source).toBe('git');
    expect(fallback.notes[0]).toMatch(/GitHub answered 403/);
    expect(isChangedLine(fallback.changes ?? new Map(), 'x', 1)).toBe(true);
  });

  test('says so when neither source is available', async () => {
    const none = await resolveChangedLines({ ...pr, baseSha: null }, {});
    expect(none).toEqual({
      changes: null,
      source: null,
      notes: [expect.stringMatching(/no finding is marked as new/)]
    });
  });
});
