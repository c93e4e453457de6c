// `fly-token-guard attenuate` as a unit: stdout carries the new header and nothing else, messages
// go to stderr without token text, exit 0 when done and 2 when refused or misused.
import { jest } from '@jest/globals';
import type { Dispatcher } from 'undici';
import { parseCliArgs } from '../../src/cli/args.js';
import { runAttenuateCli, runAttenuateCommand } from '../../src/cli/attenuate.js';
import type { CliContext } from '../../src/cli/main.js';
import { createFlyDispatcher } from '../../src/fly/dispatcher.js';
import { attenuate } from '../../src/token/attenuate/index.js';
import { startFlyStandIn, STAND_IN_CLOCK, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { vector } from '../support/vectors.js';
import { APP, leaksSecret } from './support.js';

const NOW_ISO = new Date(STAND_IN_CLOCK * 1000).toISOString();
const ORG_TOKEN = vector('org_full').header_form;

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function cli(
  argv: string[],
  token: string,
  extra: { dispatcher?: Dispatcher; env?: NodeJS.ProcessEnv } = {}
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const env = { FLY_API_TOKEN: token, FLY_TOKEN_GUARD_NOW: NOW_ISO, ...extra.env };
  const code = await runAttenuateCommand(parseCliArgs(['attenuate', ...argv]), env, true, {
    out: text => out.push(text),
    err: text => err.push(text),
    ...(extra.dispatcher ? { dispatcher: extra.dispatcher } : {})
  });
  return { code, out, err };
}

function expected(appIds: string[], ttlSeconds: number, access: 'deploy' | 'readonly' = 'deploy') {
  const result = attenuate(ORG_TOKEN, { appIds, access, ttlSeconds }, new Date(NOW_ISO));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('attenuate --app-ids', () => {
  it('prints only the new header on stdout and says what it can do on stderr', async () => {
    const run = await cli(['--app-ids', APP, '--ttl', '45m'], ORG_TOKEN);
    const want = expected([APP], 2700);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([want.header]);
    const err = run.err.join('\n');
    expect(err).toContain(`A deploy token, valid until ${want.expiresAt}.`);
    expect(err).toContain(`app id ${APP}: full control`);
    expect(leaksSecret(err, want.header)).toBe(false);
    expect(leaksSecret(err, ORG_TOKEN)).toBe(false);
  });

  it('defaults to a 30-minute deploy token; --access readonly needs no apps', async () => {
    expect((await cli(['--app-ids', APP], ORG_TOKEN)).out).toEqual([expected([APP], 1800).header]);
    const readonly = await cli(['--access', 'readonly', '--ttl', '2h'], ORG_TOKEN);
    expect(readonly.out).toEqual([expected([], 7200, 'readonly').header]);
    expect(readonly.err.join('\n')).toContain('A readonly token');
  });

  it('machine-exec with repeated --command', async () => {
    const run = await cli(
      [
        '--app-ids',
        APP,
        '--access',
        'machine-exec',
        '--command',
        'ls -la /data',
        '--command',
        'cat /etc/hosts'
      ],
      ORG_TOKEN
    );
    expect(run.code).toBe(0);
    expect(run.err.join('\n')).toContain(
      'commands on machines: only `ls -la /data`, `cat /etc/hosts`'
    );
  });
});

describe('refusals and usage errors exit 2 with nothing on stdout', () => {
  it.each<[string, string[], string, RegExp]>([
    [
      'a personal token',
      ['--app-ids', APP],
      vector('oauth_fo1_token').header_form,
      /personal tokens cannot be attenuated/
    ],
    [
      'another app than the deploy token has',
      ['--app-ids', '2020202'],
      vector('deploy_app').header_form,
      /cannot write app 2020202/
    ],
    ['no apps for deploy', [], ORG_TOKEN, /needs --apps NAME\[,NAME\] or --app-ids/],
    [
      'a bad ttl',
      ['--app-ids', APP, '--ttl', '3d'],
      ORG_TOKEN,
      /--ttl: the lifetime '3d' is not a duration/
    ],
    ['a ttl over a day', ['--app-ids', APP, '--ttl', '25h'], ORG_TOKEN, /out of range/],
    [
      'an unknown access',
      ['--app-ids', APP, '--access', 'root'],
      ORG_TOKEN,
      /--access must be one of/
    ],
    ['a stray positional', ['--app-ids', APP, 'extra'], ORG_TOKEN, /no positional arguments/],
    [
      'names while offline',
      ['--apps', 'acme-web', '--offline'],
      ORG_TOKEN,
      /pass --app-ids instead/
    ],
    ['no token at all', ['--app-ids', APP], '', /no token/]
  ])('%s', async (_name, argv, token, pattern) => {
    const run = await cli(argv, token);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err.join('\n')).toMatch(pattern);
    if (token) expect(leaksSecret(run.err.join('\n'), token)).toBe(false);
  });
});

describe('attenuate --apps (names looked up with the stand-in)', () => {
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

  function urls(): string[] {
    return ['--fly-api-url', standIn.url, '--fly-graphql-url', standIn.graphqlUrl];
  }

  it('resolves the names, prints the header, names the app on stderr', async () => {
    const run = await cli(['--apps', 'acme-web', ...urls()], ORG_TOKEN, { dispatcher });
    expect(run.code).toBe(0);
    expect(run.out).toEqual([expected([APP], 1800).header]);
    expect(run.err.join('\n')).toContain(`app acme-web (id ${APP}): full control`);
  });

  it('an app the token cannot see is a clear error', async () => {
    const run = await cli(['--apps', 'acme-api', ...urls()], vector('deploy_app').header_form, {
      dispatcher
    });
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err.join('\n')).toMatch(/could not find the id of app acme-api/);
  });
});

describe('runAttenuateCli (the CommandHandler for src/cli/main.ts)', () => {
  it('writes the header raw to stdout, not through the redacting context.out', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk));
      return true;
    });
    const redactedOut: string[] = [];
    const err: string[] = [];
    const context: CliContext = {
      args: parseCliArgs(['attenuate', '--app-ids', APP]),
      env: { FLY_TOKEN_GUARD_NOW: NOW_ISO },
      stdinIsTTY: true,
      out: text => redactedOut.push(text),
      err: text => err.push(text),
      token: () => ORG_TOKEN
    };
    try {
      expect(await runAttenuateCli(context)).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual([`${expected([APP], 1800).header}\n`]);
    expect(redactedOut).toEqual([]);
    expect(err.join('\n')).toContain('A deploy token');
  });
});
