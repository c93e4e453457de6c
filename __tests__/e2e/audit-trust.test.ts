// End-to-end: `mode: audit` writes its report file like every other file the action writes. A
// committed symlink at `report-file` (or at a folder on its path) is never written through, and
// every string of the report passes the scrub: repositories anyone in the org can push to choose
// file names, and a token form in one must not reach the report (an artifact people download).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEPLOY_WORKFLOW } from '../audit/fixtures.js';
import { startOrgStandIn, type OrgStandIn } from '../support/github-org-stand-in.js';
import { findLeak, fragmentsOf, runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const GITHUB_TOKEN = 'ghs_audit_trust_token_abcdefghij';
/** A personal token of the fo1_ form, as a committed file's name. */
const FO1 = vector('oauth_fo1_token').token;

let github: OrgStandIn;
let scratch: string;
beforeAll(async () => {
  github = await startOrgStandIn({
    org: 'acme',
    token: GITHUB_TOKEN,
    repositories: [
      {
        name: 'named-by-token',
        files: { [`.github/workflows/${FO1}.yml`]: DEPLOY_WORKFLOW, 'fly.toml': 'app = "web"\n' }
      }
    ]
  });
});
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'ftg-audit-trust-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));
afterAll(() => github.close());

function audit(workspace: string, reportFile: string): Promise<ActionRun> {
  return runAction({
    workspace,
    inputs: {
      mode: 'audit',
      org: 'acme',
      'github-token': GITHUB_TOKEN,
      'fail-on': 'never',
      'report-file': reportFile
    },
    env: { GITHUB_API_URL: github.url }
  });
}

describe('audit report-file: never written through a committed link', () => {
  it('a folder on the path that links out of the workspace is refused; nothing lands outside', async () => {
    const workspace = path.join(scratch, 'ws');
    const outside = path.join(scratch, 'outside');
    mkdirSync(workspace);
    mkdirSync(outside);
    symlinkSync(outside, path.join(workspace, 'reports'));
    const run = await audit(workspace, 'reports/audit.json');
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find(a => a.level === 'error')?.message).toContain('report-file');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a report-file that is itself a link to a file outside is refused; the file is untouched', async () => {
    const workspace = path.join(scratch, 'ws');
    mkdirSync(workspace);
    const victim = path.join(scratch, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    symlinkSync(victim, path.join(workspace, 'audit.json'));
    const run = await audit(workspace, 'audit.json');
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find(a => a.level === 'error')?.message).toContain('symbolic link');
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
  });
});

describe('audit report-file: every string passes the scrub', () => {
  it('a token form in a committed file name never reaches the report file', async () => {
    const workspace = path.join(scratch, 'ws');
    mkdirSync(workspace);
    const run = await audit(workspace, 'audit.json');
    expect(run.exitCode).toBe(0);
    const file = path.join(workspace, 'audit.json');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    const report = JSON.parse(text) as {
      repositories: Array<{ repo: string; findings: Array<{ file: string | null }> }>;
    };
    // The repository was read and its workflow has findings: the path was there to leak.
    const findings = report.repositories[0]?.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some(f => f.file?.startsWith('.github/workflows/') === true)).toBe(true);
    expect(findLeak(text, fragmentsOf([FO1.replace(/^fo1_/, '')]))).toBeUndefined();
    expect(findLeak(run.everything, fragmentsOf([FO1.replace(/^fo1_/, '')]))).toBeUndefined();
  });
});
