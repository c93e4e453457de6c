// Nothing we produce from an online check may hold any 8+ character fragment of the token, even
// when Fly (here: the stand-in told to misbehave) echoes the token back at us.
import type { Dispatcher } from 'undici';
import { verifyOnline } from '../../src/fly/verify.js';
import { onlineRules } from '../../src/rules/online/index.js';
import { context, deploy, needs } from '../rules/token-fixtures.js';
import {
  startFlyStandIn,
  type FlyStandIn,
  type Misbehaviour,
  type StandInRoute
} from '../support/fly-api-stand-in.js';
import { directDispatcher, leaks, optionsFor, tokenOf } from './helpers.js';
import { vector, type Vector } from './vectors.js';

let standIn: FlyStandIn;
let dispatcher: Dispatcher;

beforeEach(async () => {
  standIn = await startFlyStandIn({ echoTokenInErrors: true });
  dispatcher = directDispatcher();
});

afterEach(async () => {
  await dispatcher.destroy();
  await standIn.close();
});

type Scenario = {
  name: string;
  set: (v: Vector) => void;
};

const echoing = (route: StandInRoute, status: number, v: Vector): Misbehaviour => ({
  kind: 'respond',
  status,
  body: {
    error: `upstream said no to FlyV1 ${v.token} (${v.token.slice(40, 90)})`,
    errors: [{ message: `token ${v.token.slice(200, 260)} rejected` }],
    name: v.token.slice(10, 30),
    organization: { slug: v.token.slice(300, 340), name: `Org ${v.token.slice(5, 25)}` },
    route
  }
});

const scenarios: Scenario[] = [
  { name: 'accepted, needed app missing (404 echo)', set: () => undefined },
  { name: 'revoked (401 echo everywhere)', set: v => standIn.revoke(v.token) },
  { name: 'forbidden (403 echo)', set: () => standIn.configure({ deniedAppStatus: 403 }) },
  {
    name: '5xx bodies echo the token',
    set: v => {
      standIn.setMisbehaviour('apps-list', {
        kind: 'status',
        status: 500,
        body: JSON.stringify({ error: `boom ${v.token}` })
      });
      standIn.setMisbehaviour('graphql', echoing('graphql', 502, v));
    }
  },
  {
    name: 'a 200 that echoes the token in its fields',
    set: v => {
      standIn.setMisbehaviour('app', echoing('app', 200, v));
      standIn.setMisbehaviour('graphql:viewer', {
        kind: 'respond',
        status: 200,
        body: { data: { viewer: { __typename: 'Macaroon', email: v.token.slice(0, 60) } } }
      });
    }
  },
  {
    name: 'GraphQL errors echo the token',
    set: v => standIn.setMisbehaviour('graphql', echoing('graphql', 200, v))
  },
  {
    name: 'an HTML 401 with the token in it',
    set: v =>
      standIn.setMisbehaviour('apps-list', {
        kind: 'respond',
        status: 401,
        body: `<p>${v.token}</p>`
      })
  }
];

const tokens = [
  'deploy_app',
  'sso_auth_token_bundle',
  'oauth_fo1_token',
  'header_whitespace_newline'
];

describe.each(tokens)('%s', name => {
  const v = vector(name);

  it.each(scenarios.map(s => [s.name, s] as const))(
    '%s: no fragment in results or findings',
    async (_n, scenario) => {
      scenario.set(v);
      const apps = ['acme-web', 'acme-api', 'no-such-app'];
      const result = await verifyOnline(optionsFor(standIn, dispatcher, tokenOf(v), apps));
      const ctx = { ...context(deploy(), needs(['deploy'], { apps })), online: result };
      const findings = onlineRules.flatMap(rule => rule.check(ctx));
      const output = JSON.stringify({ result, findings });

      // The stand-in echoed the token (at least for the unknown app) and it was cut out: the
      // check is not vacuous.
      expect(output).toContain('[redacted]');
      for (const piece of v.token.split(',')) expect(leaks(output, piece)).toEqual([]);
      expect(leaks(output, v.token)).toEqual([]);
    }
  );
});
