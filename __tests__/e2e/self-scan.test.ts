// The repository's own self-check (.github/workflows/self-check.yml) scans this checkout with the
// bundled action: it must pass, or every pull request to this repository would fail.
import { runCli } from '../support/run-action.js';

test('this repository passes its own scan at the default fail-on', async () => {
  const run = await runCli(['scan', '.', '--json']);
  const report = JSON.parse(run.stdout) as {
    verdict: string;
    findings: Array<{ rule: string; file: string }>;
  };
  expect(report.findings).toEqual([]);
  expect(report.verdict).toBe('pass');
  expect(run.exitCode).toBe(0);
}, 120_000);
