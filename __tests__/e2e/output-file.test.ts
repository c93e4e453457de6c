// A pull request controls what lies in the checkout: a committed symlink where the workflow asks
// for the SARIF file (or at a folder on its path) must not make the action write outside it.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../support/run-action.js';

const WORKFLOW = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

describe('output files never leave the workspace through a committed link', () => {
  let dir: string;
  let workspace: string;
  let outside: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ftg-output-'));
    workspace = path.join(dir, 'ws');
    outside = path.join(dir, 'outside');
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(workspace, '.github/workflows/deploy.yml'), WORKFLOW);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a folder that is a link out of the workspace', async () => {
    symlinkSync(outside, path.join(workspace, 'reports'));
    const run = await runAction({
      workspace,
      inputs: { mode: 'scan', 'sarif-file': 'reports/scan.sarif' }
    });
    expect(existsSync(path.join(outside, 'scan.sarif'))).toBe(false);
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find(a => a.level === 'error')?.message).toMatch(
      /sarif-file.*leaves the workspace/
    );
  });

  it('refuses a file that is a link, and leaves its target alone', async () => {
    const victim = path.join(outside, 'victim.txt');
    writeFileSync(victim, 'untouched');
    symlinkSync(victim, path.join(workspace, 'scan.sarif'));
    const run = await runAction({
      workspace,
      inputs: { mode: 'scan', 'sarif-file': 'scan.sarif' }
    });
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(run.annotations.find(a => a.level === 'error')?.message).toMatch(
      /sarif-file.*symbolic link/
    );
  });

  it('still writes a plain path inside the workspace', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'scan', 'sarif-file': 'out/scan.sarif' }
    });
    expect(run.outputs['sarif-file']).toBe('out/scan.sarif');
    expect(JSON.parse(readFileSync(path.join(workspace, 'out/scan.sarif'), 'utf8'))).toMatchObject({
      version: '2.1.0'
    });
  });
});
