// `mode: attenuate` as a unit: INPUT_* variables and the runner's files (GITHUB_OUTPUT, GITHUB_ENV,
// GITHUB_STEP_SUMMARY) as the runner provides them, standard output captured for the masking
// commands. The bundled dist/ run is the lead's end-to-end test.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import type { Dispatcher } from 'undici';
import { runAttenuateMode } from '../../src/action/attenuate-mode.js';
import { startDeadline } from '../../src/io/deadline.js';
import { InputError } from '../../src/action/inputs.js';
import { Publisher } from '../../src/action/publish.js';
import { createScrub } from '../../src/token/scrub.js';
import { createFlyDispatcher } from '../../src/fly/dispatcher.js';
import { attenuate } from '../../src/token/attenuate/index.js';
import { tokenFragments } from '../../src/token/index.js';
import { startFlyStandIn, STAND_IN_CLOCK, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { vector } from '../support/vectors.js';
import { APP, leaksSecret } from './support.js';

const NOW_ISO = new Date(STAND_IN_CLOCK * 1000).toISOString();
const savedEnv = { ...process.env };
let dir: string;
let stdout: string[];
let events: string[];

function files() {
  return {
    output: path.join(dir, 'output'),
    env: path.join(dir, 'env'),
    summary: path.join(dir, 'summary')
  };
}

/** `name=value` and `name<<DELIM ... DELIM` entries of a runner file. */
function readKeyValues(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!heredoc) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i] ?? '');
    out[heredoc[1] as string] = value.join('\n');
  }
  return out;
}

// One directory for the whole file: @actions/core caches the summary file's path.
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'attenuate-mode-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  for (const file of Object.values(files())) writeFileSync(file, '');
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('INPUT_') || key.startsWith('FLY_')) delete process.env[key];
  }
  process.env.GITHUB_OUTPUT = files().output;
  process.env.GITHUB_ENV = files().env;
  process.env.GITHUB_STEP_SUMMARY = files().summary;
  process.env.FLY_TOKEN_GUARD_NOW = NOW_ISO;
  stdout = [];
  events = [];
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    const text = String(chunk);
    stdout.push(text);
    // Snapshot what had reached the runner's files when each command was written.
    const written = readFileSync(files().output, 'utf8') + readFileSync(files().env, 'utf8');
    events.push(`${text.startsWith('::add-mask::') ? 'mask' : 'other'}:${written.length}`);
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
}

async function run(input: string, options: { dispatcher?: Dispatcher } = {}): Promise<void> {
  const redact = createScrub(tokenFragments(input));
  await runAttenuateMode(
    {
      token: { value: input, source: 'token input' },
      publisher: new Publisher(redact),
      redact,
      deadline: startDeadline(30_000)
    },
    options
  );
}

function masks(): string[] {
  return stdout
    .filter(s => s.startsWith('::add-mask::'))
    .map(s => s.slice('::add-mask::'.length).trim());
}

describe('offline, with app ids', () => {
  it('masks the new token first, then sets it as output and exports it, with kind and expiry', async () => {
    const input = vector('org_full').header_form;
    setInputs({ 'app-ids': APP, ttl: '30m', access: 'deploy', export: 'true', online: 'false' });
    await run(input);
    const expected = attenuate(
      input,
      { appIds: [APP], access: 'deploy', ttlSeconds: 1800 },
      new Date(NOW_ISO)
    );
    if (!expected.ok) throw new Error(expected.reason);

    const outputs = readKeyValues(files().output);
    expect(outputs.token).toBe(expected.header);
    expect(outputs.kind).toBe('deploy');
    expect(outputs['expires-at']).toBe(expected.expiresAt);
    expect(readKeyValues(files().env).FLY_API_TOKEN).toBe(expected.header);
    expect(process.exitCode).toBeUndefined();

    // Every fragment of the new token was masked, before anything reached the runner's files.
    expect(masks()).toEqual(expect.arrayContaining(tokenFragments(expected.header)));
    const firstOther = events.findIndex(e => e.startsWith('other'));
    const lastMask = events.map(e => e.startsWith('mask')).lastIndexOf(true);
    expect(lastMask).toBeLessThan(firstOther === -1 ? Infinity : firstOther);
    expect(events.filter(e => e.startsWith('mask')).every(e => e === 'mask:0')).toBe(true);

    // The summary says what it can do, never the token.
    const summary = readFileSync(files().summary, 'utf8');
    expect(summary).toMatch(
      /^## ✅ Fly token guard: \*\*attenuated\*\* — a `deploy` token for `\d+`, valid until \d{4}-\d\d-\d\d \d\d:\d\d UTC \(in 30 minutes\)/
    );
    expect(summary).toContain(`app id ${APP}: full control`);
    expect(summary).toContain('exported as `FLY_API_TOKEN`');
    const logs = stdout.filter(s => !s.startsWith('::add-mask::')).join('');
    for (const text of [summary, logs]) {
      expect(leaksSecret(text, expected.header)).toBe(false);
      expect(leaksSecret(text, input)).toBe(false);
    }
  });

  it('without export, sets the output only', async () => {
    setInputs({ 'app-ids': APP, online: 'false' });
    await run(vector('org_full').header_form);
    expect(readKeyValues(files().output).token).toMatch(/^FlyV1 fm2_/);
    expect(readFileSync(files().env, 'utf8')).toBe('');
    expect(readFileSync(files().summary, 'utf8')).toContain('set `export: true`');
  });

  it('warns when FLY_ACCESS_TOKEN would shadow the exported FLY_API_TOKEN', async () => {
    setInputs({ 'app-ids': APP, online: 'false', export: 'true' });
    process.env.FLY_ACCESS_TOKEN = 'set-by-the-workflow';
    await run(vector('org_full').header_form);
    expect(stdout.some(s => s.startsWith('::warning::') && s.includes('FLY_ACCESS_TOKEN'))).toBe(
      true
    );
  });

  it('machine-exec takes newline-separated commands (commas stay inside a command)', async () => {
    setInputs({
      'app-ids': APP,
      online: 'false',
      access: 'machine-exec',
      commands: 'ls -la /data\necho a,b\n'
    });
    await run(vector('org_full').header_form);
    expect(readKeyValues(files().output).kind).toBe('machine-exec');
    expect(readFileSync(files().summary, 'utf8')).toContain('`ls -la /data`, `echo a,b`');
  });

  it('app names without online lookup fail clearly', async () => {
    setInputs({ apps: 'acme-web', online: 'false' });
    await run(vector('org_full').header_form);
    expect(process.exitCode).toBe(1);
    expect(stdout.join('')).toMatch(/::error::App names need Fly's API.*app-ids/);
    expect(readKeyValues(files().output).token).toBeUndefined();
  });
});

describe('refusals and bad inputs', () => {
  it('a personal token fails the step with the reason, and nothing is output', async () => {
    setInputs({ 'app-ids': APP, online: 'false' });
    const input = vector('oauth_fo1_token').header_form;
    await run(input);
    expect(process.exitCode).toBe(1);
    const log = stdout.join('');
    expect(log).toMatch(
      /::error::Cannot attenuate the token: personal tokens cannot be attenuated/
    );
    expect(leaksSecret(log.replace(/::add-mask::.*\n?/g, ''), input)).toBe(false);
    expect(readFileSync(files().output, 'utf8')).toBe('');
  });

  it('a deploy token cannot be narrowed to another app', async () => {
    setInputs({ 'app-ids': '2020202', online: 'false' });
    await run(vector('deploy_app').header_form);
    expect(process.exitCode).toBe(1);
    expect(stdout.join('')).toMatch(
      /::error::Cannot attenuate the token: the token cannot write app 2020202/
    );
  });

  it.each([
    [{ ttl: '2d' }, /Input 'ttl': the lifetime '2d' is not a duration/],
    [{ ttl: '25h' }, /out of range/],
    [{ access: 'admin' }, /Input 'access' must be one of deploy, readonly, ssh, machine-exec/],
    [{ export: 'maybe' }, /Input 'export' must be true or false/]
  ])('input %j is an InputError', async (inputs, pattern) => {
    setInputs({ 'app-ids': APP, online: 'false', ...inputs });
    await expect(run(vector('org_full').header_form)).rejects.toThrow(InputError);
    await expect(run(vector('org_full').header_form)).rejects.toThrow(pattern);
  });

  it('no token is an InputError', async () => {
    setInputs({ 'app-ids': APP });
    await expect(run('  ')).rejects.toThrow(/No Fly token to attenuate/);
  });
});

describe('online: app names resolved by the Fly API (stand-in)', () => {
  let standIn: FlyStandIn;
  let dispatcher: Dispatcher;
  beforeEach(async () => {
    standIn = await startFlyStandIn();
    dispatcher = createFlyDispatcher({ httpProxy: '', httpsProxy: '', noProxy: '' });
  });
  afterEach(async () => {
    await dispatcher.close();
    await standIn.close();
  });

  it('resolves acme-web to its id and names it in the outputs and summary', async () => {
    setInputs({
      apps: 'acme-web',
      'fly-api-url': standIn.url,
      'fly-graphql-url': standIn.graphqlUrl
    });
    await run(vector('org_full').header_form, { dispatcher });
    const outputs = readKeyValues(files().output);
    expect(outputs.kind).toBe('deploy');
    expect(outputs.apps).toBe('acme-web');
    expect(readFileSync(files().summary, 'utf8')).toContain(
      `app acme-web (id ${APP}): full control`
    );
    // The new token works against the stand-in for acme-web.
    const response = await fetch(`${standIn.url}/v1/apps/acme-web`, {
      headers: { authorization: outputs.token! }
    });
    await response.arrayBuffer();
    expect(response.status).toBe(200);
  });

  it('fails clearly when the token cannot see the app', async () => {
    setInputs({
      apps: 'acme-api',
      'fly-api-url': standIn.url,
      'fly-graphql-url': standIn.graphqlUrl
    });
    await run(vector('deploy_app').header_form, { dispatcher });
    expect(process.exitCode).toBe(1);
    expect(stdout.join('')).toMatch(/::error::Could not find the id of app acme-api/);
  });
});
