// The action's check on a job whose workflow is in the workspace but cannot be read says why,
// not "not in the workspace" (over 1 MiB) or "not found" (a file that is not YAML), and is never
// a pass. End to end through `node dist/index.js` with GITHUB_WORKFLOW_REF / GITHUB_JOB.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const WORKFLOW = '.github/workflows/deploy.yml';

describe('action check: a workflow in the workspace that cannot be read', () => {
  let workspace = '';
  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-unreadable-wf-'));
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  const check = (text: string): Promise<ActionRun> => {
    writeFileSync(path.join(workspace, WORKFLOW), text);
    return runAction({
      workspace,
      inputs: { token: vector('deploy_app').header_form, online: 'false' },
      env: { GITHUB_WORKFLOW_REF: `acme/shop/${WORKFLOW}@refs/heads/main`, GITHUB_JOB: 'deploy' }
    });
  };

  it('over 1 MiB: named as not read, never "not in the workspace"', async () => {
    const deploy =
      'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: fly deploy\n';
    const run = await check(`on: push\n${'#'.repeat(1024 * 1024)}\n${deploy}`);
    expect(run.summary).toContain('is in the workspace but was not read');
    expect(run.summary).not.toContain('is not in the workspace');
    expect(run.outputs.verdict).not.toBe('pass');
  });

  it('not YAML: the reason, never "was not found"', async () => {
    const run = await check('on: push\njobs: [unclosed\n  deploy: {\n');
    expect(run.summary).toMatch(/deploy\.yml` could not be read \(/);
    expect(run.summary).not.toContain('was not found in');
    expect(run.outputs.verdict).not.toBe('pass');
  });
});
