// How many requests one online check sends, and in how many rounds. A round is counted, not
// timed: with every route of the stand-in silent, only the requests that need no earlier answer
// are ever sent, so "sent while nothing answers" = the first round. When that equals the total of
// a normal run, the check is one round trip.
import type { Dispatcher } from 'undici';
import { verifyOnline, type VerifyOnlineOptions } from '../../src/fly/verify.js';
import {
  startFlyStandIn,
  type FlyStandIn,
  type StandInOptions,
  type StandInRoute
} from '../support/fly-api-stand-in.js';
import { directDispatcher, optionsFor, tokenOf } from './helpers.js';
import { vector } from './vectors.js';

const ROUTES: StandInRoute[] = ['apps-list', 'app', 'graphql'];

let dispatcher: Dispatcher;
beforeEach(() => {
  dispatcher = directDispatcher();
});
afterEach(async () => {
  await dispatcher.destroy();
});

/** Requests of a normal run, and of a run where Fly never answers (the first round). */
async function count(
  make: (standIn: FlyStandIn) => VerifyOnlineOptions,
  standInOptions: StandInOptions = {}
): Promise<{ total: number; firstRound: number; routes: string[] }> {
  const normal = await startFlyStandIn(standInOptions);
  const silent = await startFlyStandIn(standInOptions);
  try {
    await verifyOnline(make(normal));
    for (const route of ROUTES) silent.setMisbehaviour(route, { kind: 'hang' });
    await verifyOnline({ ...make(silent), timeoutMs: 1000 });
    return {
      total: normal.requests.length,
      firstRound: silent.requests.length,
      routes: normal.requests.map(r => r.route).sort()
    };
  } finally {
    await normal.close();
    await silent.close();
  }
}

describe('one token, one app: one round trip of at most two requests', () => {
  it.each([
    ['the Machines API gives the numeric ids', {}],
    ['the Machines API leaves them out (GraphQL tells them)', { omitNumericIds: true }]
  ])('%s', async (_label, standInOptions) => {
    const counted = await count(
      standIn => optionsFor(standIn, dispatcher, tokenOf(vector('deploy_app')), ['acme-web']),
      standInOptions
    );
    expect(counted.routes).toEqual(['app', 'graphql:viewer']);
    expect(counted.total).toBe(2);
    expect(counted.firstRound).toBe(counted.total);
  });

  it('a rejected token takes the same single round', async () => {
    const counted = await count(standIn => {
      standIn.revoke(vector('deploy_app').token);
      return optionsFor(standIn, dispatcher, tokenOf(vector('deploy_app')), ['acme-web']);
    });
    expect(counted.total).toBe(2);
    expect(counted.firstRound).toBe(2);
  });
});

describe('other shapes stay one round', () => {
  it('no app needed: who the token is and its orgs, two requests', async () => {
    const counted = await count(standIn =>
      optionsFor(standIn, dispatcher, tokenOf(vector('org_full')), [])
    );
    expect(counted.routes).toEqual(['graphql:organizations', 'graphql:viewer']);
    expect(counted.firstRound).toBe(counted.total);
  });

  it('three apps: one Machines request each and one GraphQL request for all', async () => {
    const counted = await count(standIn =>
      optionsFor(standIn, dispatcher, tokenOf(vector('org_full')), [
        'acme-web',
        'acme-api',
        'globex-web'
      ])
    );
    expect(counted.routes).toEqual(['app', 'app', 'app', 'graphql:viewer']);
    expect(counted.firstRound).toBe(counted.total);
  });
});
