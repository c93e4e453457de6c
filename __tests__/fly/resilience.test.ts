// When Fly is slow, failing or garbled: retries where they help, "unverified" (never "rejected")
// when they do not, and the overall deadline holds whatever the server does.
import type { Dispatcher } from 'undici';
import { verifyOnline } from '../../src/fly/verify.js';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { NO_DEADLINE_MS, directDispatcher, optionsFor, tokenOf } from './helpers.js';
import { vector } from './vectors.js';

const deploy = vector('deploy_app');
/** Small overall deadline for the tests that wait on a silent server. */
const DEADLINE_MS = 1500;

let standIn: FlyStandIn;
let dispatcher: Dispatcher;

beforeEach(async () => {
  standIn = await startFlyStandIn();
  dispatcher = directDispatcher();
});

afterEach(async () => {
  await dispatcher.destroy();
  await standIn.close();
});

const run = (apps: string[] = ['acme-web'], timeoutMs = NO_DEADLINE_MS) =>
  verifyOnline(optionsFor(standIn, dispatcher, tokenOf(deploy), apps, { timeoutMs }));

const count = (route: string) => standIn.requests.filter(r => r.route === route).length;

describe('server errors', () => {
  it.each([500, 502, 503])(
    'HTTP %i on every attempt: unverified, retried up to the limit',
    async status => {
      standIn.setMisbehaviour('apps-list', { kind: 'status', status });
      const result = await run();

      expect(result.accepted).toMatchObject({
        outcome: 'unverified',
        httpStatus: status,
        attempts: 4
      });
      expect(result.accepted.detail).toContain(`HTTP ${status}`);
      expect(result.accepted.detail).toContain('after 4 attempts');
      expect(count('apps-list')).toBe(4);
      // The other checks are independent and still answer.
      expect(result.viewer.outcome).toBe('confirmed');
      expect(result.apps[0]?.outcome).toBe('confirmed');
    }
  );

  it('a 500 then a good answer is confirmed, and the log shows the retry', async () => {
    standIn.setMisbehaviour('graphql:viewer', { kind: 'status', status: 500, times: 2 });
    const result = await run();
    expect(result.viewer).toMatchObject({ outcome: 'confirmed', attempts: 3 });
    expect(count('graphql:viewer')).toBe(3);
  });

  it('a GraphQL 503 is unverified, not a rejection', async () => {
    standIn.setMisbehaviour('graphql', { kind: 'status', status: 503 });
    const result = await run();
    expect(result.viewer.outcome).toBe('unverified');
    expect(result.accepted.outcome).toBe('confirmed');
    // The org's slug still comes from the app the Machines API showed.
    expect(result.orgs[0]).toMatchObject({ outcome: 'confirmed', source: 'app', slug: 'acme' });
  });
});

describe('rate limiting', () => {
  it('429 with Retry-After in seconds, then success: retried and confirmed', async () => {
    standIn.setMisbehaviour('apps-list', {
      kind: 'status',
      status: 429,
      retryAfter: '1',
      times: 1
    });
    const result = await run([]);
    expect(result.accepted).toMatchObject({ outcome: 'confirmed', attempts: 2 });
    expect(count('apps-list')).toBe(2);
  });

  it('429 with Retry-After as an HTTP date, then success', async () => {
    const at = new Date(Date.now() + 1000).toUTCString();
    standIn.setMisbehaviour('app', { kind: 'status', status: 429, retryAfter: at, times: 1 });
    const result = await run();
    expect(result.apps[0]).toMatchObject({ outcome: 'confirmed', attempts: 2 });
  });

  it('a Retry-After beyond the deadline is not waited for: the 429 is reported at once', async () => {
    standIn.setMisbehaviour('apps-list', { kind: 'status', status: 429, retryAfter: '3600' });
    const result = await run([], DEADLINE_MS);
    expect(result.accepted).toMatchObject({ outcome: 'unverified', httpStatus: 429, attempts: 1 });
    expect(count('apps-list')).toBe(1);
  });
});

describe('the overall deadline', () => {
  it('a server that never answers: unverified with a timeout, and verifyOnline returns', async () => {
    standIn.setMisbehaviour('app', { kind: 'hang' });
    const result = await run(['acme-web'], DEADLINE_MS);
    expect(result.apps[0]).toMatchObject({ outcome: 'unverified' });
    expect(result.apps[0]?.detail).toContain('timed out after 1.5 s');
    expect(result.accepted.outcome).toBe('confirmed');
  });

  it('caps a retry chain that would outlast it', async () => {
    // Every answer asks for a 1 s pause; ten attempts would take 9 s, the deadline is 1.5 s.
    const chain = directDispatcher({ retry: { maxAttempts: 10 } });
    try {
      standIn.setMisbehaviour('apps-list', { kind: 'status', status: 503, retryAfter: '1' });
      const result = await verifyOnline(
        optionsFor(standIn, chain, tokenOf(deploy), [], { timeoutMs: DEADLINE_MS })
      );
      expect(result.accepted.outcome).toBe('unverified');
      expect(result.accepted.attempts).toBeLessThan(10);
      expect(count('apps-list')).toBeLessThan(10);
    } finally {
      await chain.destroy();
    }
  });

  it('a slow answer, held until the other checks are asked, is still taken', async () => {
    // No clock: the viewer query is held until the other requests have arrived.
    let release = (): void => undefined;
    standIn.setMisbehaviour('graphql:viewer', {
      kind: 'gate',
      release: new Promise<void>(resolve => (release = resolve))
    });
    const pending = run();
    await standIn.waitForRequests('graphql:viewer');
    await standIn.waitForRequests('app');
    await standIn.waitForRequests('apps-list');
    release();
    const result = await pending;
    expect(result.viewer.outcome).toBe('confirmed');
    expect(result.accepted.outcome).toBe('confirmed');
  });

  it('the caller can cancel', async () => {
    standIn.setMisbehaviour('apps-list', { kind: 'hang' });
    const controller = new AbortController();
    const pending = verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(deploy), [], { signal: controller.signal })
    );
    // Cancel while the request is in flight (the server never answers it).
    await standIn.waitForRequests('apps-list');
    controller.abort();
    const result = await pending;
    expect(result.accepted).toMatchObject({
      outcome: 'unverified',
      detail: expect.stringContaining('cancelled')
    });
  });
});

describe('broken connections and bodies', () => {
  it('a reset connection is retried', async () => {
    standIn.setMisbehaviour('app', { kind: 'reset', times: 1 });
    const result = await run();
    expect(result.apps[0]).toMatchObject({ outcome: 'confirmed', attempts: 2 });
    expect(count('app')).toBe(2);
  });

  it('a connection reset every time is unverified, naming the reset', async () => {
    standIn.setMisbehaviour('apps-list', { kind: 'reset' });
    const result = await run([]);
    expect(result.accepted.outcome).toBe('unverified');
    expect(result.accepted.detail).toMatch(/connection (was reset|closed)/);
    expect(count('apps-list')).toBe(4);
  });

  it('a connection dropped in the middle of the body is unverified', async () => {
    standIn.setMisbehaviour('app', { kind: 'reset-mid-body' });
    const result = await run();
    expect(result.apps[0]?.outcome).toBe('unverified');
    expect(result.apps[0]?.detail).toContain('acme-web');
  });

  it('a truncated JSON body is unverified, not confirmed', async () => {
    standIn.setMisbehaviour('app', { kind: 'truncated' });
    const result = await run();
    expect(result.apps[0]).toMatchObject({ outcome: 'unverified', httpStatus: 200 });
    expect(result.apps[0]?.detail).toContain('not JSON');
  });

  it('a truncated GraphQL body is unverified', async () => {
    standIn.setMisbehaviour('graphql:viewer', { kind: 'truncated' });
    const result = await run();
    expect(result.viewer.outcome).toBe('unverified');
  });

  it('an HTML page where JSON belongs is not taken as Fly accepting or rejecting', async () => {
    standIn.setMisbehaviour('apps-list', { kind: 'non-json' });
    const accepted = (await run([])).accepted;
    expect(accepted.outcome).toBe('unverified');

    standIn.setMisbehaviour('apps-list', {
      kind: 'respond',
      status: 401,
      body: '<html>Sign in to the guest network</html>'
    });
    standIn.setMisbehaviour('app', { kind: 'respond', status: 404, body: '<html>Not here</html>' });
    const result = await run();
    expect(result.accepted.outcome).toBe('unverified');
    expect(result.apps[0]?.outcome).toBe('unverified');
  });

  it('an unreachable host is unverified', async () => {
    const closed = await startFlyStandIn();
    const url = closed.url;
    await closed.close();
    const result = await verifyOnline({
      ...optionsFor(standIn, dispatcher, tokenOf(deploy), ['acme-web']),
      flyApiUrl: url,
      flyGraphqlUrl: `${url}/graphql`
    });
    expect(result.accepted.outcome).toBe('unverified');
    expect(result.accepted.detail).toContain('refused');
    expect(result.viewer.outcome).toBe('unverified');
  });
});
