// End to end through the bundled CLI: on the tokens where the guard and Fly's Go library once
// disagreed (fixtures/vectors/library-differential), `inspect --json` and `check --offline` say
// what Fly's server would do with them.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/run-action.js';

const DIR = path.resolve(process.cwd(), '__tests__/fixtures/vectors/library-differential');

function headersOf(file: string): string[] {
  const entry = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as {
    header?: string;
    headers?: Record<string, string>;
  };
  return entry.header ? [entry.header] : Object.values(entry.headers ?? {});
}

interface Inspection {
  kind: string;
  orgAccess: string | null;
  problems: Array<{ code: string; message: string; fatal: boolean }>;
  formatting: Array<{ code: string; message: string }>;
  tokens: Array<{ pairedWith: number[] }>;
}

async function cli(
  args: string[],
  token: string
): Promise<{ exitCode: number | null; out: string }> {
  const run = await runCli(args, {
    env: { FLY_API_TOKEN: token, FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' }
  });
  return { exitCode: run.exitCode, out: run.stdout };
}

async function inspect(token: string): Promise<Inspection> {
  const { out } = await cli(['inspect', '--json'], token);
  return JSON.parse(out) as Inspection;
}

describe('tokens Fly rejects are reported as rejected', () => {
  it.each([
    'attestation-top-level-in-permission.json',
    'bind-to-parent-in-permission.json',
    'window-maxint64.json',
    'window-near-overflow.json'
  ])('%s: inspect shows the rejection, check fails', async file => {
    const [token] = headersOf(file) as [string];
    const inspection = await inspect(token);
    expect(inspection.kind).toBe('malformed');
    expect(inspection.orgAccess).toBeNull();
    expect(inspection.problems.map(p => [p.code, p.fatal])).toEqual([['rejected-by-fly', true]]);

    const check = await cli(['check', '--offline'], token);
    expect(check.exitCode).toBe(1);
    expect(check.out).toMatch(
      /malformed-token: The token cannot be used: Fly rejects permission token 1/
    );
  });
});

describe('tokens Fly accepts are accepted', () => {
  it('an undecodable extra piece after a valid pair is a formatting finding, not a failure', async () => {
    const [token] = headersOf('junk-piece-after-valid-pair.json') as [string];
    const inspection = await inspect(token);
    expect(inspection.kind).toBe('org');
    expect(inspection.orgAccess).toBe('rwcdC');
    expect(inspection.problems).toEqual([]);
    expect(inspection.formatting.map(f => f.code)).toContain('ignored-piece');

    const check = await cli(['check', '--offline'], token);
    expect(check.exitCode).toBe(0);
    expect(check.out).toMatch(/\[info\] token-formatting: .*piece 3 of 3 .*Fly's parser drops/);
    expect(check.out).not.toMatch(/malformed-token/);
  });

  it.each([
    ...headersOf('msgpack-str-bin-leniency.json').map((t, i) => [`str/bin variant ${i + 1}`, t]),
    ['a nil proof flag', ...headersOf('nonce-proof-nil.json')]
  ])('%s decodes as the org token it is', async (_what, token) => {
    const inspection = await inspect(token as string);
    expect(inspection.kind).toBe('org');
    expect(inspection.orgAccess).toBe('rwcdC');
    expect(inspection.problems).toEqual([]);

    const check = await cli(['check', '--offline'], token as string);
    expect(check.exitCode).toBe(0);
    expect(check.out).toMatch(/^Kind: +org:/m);
  });

  it('two discharges for one ticket: the first is used, so the token is a full org token', async () => {
    const [token] = headersOf('two-discharges-first-open.json') as [string];
    const inspection = await inspect(token);
    expect(inspection.kind).toBe('org');
    expect(inspection.orgAccess).toBe('rwcdC');
    expect(inspection.tokens.map(t => t.pairedWith)).toEqual([[1], [0], []]);

    const check = await cli(['check', '--offline', '--json'], token);
    expect((JSON.parse(check.out) as { token: Inspection }).token.kind).toBe('org');
  });
});
