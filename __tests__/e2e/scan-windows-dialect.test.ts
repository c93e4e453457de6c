// End to end through the CLI: a PowerShell step's `$token = fly auth token` is reported at its
// line (a bash reading saw the program `$token`), and a cmdlet-only step next to a job-level
// token is not "other code" (a bash reading called `Write-Host` a program).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-action.js';

const WORKFLOW = `on: push
jobs:
  deploy:
    runs-on: windows-latest
    env:
      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
    steps:
      - uses: superfly/flyctl-actions/setup-flyctl@master
      - run: |
          Write-Host "Deploying $env:GITHUB_SHA"
          $token = fly auth token
      - run: flyctl deploy --remote-only
`;

let workspace = '';
beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'ftg-pwsh-'));
  mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
  writeFileSync(path.join(workspace, '.github/workflows/deploy.yml'), WORKFLOW);
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

it('scan --json: fly-auth-token at the PowerShell line, no workflow-env-exposure', async () => {
  const run = await runCli(['scan', workspace, '--json', '--fail-on', 'never']);
  expect(run.exitCode).toBe(0);
  const report = JSON.parse(run.stdout) as {
    findings: Array<{ rule: string; line: number; column: number }>;
  };
  const rules = report.findings.map(f => f.rule);
  const authToken = report.findings.filter(f => f.rule === 'fly-auth-token');
  expect(authToken.map(f => `${f.line}:${f.column}`)).toEqual(['11:20']);
  expect(rules).not.toContain('workflow-env-exposure');
});
