// The org audit against a hostile or broken GitHub, end to end through the bundled CLI: answers
// that are not what GitHub sends (null, objects for lists, HTML), pagination that loops or leaves
// the API's host, rate limits that cannot be waited out, and a server that echoes the token it
// was sent. Each ends in a report that says what was not read (or a one-line error), never a
// crash, a request to another host, a token in the output, or "no findings" for unread code.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  blobSha,
  startOrgStandIn,
  type OrgStandIn,
  type OrgStandInOptions
} from '../support/github-org-stand-in.js';
import { findLeak, fragmentsOf, runAction } from '../support/run-action.js';
import { DEPLOY_WORKFLOW, generatedRepository } from './fixtures.js';

const CLI = path.resolve('dist/cli/index.js');
const GITHUB_TOKEN = 'ghs_hostile_standin_token_0123456789';

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], token = GITHUB_TOKEN): Promise<CliRun> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_TOKEN: token,
        FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z'
      },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

interface ReportJson {
  complete: boolean;
  notes: string[];
  repositories: Array<{ repo: string; skipped: string | null; findings: unknown[] }>;
}

/** A listing entry as GitHub sends it. */
function listed(name: string, owner = 'acme'): Record<string, unknown> {
  return {
    name,
    full_name: `${owner}/${name}`,
    owner: { login: owner },
    default_branch: 'main',
    archived: false,
    fork: false
  };
}

const standIns: OrgStandIn[] = [];
async function github(
  answer: OrgStandInOptions['answer'],
  token = GITHUB_TOKEN
): Promise<OrgStandIn> {
  const repositories = [generatedRepository(1), generatedRepository(2)];
  const standIn = await startOrgStandIn({ org: 'acme', token, repositories, answer });
  standIns.push(standIn);
  return standIn;
}
afterEach(async () => {
  await Promise.all(standIns.splice(0).map(s => s.close()));
});

async function audit(
  standIn: OrgStandIn,
  extra: string[] = [],
  token = GITHUB_TOKEN
): Promise<CliRun> {
  return runCli(['audit', '--org', 'acme', '--github-api-url', standIn.url, ...extra], token);
}

function reportOf(run: CliRun): ReportJson {
  return JSON.parse(run.stdout) as ReportJson;
}

function expectNoCrash(run: CliRun): void {
  expect(run.stderr).not.toMatch(/\n\s+at |TypeError|RangeError|Cannot read properties/);
}

describe('a repository listing GitHub would never send', () => {
  it('entries that are not repositories of the org are counted, never crash, and make the report incomplete', async () => {
    const standIn = await github(request =>
      request.kind === 'list'
        ? {
            body: [
              null,
              42,
              listed('service-0001'),
              listed('..'),
              listed('x/../../y'),
              listed('service-0002', 'someone-else')
            ]
          }
        : undefined
    );
    const run = await audit(standIn, ['--json']);
    expectNoCrash(run);
    expect(run.code).toBe(3);
    const report = reportOf(run);
    expect(report.complete).toBe(false);
    expect(report.repositories.map(r => r.repo)).toEqual(['acme/service-0001']);
    expect(report.notes.join(' ')).toMatch(/5 entries of GitHub's repository list were not/);
    // Nothing was asked for a repository the listing did not name properly.
    expect(standIn.requests.filter(r => r.path.includes('/trees/')).map(r => r.path)).toEqual([
      '/repos/acme/service-0001/git/trees/main?recursive=1'
    ]);
  });

  it('a listing page that is not a list is an error, not an org without repositories', async () => {
    const standIn = await github(request =>
      request.kind === 'list' ? { body: { repositories: [listed('service-0001')] } } : undefined
    );
    const run = await audit(standIn, ['--json']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/not a list/);
  });

  it('a next link back to an earlier page stops the listing: each repository once, incomplete', async () => {
    const standIn = await github(request =>
      request.kind === 'list'
        ? {
            body: [listed('service-0001'), listed('service-0002')],
            headers: { link: `<${request.origin}/orgs/acme/repos?page=1>; rel="next"` }
          }
        : undefined
    );
    const run = await audit(standIn, ['--json']);
    expectNoCrash(run);
    expect(run.code).toBe(3);
    const report = reportOf(run);
    expect(report.repositories.map(r => r.repo)).toEqual([
      'acme/service-0001',
      'acme/service-0002'
    ]);
    expect(report.repositories.every(r => r.skipped === null)).toBe(true);
    expect(report.notes.join(' ')).toMatch(/pointed back to a page already read/);
    expect(standIn.requests.filter(r => r.path.startsWith('/orgs/')).length).toBeLessThanOrEqual(3);
    // Each repository's tree was read once, not once per page that repeated it.
    expect(standIn.requests.filter(r => r.path.includes('/trees/')).length).toBe(2);
  });

  it('pages that repeat a repository list it, and read it, once', async () => {
    const standIn = await github(request =>
      request.kind === 'list'
        ? {
            body: [listed('service-0001'), listed('SERVICE-0002')],
            headers: {
              link:
                request.page < 3
                  ? `<${request.origin}/orgs/acme/repos?page=${request.page + 1}>; rel="next"`
                  : ''
            }
          }
        : undefined
    );
    const run = await audit(standIn, ['--json']);
    expectNoCrash(run);
    const report = reportOf(run);
    expect(report.repositories.map(r => r.repo.toLowerCase())).toEqual([
      'acme/service-0001',
      'acme/service-0002'
    ]);
    expect(report.complete).toBe(true);
    expect(standIn.requests.filter(r => r.path.includes('/trees/')).length).toBe(2);
  });
});

describe('GitHub pointing elsewhere', () => {
  it('a next link to another host is never followed: the token stays home', async () => {
    const elsewhere = await github(() => ({ body: [] }));
    const standIn = await github(request =>
      request.kind === 'list'
        ? {
            body: [listed('service-0001')],
            headers: { link: `<${elsewhere.url}/orgs/acme/repos?page=2>; rel="next"` }
          }
        : undefined
    );
    const run = await audit(standIn, ['--json']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/another host, which was not contacted/);
    expect(elsewhere.requests).toEqual([]);
  });

  it('a tree redirected to another host is not followed; the repository says why', async () => {
    const elsewhere = await github(() => ({ body: {} }));
    const standIn = await github(request =>
      request.kind === 'tree' && request.path.includes('service-0002')
        ? { status: 301, headers: { location: `${elsewhere.url}/steal` } }
        : undefined
    );
    const run = await audit(standIn, ['--json']);
    expectNoCrash(run);
    const report = reportOf(run);
    expect(report.repositories.find(r => r.repo === 'acme/service-0002')?.skipped).toMatch(
      /another host, which was not contacted/
    );
    expect(report.repositories.find(r => r.repo === 'acme/service-0001')?.skipped).toBeNull();
    expect(elsewhere.requests).toEqual([]);
  });
});

describe('trees and blobs GitHub would never send', () => {
  it.each([
    ['null', { body: null }],
    ['an object without a tree', { body: { sha: 'f'.repeat(40) } }],
    ['a tree that is an object', { body: { truncated: false, tree: {} } }],
    ['HTML', { raw: '<html>Unicorn!</html>' }]
  ])(
    'a tree answer that is %s: the repository is skipped as unreadable, never "audited"',
    async (_, answer) => {
      const standIn = await github(request =>
        request.kind === 'tree' && request.path.includes('service-0002') ? answer : undefined
      );
      const run = await audit(standIn, ['--json']);
      expectNoCrash(run);
      const report = reportOf(run);
      expect(report.repositories.find(r => r.repo === 'acme/service-0002')?.skipped).toMatch(
        /not a tree/
      );
      expect(
        report.repositories.find(r => r.repo === 'acme/service-0001')?.findings.length
      ).toBeGreaterThan(0);
    }
  );

  it('tree entries that are null are passed over without a crash', async () => {
    const standIn = await github(request =>
      request.kind === 'tree' ? { body: { truncated: false, tree: [null, 7] } } : undefined
    );
    const run = await audit(standIn, ['--json']);
    expectNoCrash(run);
    expect(reportOf(run).repositories).toHaveLength(2);
  });

  it('a blob answer of null: the repository is skipped with the file named', async () => {
    const standIn = await github(request => (request.kind === 'blob' ? { body: null } : undefined));
    const run = await audit(standIn, ['--json']);
    expectNoCrash(run);
    const report = reportOf(run);
    expect(report.repositories.map(r => r.skipped)).toEqual([
      expect.stringMatching(/has no content/),
      expect.stringMatching(/has no content/)
    ]);
  });
});

describe('file sizes', () => {
  it('a blob far larger than its tree entry says is not kept, and the repository says it was not read', async () => {
    const huge = `${DEPLOY_WORKFLOW}#${'x'.repeat(2 * 1024 * 1024)}\n`;
    const standIn = await github(request =>
      request.kind === 'blob' && request.path.endsWith(blobSha(DEPLOY_WORKFLOW))
        ? { body: { encoding: 'base64', content: Buffer.from(huge).toString('base64') } }
        : undefined
    );
    const run = await audit(standIn, ['--json']);
    expectNoCrash(run);
    const report = JSON.parse(run.stdout) as {
      repositories: Array<{
        skipped: string | null;
        notes: string[];
        findings: Array<{ file: string | null }>;
      }>;
    };
    for (const entry of report.repositories) {
      expect(entry.skipped).toBeNull();
      expect(entry.notes.join(' ')).toMatch(
        /larger than 1 MiB: `\.github\/workflows\/deploy\.yml`/
      );
      expect(entry.findings.some(f => f.file === '.github/workflows/deploy.yml')).toBe(false);
    }
  });
});

describe('rate limits that cannot be waited out', () => {
  it.each([
    ['far past any date', '99999999999999'],
    ['garbage', 'soon']
  ])('x-ratelimit-reset %s: stops as rate-limited, exit 3, no crash', async (_, reset) => {
    const standIn = await github(request =>
      request.kind === 'tree'
        ? {
            status: 403,
            body: { message: 'API rate limit exceeded' },
            headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
          }
        : undefined
    );
    const run = await audit(standIn, ['--json']);
    expectNoCrash(run);
    expect(run.code).toBe(3);
    const report = reportOf(run);
    expect(report.complete).toBe(false);
    expect(report.repositories.every(r => /rate limit/.test(r.skipped ?? ''))).toBe(true);
  });

  it('a secondary limit on every tree with a retry-after past the deadline: incomplete, never "forbidden"', async () => {
    const standIn = await github(request =>
      request.kind === 'tree'
        ? {
            status: 403,
            body: { message: 'You have exceeded a secondary rate limit.' },
            headers: { 'retry-after': '999999' }
          }
        : undefined
    );
    const run = await audit(standIn, ['--json', '--timeout-seconds', '30']);
    expectNoCrash(run);
    expect(run.code).toBe(3);
    const report = reportOf(run);
    expect(report.complete).toBe(false);
    expect(report.repositories.every(r => /rate limit/.test(r.skipped ?? ''))).toBe(true);
    expect(run.stdout).not.toMatch(/forbidden/);
  });
});

describe('a GitHub that echoes the token it was sent', () => {
  it.each([['--json'], ['--markdown'], ['--sarif'], []])(
    'never prints it (%j), whatever field it comes back in',
    async (...format) => {
      const bare = (authorization: string): string => authorization.replace(/^\S+\s+/, '');
      const standIn = await github(request => {
        const token = bare(request.authorization);
        if (request.kind === 'list') {
          return { body: [{ ...listed(token), default_branch: token }, listed('service-0001')] };
        }
        if (request.kind === 'tree' && request.path.includes(token)) {
          return { status: 404, body: { message: `no such repository for token ${token}` } };
        }
        return undefined;
      });
      const run = await audit(standIn, format);
      expectNoCrash(run);
      // The echoed repository was asked for (so the echo reached the report's material).
      expect(standIn.requests.some(r => r.path.includes(GITHUB_TOKEN))).toBe(true);
      expect(run.stdout).not.toContain(GITHUB_TOKEN);
      expect(run.stderr).not.toContain(GITHUB_TOKEN);
      expect(run.stdout.length).toBeGreaterThan(0);
    }
  );

  it('nor in the one-line error when the listing itself fails, whatever the token looks like', async () => {
    // A GitHub Enterprise token of the old form (40 hex digits): no GitHub token shape to catch.
    const token = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4';
    const standIn = await github(
      request => ({
        status: 400,
        body: { message: `upstream refused ${request.authorization.replace(/^\S+\s+/, '')}` }
      }),
      token
    );
    const run = await audit(standIn, ['--json'], token);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/GitHub answered 400/);
    expect(run.stderr).not.toContain(token);
  });
});

describe('audit merge with hostile shard files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ftg-hostile-shards-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const shardReport = (shard: unknown): string =>
    JSON.stringify({ schemaVersion: 1, org: 'acme', shard, complete: true, repositories: [] });

  it.each([
    ['a count past any matrix', { index: 1, count: 1e12 }],
    ['a fractional count', { index: 1, count: 1.5 }],
    ['an index past the count', { index: 7, count: 4 }],
    ['a count that is text', { index: 1, count: 'Infinity' }]
  ])('a shard with %s is refused with a one-line reason', async (_, shard) => {
    const file = path.join(dir, 'shard.json');
    writeFileSync(file, shardReport(shard));
    const run = await runCli(['audit', 'merge', file, '--json']);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"shard" must be null or/);
    expect(run.stdout).toBe('');
  });

  it('a FIFO is refused at once, not waited on', async () => {
    const fifo = path.join(dir, 'shard.json');
    execFileSync('mkfifo', [fifo]);
    const run = await runCli(['audit', 'merge', fifo, '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a regular file/);
  });

  it('a file larger than any report is refused without being read', async () => {
    const huge = path.join(dir, 'shard.json');
    writeFileSync(huge, '');
    truncateSync(huge, 65 * 1024 * 1024);
    const run = await runCli(['audit', 'merge', huge, '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/larger than 64 MiB/);
  });

  it('a repository twice in one shard is refused, naming it', async () => {
    const file = path.join(dir, 'shard.json');
    const entry = {
      repo: 'acme/a',
      defaultBranch: 'main',
      flySecrets: [],
      findings: [],
      skipped: null
    };
    writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 1, org: 'acme', shard: null, repositories: [entry, entry] })
    );
    const run = await runCli(['audit', 'merge', file, '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/acme\/a is listed twice/);
  });
});

describe('mode: audit against a hostile GitHub', () => {
  let workspace: string;
  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-hostile-action-'));
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('a listing that loops and trees of garbage: the action warns incomplete, writes no token, never crashes', async () => {
    const standIn = await github(request => {
      const token = request.authorization.replace(/^\S+\s+/, '');
      if (request.kind === 'list') {
        return {
          body: [
            listed('service-0001'),
            null,
            { ...listed('service-0002'), default_branch: token }
          ],
          headers: { link: `<${request.origin}/orgs/acme/repos?page=1>; rel="next"` }
        };
      }
      if (request.kind === 'tree' && request.path.includes('service-0002')) return { body: null };
      return undefined;
    });
    const run = await runAction({
      workspace,
      inputs: {
        mode: 'audit',
        org: 'acme',
        'github-token': GITHUB_TOKEN,
        'fail-on': 'never',
        'report-file': 'audit.json'
      },
      env: { GITHUB_API_URL: standIn.url }
    });
    expect(run.stderr).not.toMatch(/\n\s+at |unexpected error/);
    expect(run.outputs.complete).toBe('false');
    expect(run.outputs.verdict).toBe('warn');
    const written = readFileSync(path.join(workspace, 'audit.json'), 'utf8');
    const report = JSON.parse(written) as ReportJson;
    expect(report.repositories.find(r => r.repo === 'acme/service-0002')?.skipped).toMatch(
      /not a tree/
    );
    expect(report.notes.join(' ')).toMatch(/pointed back to a page already read/);
    expect(findLeak(run.everything + written, fragmentsOf([GITHUB_TOKEN]))).toBeUndefined();
  });
});
