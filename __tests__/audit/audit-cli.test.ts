// The org audit end to end: the bundled CLI against a GitHub stand-in on 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  blobSha,
  startOrgStandIn,
  type OrgStandIn,
  type StandInRepository
} from '../support/github-org-stand-in.js';
import { committedToken, generatedRepository, mixedOrganization } from './fixtures.js';

const CLI = path.resolve('dist/cli/index.js');
const GITHUB_TOKEN = 'ghs_audit_standin_token_0123456789';

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_TOKEN,
        FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z',
        ...env
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
  org: string;
  complete: boolean;
  shard: { index: number; count: number } | null;
  repositories: Array<{
    repo: string;
    flySecrets: string[];
    findings: Array<{
      rule: string;
      severity: string;
      message: string;
      file: string | null;
      line: number | null;
    }>;
    skipped: string | null;
  }>;
  crossRepository: { sharedSecretNames: Array<{ name: string; repositories: string[] }> };
  summary: { bySeverity: Record<string, number>; byRule: Record<string, number> };
}

async function audit(
  standIn: OrgStandIn,
  extra: string[] = []
): Promise<{ run: CliRun; report: ReportJson }> {
  const run = await runCli([
    'audit',
    '--org',
    'acme',
    '--json',
    '--github-api-url',
    standIn.url,
    ...extra
  ]);
  return { run, report: JSON.parse(run.stdout) as ReportJson };
}

describe('audit --org against a GitHub stand-in', () => {
  let standIn: OrgStandIn;
  let result: { run: CliRun; report: ReportJson };
  beforeAll(async () => {
    standIn = await startOrgStandIn({
      org: 'acme',
      token: GITHUB_TOKEN,
      repositories: mixedOrganization(),
      pageSize: 5
    });
    result = await audit(standIn);
  });
  afterAll(() => standIn.close());

  it('lists every repository once, sorted by full name, paging through the listing', () => {
    const names = result.report.repositories.map(r => r.repo);
    expect(names).toEqual(
      [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))
    );
    expect(new Set(names).size).toBe(mixedOrganization().length);
    const pages = standIn.requests.filter(r => r.path.startsWith('/orgs/acme/repos'));
    expect(pages.length).toBe(Math.ceil(mixedOrganization().length / 5));
  });

  it('gives every repository GitHub cannot serve a reason, and never fails on it', () => {
    const reason = (name: string): string | null =>
      result.report.repositories.find(r => r.repo === `acme/${name}`)?.skipped ?? null;
    expect(reason('empty')).toMatch(/empty/);
    expect(reason('gone')).toMatch(/404/);
    expect(reason('secret-stuff')).toMatch(/403/);
    expect(reason('huge-monorepo')).toMatch(/truncated/);
    expect(reason('old')).toMatch(/archived/);
    expect(reason('forked')).toMatch(/fork/);
    expect(reason('service-0001')).toBeNull();
    expect(result.report.complete).toBe(true);
  });

  it('finds what the scan finds, and names the Fly secrets each repository uses', () => {
    const repo = (name: string) => result.report.repositories.find(r => r.repo === `acme/${name}`);
    expect(repo('service-0001')?.flySecrets).toEqual(['FLY_API_TOKEN']);
    expect(repo('review-apps')?.findings.map(f => f.rule)).toContain('untrusted-trigger');
    expect(repo('leaky')?.findings.map(f => f.rule)).toContain('hardcoded-token');
    expect(repo('no-fly')?.findings).toEqual([]);
    expect(result.report.crossRepository.sharedSecretNames.map(s => s.name)).toContain(
      'FLY_API_TOKEN'
    );
  });

  it('reads one listing, one tree per repository and only the files the scan needs', () => {
    const trees = standIn.requests.filter(r => r.path.includes('/git/trees/'));
    const blobs = standIn.requests.filter(r => r.path.includes('/git/blobs/'));
    const pages = standIn.requests.filter(r => r.path.startsWith('/orgs/'));
    expect(standIn.requests.length).toBe(pages.length + trees.length + blobs.length);
    // Archived repositories and forks are not read at all.
    expect(trees.some(r => r.path.includes('/old/') || r.path.includes('/forked/'))).toBe(false);
    // A generated repository: its workflow and fly.toml, never README.md or src/index.js.
    const of = (name: string): string[] =>
      blobs
        .filter(r => r.path.startsWith(`/repos/acme/${name}/`))
        .map(r => r.path.split('/').pop() ?? '');
    const service = generatedRepository(1);
    expect(of(service.name).sort()).toEqual(
      [
        blobSha(service.files?.['.github/workflows/deploy.yml'] ?? ''),
        blobSha(service.files?.['fly.toml'] ?? '')
      ].sort()
    );
    expect(of('no-fly')).toEqual([]);
  });

  it('never reads a symlink and never prints a token or file content', () => {
    const everything = result.run.stdout + result.run.stderr;
    expect(everything).not.toContain(
      committedToken()
        .replace(/^FlyV1 /, '')
        .slice(0, 40)
    );
    expect(everything).not.toContain(GITHUB_TOKEN);
    expect(everything).not.toContain('/proc/self/environ');
    expect(
      result.report.repositories
        .find(r => r.repo === 'acme/linky')
        ?.findings.every(f => f.file !== '.github/workflows/environ.yml')
    ).toBe(true);
  });

  it('exits 1 on findings at or above --fail-on (default high)', () => {
    expect(result.run.code).toBe(1);
  });
});

describe('audit findings equal a local scan of the same files', () => {
  it('matches `scan --json` repository by repository', async () => {
    const repositories = mixedOrganization().filter(
      r => r.files && !r.treeStatus && !r.truncated && !r.archived && !r.fork
    );
    const standIn = await startOrgStandIn({ org: 'acme', token: GITHUB_TOKEN, repositories });
    try {
      const { report } = await audit(standIn);
      const dir = mkdtempSync(path.join(tmpdir(), 'ftg-audit-'));
      try {
        for (const repo of repositories) {
          const root = path.join(dir, repo.name);
          for (const [file, text] of Object.entries(repo.files ?? {})) {
            mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
            writeFileSync(path.join(root, file), text);
          }
          mkdirSync(root, { recursive: true });
          const local = await runCli(['scan', root, '--json']);
          const scanned = (JSON.parse(local.stdout) as { findings: unknown[] }).findings;
          const audited = report.repositories.find(r => r.repo === `acme/${repo.name}`)?.findings;
          expect({ repo: repo.name, findings: audited }).toEqual({
            repo: repo.name,
            findings: scanned
          });
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      await standIn.close();
    }
  });
});

describe('sharded audits', () => {
  it('partition the repositories and merge to the unsharded report', async () => {
    const repositories: StandInRepository[] = Array.from({ length: 23 }, (_, i) =>
      generatedRepository(i)
    );
    const standIn = await startOrgStandIn({
      org: 'acme',
      token: GITHUB_TOKEN,
      repositories,
      pageSize: 10
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'ftg-shards-'));
    try {
      const whole = await audit(standIn);
      const files: string[] = [];
      const seen: string[] = [];
      for (let i = 1; i <= 4; i++) {
        const part = await audit(standIn, ['--shard', `${i}/4`]);
        expect(part.report.shard).toEqual({ index: i, count: 4 });
        seen.push(...part.report.repositories.map(r => r.repo));
        const file = path.join(dir, `shard-${i}.json`);
        writeFileSync(file, part.run.stdout);
        files.push(file);
      }
      expect(seen.sort()).toEqual(whole.report.repositories.map(r => r.repo).sort());
      expect(new Set(seen).size).toBe(seen.length);
      const merged = await runCli(['audit', 'merge', ...files, '--json']);
      const mergedReport = JSON.parse(merged.stdout) as ReportJson;
      expect(mergedReport.repositories).toEqual(whole.report.repositories);
      expect(mergedReport.summary).toEqual(whole.report.summary);
      expect(mergedReport.complete).toBe(true);
      const partial = await runCli(['audit', 'merge', ...files.slice(0, 3), '--json']);
      expect(partial.code).toBe(3);
      expect((JSON.parse(partial.stdout) as { notes: string[] }).notes.join(' ')).toMatch(
        /shard 4 of 4 missing/
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await standIn.close();
    }
  });
});

describe('rate limits and deadlines', () => {
  it('waits out a secondary rate limit (403 + retry-after) and finishes', async () => {
    const standIn = await startOrgStandIn({
      org: 'acme',
      token: GITHUB_TOKEN,
      repositories: [generatedRepository(1), generatedRepository(2)],
      secondaryLimitOn: [2],
      retryAfterSeconds: 1
    });
    try {
      const { run, report } = await audit(standIn);
      expect(report.complete).toBe(true);
      expect(report.repositories.every(r => r.skipped === null)).toBe(true);
      expect(standIn.requests.some(r => r.status === 403)).toBe(true);
      expect(run.code).toBe(0);
    } finally {
      await standIn.close();
    }
  });

  it('stops when the primary rate limit is used up, names what was not read, exits 3', async () => {
    const repositories = Array.from({ length: 6 }, (_, i) => generatedRepository(i));
    const standIn = await startOrgStandIn({
      org: 'acme',
      token: GITHUB_TOKEN,
      repositories,
      rateLimit: 4,
      rateResetSeconds: 7200
    });
    try {
      const { run, report } = await audit(standIn);
      expect(run.code).toBe(3);
      expect(report.complete).toBe(false);
      const notRead = report.repositories.filter(r => r.skipped?.includes('rate limit'));
      expect(notRead.length).toBeGreaterThan(0);
    } finally {
      await standIn.close();
    }
  });

  it('ends at the deadline when GitHub never answers a tree, and says which repositories were not read', async () => {
    const standIn = await startOrgStandIn({
      org: 'acme',
      token: GITHUB_TOKEN,
      repositories: [generatedRepository(1), { ...generatedRepository(2), hangTree: true }]
    });
    try {
      const { run, report } = await audit(standIn, ['--timeout-seconds', '2']);
      expect(run.code).toBe(3);
      expect(report.repositories.find(r => r.repo === 'acme/service-0002')?.skipped).toMatch(
        /deadline/
      );
      expect(report.repositories.find(r => r.repo === 'acme/service-0001')?.skipped).toBeNull();
    } finally {
      await standIn.close();
    }
  }, 20000);
});

describe('audit usage errors', () => {
  it.each([
    [['audit'], /--org/],
    [['audit', '--org', 'acme', '--shard', '5/4'], /shard/],
    [['audit', '--org', 'acme', '--github-api-url', 'http://example.com'], /https/],
    [['audit', 'merge'], /report files/]
  ])('%j exits 2 with a one-line reason', async (args, reason) => {
    const run = await runCli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason as RegExp);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the org does not exist', async () => {
    const standIn = await startOrgStandIn({ org: 'acme', token: GITHUB_TOKEN, repositories: [] });
    try {
      const run = await runCli(['audit', '--org', 'nobody', '--github-api-url', standIn.url]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/not found/);
    } finally {
      await standIn.close();
    }
  });
});
