// The token never appears in anything we write: every vector through the action (offline and
// online, with Fly echoing the token back and misbehaving) and through the CLI.
import path from 'node:path';
import { startFlyStandIn } from '../support/fly-api-stand-in.js';
import { findLeak, fragmentsOf, runAction, runCli } from '../support/run-action.js';
import { loadVectors } from '../support/vectors.js';

const SHOP = path.resolve('__tests__/fixtures/repos/shop');
const ENV = {
  GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
  GITHUB_JOB: 'deploy-web',
  FLY_TOKEN_GUARD_NOW: '2025-07-09T10:38:03Z'
};

describe.each(loadVectors().map(v => [v.name, v] as const))(
  'no token fragment leaks: %s',
  (_name, entry) => {
    const fragments = fragmentsOf([entry.token, entry.header_form]);

    it('offline action run', async () => {
      const run = await runAction({
        workspace: SHOP,
        inputs: { token: entry.header_form, online: 'false' },
        env: ENV
      });
      expect(findLeak(run.everything, fragments)).toBeUndefined();
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    it('online action run with Fly echoing the token in errors and retrying', async () => {
      const fly = await startFlyStandIn({ echoTokenInErrors: true });
      try {
        fly.setMisbehaviour('graphql', { kind: 'status', status: 502, times: 1 });
        const run = await runAction({
          workspace: SHOP,
          inputs: {
            token: entry.header_form,
            'fly-api-url': fly.url,
            'fly-graphql-url': fly.graphqlUrl,
            apps: 'acme-web,acme-api'
          },
          env: ENV
        });
        expect(findLeak(run.everything, fragments)).toBeUndefined();
      } finally {
        await fly.close();
      }
    });

    it('CLI inspect and check (text and JSON)', async () => {
      for (const args of [
        ['inspect'],
        ['inspect', '--json'],
        ['check', '--offline', '--apps', 'acme-web'],
        ['check', '--offline', '--json']
      ]) {
        const viaEnv = await runCli(args, {
          env: { FLY_API_TOKEN: entry.header_form, FLY_TOKEN_GUARD_NOW: ENV.FLY_TOKEN_GUARD_NOW }
        });
        const viaStdin = await runCli(args, { stdin: entry.header_form });
        for (const run of [viaEnv, viaStdin]) {
          expect(findLeak(run.stdout + run.stderr, fragments)).toBeUndefined();
          expect([0, 1, 2]).toContain(run.exitCode);
        }
      }
    });
  }
);
