// When Fly is slow, failing or garbled: retries where they help, "unverified" (never "rejected")
// when they do not, and the overall deadline holds whatever the server does.
import type { Dispatcher } from 'undici';
import { verifyOnline } from '../../src/fly/verify.js';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { directDispatcher, NO_DEADLINE_MS, optionsFor, tokenOf } from './helpers.js';
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

/** Resolves once the stand-in has received `n` requests: an event to wait on, not a clock. */
async function requestsArrived(n: number): Promise<void> {
  while (standIn.requests.length < n) await new Promise(resolve => setImmediate(resolve));
}

describe('server errors', () => {
  it.each([500, 502, 503])(
    'HTTP %i on every attempt: unverified, retried up to the limit',
    async status => {
      standIn.setMisbehaviour('app', { kind: 'status', status });
      const result = await run();

      expect(result.apps[0]).toMatchObject({
        outcome: 'unverified',
        httpStatus: status,
        attempts: 4
      });
      expect(result.apps[0]?.detail).toContain(`HTTP ${status}`);
      expect(result.apps[0]?.detail).toContain('after 4 attempts');
      expect(count('app')).toBe(4);
      // The other check is independent and still answers.
      expect(result.viewer.outcome).toBe('confirmed');
      expect(result.acceptance).toBe('accepted');
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
    expect(result.apps[0]?.outcome).toBe('confirmed');
    expect(result.acceptance).toBe('accepted');
    // The org's slug still comes from the app the Machines API showed.
    expect(result.orgs[0]).toMatchObject({ outcome: 'confirmed', source: 'app', slug: 'acme' });
  });

  it.each([400, 401, 403, 404, 408, 422])('HTTP %i is never asked again', async status => {
    standIn.setMisbehaviour('app', { kind: 'status', status });
    await run();
    expect(count('app')).toBe(1);
  });
});

describe('rate limiting', () => {
  it('429 with Retry-After in seconds, then success: retried and confirmed', async () => {
    standIn.setMisbehaviour('app', { kind: 'status', status: 429, retryAfter: '1', times: 1 });
    const result = await run();
    expect(result.apps[0]).toMatchObject({ outcome: 'confirmed', attempts: 2 });
    expect(count('app')).toBe(2);
  });

  it('429 with Retry-After as an HTTP date, then success', async () => {
    const at = new Date(Date.now() + 1000).toUTCString();
    standIn.setMisbehaviour('app', { kind: 'status', status: 429, retryAfter: at, times: 1 });
    const result = await run();
    expect(result.apps[0]).toMatchObject({ outcome: 'confirmed', attempts: 2 });
  });

  it('a Retry-After beyond the deadline is not waited for: the 429 is reported at once', async () => {
    standIn.setMisbehaviour('app', { kind: 'status', status: 429, retryAfter: '3600' });
    const result = await run(['acme-web'], DEADLINE_MS);
    expect(result.apps[0]).toMatchObject({ outcome: 'unverified', httpStatus: 429, attempts: 1 });
    expect(count('app')).toBe(1);
  });
});

describe('the overall deadline', () => {
  it('a server that never answers: unverified with a timeout, and verifyOnline returns', async () => {
    standIn.setMisbehaviour('app', { kind: 'hang' });
    const result = await run(['acme-web'], DEADLINE_MS);
    expect(result.apps[0]).toMatchObject({ outcome: 'unverified' });
    expect(result.apps[0]?.detail).toContain('timed out after 1.5 s');
    expect(result.acceptance).toBe('accepted');
  }, 10_000);

  it('caps a retry chain that would outlast it', async () => {
    // Every answer asks for a 1 s pause; ten attempts would take 9 s, the deadline is 1.5 s.
    standIn.setMisbehaviour('app', { kind: 'status', status: 503, retryAfter: '1' });
    const result = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(deploy), ['acme-web'], {
        timeoutMs: DEADLINE_MS,
        retry: { maxAttempts: 10 }
      })
    );
    expect(result.apps[0]?.outcome).toBe('unverified');
    expect(result.apps[0]?.attempts).toBeLessThan(10);
    expect(count('app')).toBeLessThan(10);
  }, 10_000);

  it('a slow answer, held until the other check is asked, is still taken', async () => {
    // No clock: the viewer query is held until the app request has arrived.
    let release = (): void => undefined;
    standIn.setMisbehaviour('graphql:viewer', {
      kind: 'gate',
      release: new Promise<void>(resolve => (release = resolve))
    });
    const pending = run();
    await standIn.waitForRequests('graphql:viewer');
    await standIn.waitForRequests('app');
    release();
    const result = await pending;
    expect(result.viewer.outcome).toBe('confirmed');
    expect(result.acceptance).toBe('accepted');
  });

  it('the caller can cancel', async () => {
    standIn.setMisbehaviour('app', { kind: 'hang' });
    standIn.setMisbehaviour('graphql', { kind: 'hang' });
    const controller = new AbortController();
    const pending = verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(deploy), ['acme-web'], {
        signal: controller.signal,
        timeoutMs: 60_000
      })
    );
    await requestsArrived(2);
    controller.abort();
    const result = await pending;
    expect(result.apps[0]).toMatchObject({
      outcome: 'unverified',
      detail: expect.stringContaining('cancelled')
    });
    expect(result.acceptance).toBe('unknown');
  }, 10_000);

  it('a cancel during the pause before a retry ends the wait and sends nothing more', async () => {
    standIn.setMisbehaviour('app', { kind: 'status', status: 503, retryAfter: '30' });
    const controller = new AbortController();
    const pending = verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(deploy), ['acme-web'], {
        signal: controller.signal,
        timeoutMs: 60_000
      })
    );
    await requestsArrived(2);
    // The 503 is answered at once; the 30 s pause is what the cancel cuts short.
    controller.abort();
    const result = await pending;
    expect(result.apps[0]?.detail).toContain('cancelled');
    expect(count('app')).toBe(1);
  }, 10_000);
});

describe('broken connections and bodies', () => {
  it('a reset connection is retried', async () => {
    standIn.setMisbehaviour('app', { kind: 'reset', times: 1 });
    const result = await run();
    expect(result.apps[0]).toMatchObject({ outcome: 'confirmed', attempts: 2 });
    expect(count('app')).toBe(2);
  });

  it('a connection reset every time is unverified, naming the reset', async () => {
    standIn.setMisbehaviour('app', { kind: 'reset' });
    const result = await run();
    expect(result.apps[0]?.outcome).toBe('unverified');
    expect(result.apps[0]?.detail).toMatch(/connection (was reset|closed)/);
    expect(count('app')).toBe(4);
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
    expect(result.apps[0]?.detail).toContain('not a JSON object');
  });

  it('a truncated GraphQL body is unverified', async () => {
    standIn.setMisbehaviour('graphql:viewer', { kind: 'truncated' });
    const result = await run();
    expect(result.viewer.outcome).toBe('unverified');
  });

  it('an HTML page where JSON belongs is not taken as Fly accepting or rejecting', async () => {
    standIn.setMisbehaviour('app', { kind: 'non-json' });
    standIn.setMisbehaviour('graphql', { kind: 'non-json' });
    const html = await run();
    expect(html.apps[0]?.outcome).toBe('unverified');
    expect(html.viewer.outcome).toBe('unverified');
    expect(html.acceptance).toBe('unknown');

    for (const [status, page] of [
      [401, '<html>Sign in to the guest network</html>'],
      [404, '<html>Not here</html>']
    ] as const) {
      standIn.setMisbehaviour('app', { kind: 'respond', status, body: page });
      const result = await run();
      expect(result.apps[0]?.outcome).toBe('unverified');
      expect(result.acceptance).toBe('unknown');
    }
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
    expect(result.apps[0]?.outcome).toBe('unverified');
    expect(result.apps[0]?.detail).toContain('refused');
    expect(result.viewer.outcome).toBe('unverified');
    expect(result.acceptance).toBe('unknown');
  });
});
