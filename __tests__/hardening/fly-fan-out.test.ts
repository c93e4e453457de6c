// Many apps at once against the Fly stand-in. Regression: every request in flight listens on the
// one deadline signal, and past 10 listeners Node printed "MaxListenersExceededWarning: Possible
// EventTarget memory leak detected" into the job log of any check with 8 or more apps. (Jest's
// `process` does not see Node's warnings, so the tests watch the signals themselves.)
import { getEventListeners, getMaxListeners } from 'node:events';
import { jest } from '@jest/globals';
import type { Dispatcher } from 'undici';
import { resolveAppIds, verifyOnline } from '../../src/fly/verify.js';
import { directDispatcher, optionsFor, tokenOf } from '../fly/helpers.js';
import { vector } from '../fly/vectors.js';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';

const ORG = '918273';
const names = Array.from({ length: 24 }, (_, i) => `fan-out-${String(i).padStart(2, '0')}`);

let standIn: FlyStandIn;
let dispatcher: Dispatcher;

/**
 * The signals verifyOnline makes; `sample()` records their abort listeners at that moment (the
 * most on one signal, and the most beyond its limit).
 */
function watchSignals(): {
  sample: () => void;
  excess: () => number;
  peak: () => number;
  stop: () => void;
} {
  const signals: AbortSignal[] = [];
  const timeout = AbortSignal.timeout.bind(AbortSignal);
  const any = AbortSignal.any.bind(AbortSignal);
  jest.spyOn(AbortSignal, 'timeout').mockImplementation(ms => {
    const signal = timeout(ms);
    signals.push(signal);
    return signal;
  });
  jest.spyOn(AbortSignal, 'any').mockImplementation(list => {
    const signal = any(list);
    signals.push(signal);
    return signal;
  });
  let peak = 0;
  let excess = 0;
  return {
    sample: () => {
      for (const signal of signals) {
        const count = getEventListeners(signal, 'abort').length;
        peak = Math.max(peak, count);
        const limit = getMaxListeners(signal);
        if (limit > 0) excess = Math.max(excess, count - limit);
      }
    },
    excess: () => excess,
    peak: () => peak,
    stop: () => jest.restoreAllMocks()
  };
}

/**
 * Holds every answer on `routes` until the given numbers of new requests have all arrived (a
 * `graphql` count takes every GraphQL query), samples the signals then (everything is in flight
 * at once: no clock decides it), and lets the answers go.
 */
async function whileAllInFlight<T>(
  routes: Array<'apps-list' | 'app' | 'graphql'>,
  arrived: Array<[route: 'apps-list' | 'app' | 'graphql', count: number]>,
  watch: { sample: () => void },
  work: () => Promise<T>
): Promise<T> {
  const seen = (route: string): number =>
    standIn.requests.filter(r => r.route === route || r.route.startsWith(`${route}:`)).length;
  const targets = arrived.map(([route, count]) => [route, seen(route) + count] as const);
  let release = (): void => undefined;
  const gate = new Promise<void>(resolve => (release = resolve));
  for (const route of routes) standIn.setMisbehaviour(route, { kind: 'gate', release: gate });
  const pending = work();
  try {
    for (const [route, count] of targets) await standIn.waitForRequests(route, count);
    watch.sample();
  } finally {
    release();
  }
  const result = await pending;
  for (const route of routes) standIn.setMisbehaviour(route, null);
  return result;
}

beforeAll(async () => {
  standIn = await startFlyStandIn({
    apps: names.map((name, i) => ({ id: String(8100000 + i), name, orgId: ORG }))
  });
  dispatcher = directDispatcher();
});

afterAll(async () => {
  await dispatcher.close();
  await standIn.close();
});

describe('online fan-out', () => {
  it.each([12, 16, 24])('checks %i apps concurrently without a listener-leak warning', async n => {
    const token = tokenOf(vector('org_full'));
    const apps = names.slice(0, n);
    const watch = watchSignals();
    const result = await whileAllInFlight(
      ['apps-list', 'app', 'graphql'],
      [
        ['app', n],
        ['apps-list', 1],
        ['graphql', 1]
      ],
      watch,
      () => verifyOnline({ ...optionsFor(standIn, dispatcher, token, apps), concurrency: n })
    );
    watch.stop();
    expect(result.apps.map(app => [app.app, app.outcome])).toEqual(
      apps.map(app => [app, 'confirmed'])
    );
    // Past Node's default of 10 listeners, so the limit really was tested.
    expect(watch.peak()).toBeGreaterThan(10);
    expect(watch.excess()).toBeLessThanOrEqual(0);
  });

  it('resolves many app ids concurrently without a listener-leak warning', async () => {
    const token = tokenOf(vector('org_full'));
    const watch = watchSignals();
    const ids = await whileAllInFlight(['app'], [['app', names.length]], watch, () =>
      resolveAppIds(names, {
        ...optionsFor(standIn, dispatcher, token, names),
        concurrency: names.length
      })
    );
    watch.stop();
    expect(ids.size).toBe(names.length);
    expect(watch.peak()).toBeGreaterThan(10);
    expect(watch.excess()).toBeLessThanOrEqual(0);
  });
});
