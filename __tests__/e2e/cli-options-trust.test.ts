// End-to-end: a token pasted into a CLI option where none belongs. Found by adversarial review:
// `fly-token-guard check --apps fo1_…` sent the pasted personal token to Fly as the path
// `/v1/apps/fo1_…` (the action refuses its `apps` input; the CLI did not). The CLI, against a Fly
// stand-in: exit code 2, the option named, its value never repeated, nothing sent.
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { findLeak, fragmentsOf, runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const TOKEN = vector('deploy_app').header_form;
const PERSONAL = vector('oauth_fo1_token').token;
const LEGACY = vector('legacy_personal_token').token;
const MACAROON_BODY = (vector('org_full').header_form.split(',')[0] ?? '').replace(
  /^FlyV1 fm2_/,
  ''
);

let fly: FlyStandIn;
beforeAll(async () => {
  fly = await startFlyStandIn();
});
afterAll(() => fly.close());

/** [case, the option refused, arguments]; FLY_URL/ stands for the stand-in's URL. */
const cases: Array<[string, string, string[]]> = [
  ['check --apps (fo1_)', '--apps', ['check', '--apps', PERSONAL, '--needs', 'deploy']],
  ['check --needs (legacy)', '--needs', ['check', '--apps', 'web', '--needs', LEGACY]],
  [
    'check --apps (body without label)',
    '--apps',
    ['check', '--apps', MACAROON_BODY, '--needs', 'deploy']
  ],
  [
    'check --fly-api-url (URL-encoded in the path)',
    '--fly-api-url',
    ['check', '--apps', 'web', '--needs', 'deploy', '--fly-api-url', 'FLY_URL/']
  ],
  ['attenuate --apps', '--apps', ['attenuate', '--apps', PERSONAL]],
  [
    'attenuate --command',
    '--command',
    ['attenuate', '--app-ids', '1', '--access', 'machine-exec', '--command', LEGACY]
  ]
];

describe('a token pasted into a CLI option', () => {
  it.each(cases)('%s: exit 2, the option named, nothing sent', async (_, option, template) => {
    const args = template.map(a =>
      a === 'FLY_URL/' ? `${fly.url}/${encodeURIComponent(PERSONAL)}` : a
    );
    if (!args.includes('--fly-api-url')) args.push('--fly-api-url', fly.url);
    args.push('--fly-graphql-url', fly.graphqlUrl);
    const before = fly.requests.length;
    const run = await runCli(args, { env: { FLY_API_TOKEN: TOKEN } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`${option} looks like it holds a Fly token`);
    expect(run.stdout).toBe('');
    expect(fly.requests.length).toBe(before);
    const secrets = [PERSONAL.replace(/^fo1_/, ''), LEGACY, MACAROON_BODY];
    expect(findLeak(run.stdout + run.stderr, fragmentsOf(secrets))).toBeUndefined();
  });

  it('ordinary options still work: the stand-in is asked', async () => {
    const before = fly.requests.length;
    const run = await runCli(
      [
        'check',
        '--apps',
        'web',
        '--needs',
        'deploy',
        '--fly-api-url',
        fly.url,
        '--fly-graphql-url',
        fly.graphqlUrl
      ],
      { env: { FLY_API_TOKEN: TOKEN } }
    );
    expect(run.stderr).not.toContain('looks like it holds a Fly token');
    expect(fly.requests.length).toBeGreaterThan(before);
  });
});
