// End-to-end: a token pasted into ANY input of action.yml but the three that hold secrets is an
// input error that names the input, never repeats the value and sends nothing, in every mode.
// The inputs come from action.yml itself, so an input a later change adds is covered too (the
// audit's `repositories`, `org`, `shard`, `reports`, `report-file` were once missed: a token in
// `repositories` was written into the audit report file).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SECRET_INPUTS } from '../../src/action/inputs.js';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { startOrgStandIn, type OrgStandIn } from '../support/github-org-stand-in.js';
import { findLeak, fragmentsOf, runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const PASTED = vector('org_readonly_from_existing_720h').header_form;
const GITHUB_TOKEN = 'ghs_inputs_every_trust_token_0123';

function actionInputs(): string[] {
  const yml = readFileSync('action.yml', 'utf8');
  const inputs = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
  return [...inputs.matchAll(/^ {2}([a-z-]+):$/gm)].map(m => m[1] ?? '');
}

let fly: FlyStandIn;
let github: OrgStandIn;
let workspace: string;
beforeAll(async () => {
  fly = await startFlyStandIn();
  github = await startOrgStandIn({
    org: 'acme',
    token: GITHUB_TOKEN,
    repositories: [{ name: 'shop', files: { 'README.md': 'shop\n' } }]
  });
  workspace = mkdtempSync(path.join(tmpdir(), 'ftg-inputs-every-'));
});
afterAll(async () => {
  await Promise.all([fly.close(), github.close()]);
  rmSync(workspace, { recursive: true, force: true });
});

function run(mode: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    workspace,
    inputs: {
      mode,
      token: vector('deploy_app').header_form,
      'fly-api-url': fly.url,
      'fly-graphql-url': fly.graphqlUrl,
      'github-token': GITHUB_TOKEN,
      ...inputs
    },
    env: { GITHUB_API_URL: github.url }
  });
}

function expectRefused(result: ActionRun, input: string): void {
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter(a => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]?.message).toContain(`Input '${input}'`);
  expect(errors[0]?.message).toContain('nothing was sent');
  expect(findLeak(result.everything, fragmentsOf([PASTED.replace(/^FlyV1 /, '')]))).toBeUndefined();
  expect(fly.requests).toEqual([]);
  expect(github.requests).toEqual([]);
}

describe('a token pasted into any input that holds no secret', () => {
  const checked = actionInputs().filter(name => !SECRET_INPUTS.includes(name));

  it('covers every input of action.yml but token, github-token and tokens', () => {
    expect(checked.length).toBeGreaterThan(20);
    expect(checked).toEqual(expect.arrayContaining(['repositories', 'org', 'report-file', 'apps']));
  });

  it.each(checked)('`%s` is refused by name, never echoed, nothing sent', async input => {
    const mode = input === 'mode' ? 'check' : 'audit';
    const result = await run(mode, { org: 'acme', [input]: PASTED });
    expectRefused(result, input);
  });

  it('audit: a token in `repositories` never reaches the report file', async () => {
    const result = await run('audit', {
      org: 'acme',
      repositories: `shop, ${PASTED}`,
      'report-file': 'audit.json'
    });
    expectRefused(result, 'repositories');
    const report = path.join(workspace, 'audit.json');
    if (existsSync(report)) {
      expect(
        findLeak(readFileSync(report, 'utf8'), fragmentsOf([PASTED.replace(/^FlyV1 /, '')]))
      ).toBeUndefined();
    }
    expect(existsSync(report)).toBe(false);
  });
});
