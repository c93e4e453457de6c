// The token never appears in anything we write, whatever the token, the form it is given in and
// the channel it goes through:
// - every vector × every channel, in process (src/, the code the bundles hold; the token from
//   the environment: standard input is the bundles' part);
// - the bundles themselves (`node dist/index.js`, `node dist/cli/index.js`) on a property-based
//   sample of vector × form for every channel, standard input included;
// - every vector at once through the bundled action's health mode, offline and online.
// Fly echoes the token back in its errors and fails once, so the retry path is covered too.
import fc from 'fast-check';
import path from 'node:path';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { runActionInProcess, runCliInProcess } from '../support/in-process.js';
import {
  findLeak,
  fragmentsOf,
  runAction,
  runCli,
  type ActionRun,
  type ActionRunOptions
} from '../support/run-action.js';
import { loadVectors, type VectorEntry } from '../support/vectors.js';

const SHOP = path.resolve('__tests__/fixtures/repos/shop');
const NOW = '2025-07-09T10:38:03Z';
const ENV = {
  GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
  GITHUB_JOB: 'deploy-web',
  FLY_TOKEN_GUARD_NOW: NOW
};
const CLI_COMMANDS = [
  ['inspect'],
  ['inspect', '--json'],
  ['check', '--offline', '--apps', 'acme-web'],
  ['check', '--offline', '--json']
];

/** How a user may hand over a token: as flyctl prints it, bare, or pasted with whitespace. */
const FORMS: Record<string, (v: VectorEntry) => string> = {
  header: v => v.header_form,
  bare: v => v.token,
  pasted: v => `  ${v.header_form}\n`
};

const vectors = loadVectors();
const fragmentsFor = (v: VectorEntry): Set<string> => fragmentsOf([v.token, v.header_form]);

let fly: FlyStandIn;

beforeAll(async () => {
  fly = await startFlyStandIn({ echoTokenInErrors: true });
});

afterAll(async () => {
  await fly.close();
});

/** The action's inputs for a check, offline or online against the echoing stand-in. */
function checkRun(token: string, online: boolean): ActionRunOptions {
  if (online) fly.setMisbehaviour('graphql', { kind: 'status', status: 502, times: 1 });
  return {
    workspace: SHOP,
    inputs: online
      ? {
          token,
          'fly-api-url': fly.url,
          'fly-graphql-url': fly.graphqlUrl,
          apps: 'acme-web,acme-api'
        }
      : { token, online: 'false' },
    env: ENV
  };
}

function expectNoLeak(text: string, entry: VectorEntry): void {
  expect(findLeak(text, fragmentsFor(entry))).toBeUndefined();
}

function expectCleanAction(run: ActionRun, entry: VectorEntry): void {
  expectNoLeak(run.everything, entry);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe.each(vectors.map(v => [v.name, v] as const))(
  'no token fragment leaks, in process: %s',
  (_name, entry) => {
    it('action check, offline and online', async () => {
      for (const online of [false, true]) {
        const run = await runActionInProcess(checkRun(entry.header_form, online));
        expectCleanAction(run, entry);
        // The check really ran: it reached a verdict (or refused the token with a message).
        expect(run.outputs.verdict ?? run.annotations[0]?.message).toBeTruthy();
        // Its log was captured.
        expect(run.stdout).not.toBe('');
      }
    });

    it('CLI inspect and check, text and JSON', async () => {
      for (const args of CLI_COMMANDS) {
        const run = await runCliInProcess(args, {
          env: { FLY_API_TOKEN: entry.header_form, FLY_TOKEN_GUARD_NOW: NOW }
        });
        expectNoLeak(run.stdout + run.stderr, entry);
        expect([0, 1, 2]).toContain(run.exitCode);
        expect(run.stdout + run.stderr).not.toBe('');
      }
    });
  }
);

describe('no token fragment leaks from the bundles (sampled: vector × form per channel)', () => {
  const sample = fc.record({
    entry: fc.constantFrom(...vectors),
    form: fc.constantFrom(...Object.keys(FORMS))
  });
  const sampled = (check: (token: string, entry: VectorEntry) => Promise<void>) =>
    fc.assert(
      fc.asyncProperty(sample, ({ entry, form }) => check(FORMS[form]!(entry), entry)),
      { numRuns: 2 }
    );

  it.each([
    ['offline', false],
    ['online', true]
  ])('node dist/index.js check, %s', async (_label, online) => {
    await sampled(async (token, entry) =>
      expectCleanAction(await runAction(checkRun(token, online)), entry)
    );
  });

  it.each(
    CLI_COMMANDS.flatMap(args => [
      [args.join(' '), 'env', args] as const,
      [args.join(' '), 'stdin', args] as const
    ])
  )('node dist/cli/index.js %s, token from %s', async (_label, channel, args) => {
    await sampled(async (token, entry) => {
      const run =
        channel === 'env'
          ? await runCli(args, { env: { FLY_API_TOKEN: token, FLY_TOKEN_GUARD_NOW: NOW } })
          : await runCli(args, { stdin: token, env: { FLY_TOKEN_GUARD_NOW: NOW } });
      expectNoLeak(run.stdout + run.stderr, entry);
      expect([0, 1, 2]).toContain(run.exitCode);
    });
  });
});

describe('no token fragment leaks from the bundled health mode, every vector in one run', () => {
  const env: Record<string, string> = {};
  vectors.forEach((v, i) => (env[`FLY_VECTOR_${i}`] = v.header_form));
  const inputs = { mode: 'health', tokens: Object.keys(env).join(', ') };

  it.each([
    ['offline', { online: 'false' }],
    ['online', {}]
  ])('%s', async (_label, extra) => {
    const online = !('online' in extra);
    if (online) fly.setMisbehaviour('graphql', { kind: 'status', status: 502, times: 1 });
    const run = await runAction({
      inputs: {
        ...inputs,
        ...extra,
        ...(online ? { 'fly-api-url': fly.url, 'fly-graphql-url': fly.graphqlUrl } : {})
      },
      env: { ...env, FLY_TOKEN_GUARD_NOW: NOW }
    });
    // One report row per token: every vector really went through.
    expect(JSON.parse(run.outputs.report ?? '[]')).toHaveLength(vectors.length);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    for (const entry of vectors) expectNoLeak(run.everything, entry);
  });
});
