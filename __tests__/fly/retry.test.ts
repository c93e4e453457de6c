// flyHttp's one retry loop: what it asks again, how long it waits, where it stops, and its one
// cap on response bodies. A plain server counts the attempts; nothing here races a clock.
import http from 'node:http';
import { Agent } from 'undici';
import {
  DEFAULT_RETRY_POLICY,
  MAX_BODY_BYTES,
  backoffDelay,
  flyHttp,
  parseRetryAfter,
  type FlyHttpContext
} from '../../src/fly/http.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-07-09T10:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 09 Jul 2025 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 09 Jul 2025 09:59:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };

  it('doubles per retry, with jitter between half and all of the step', () => {
    const low = { ...policy, random: () => 0 };
    const high = { ...policy, random: () => 0.999999 };
    expect([1, 2, 3].map(n => backoffDelay(n, low))).toEqual([50, 100, 200]);
    expect([1, 2, 3].map(n => backoffDelay(n, high))).toEqual([100, 200, 400]);
  });

  it('is capped', () => {
    expect(backoffDelay(20, { ...policy, random: () => 0.999999 })).toBe(1000);
  });
});

describe('flyHttp on a real server', () => {
  type Script = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;
  let server: http.Server;
  let origin: string;
  let hits: string[];
  let script: Script;
  let agent: Agent;
  /** Called with the hit count after each request arrives. */
  let onHit: (count: number) => void;

  beforeEach(async () => {
    hits = [];
    script = (_req, res) => res.end('{}');
    onHit = () => undefined;
    server = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      script(req, res, hits.length);
      onHit(hits.length);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    agent = new Agent();
  });

  afterEach(async () => {
    await agent.destroy();
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
  });

  function context(overrides: { timeoutMs?: number; signal?: AbortSignal } = {}): FlyHttpContext {
    const timeoutMs = overrides.timeoutMs ?? 10_000;
    const deadlineSignal = AbortSignal.timeout(timeoutMs);
    const signal = overrides.signal
      ? AbortSignal.any([deadlineSignal, overrides.signal])
      : deadlineSignal;
    return {
      dispatcher: agent,
      signal,
      deadlineSignal,
      deadline: Date.now() + timeoutMs,
      timeoutMs,
      userAgent: 'test',
      retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 4, maxDelayMs: 8 },
      secrets: []
    };
  }

  const get = (ctx: FlyHttpContext, method: 'GET' | 'POST' = 'GET') =>
    flyHttp(ctx, {
      url: new URL('/x', origin),
      method,
      authorization: 'Bearer t',
      ...(method === 'POST' ? { body: '{}' } : {})
    });

  const answer =
    (status: number, body = '{}', headers: Record<string, string> = {}): Script =>
    (_req, res) => {
      res.writeHead(status, headers);
      res.end(body);
    };

  it.each([400, 401, 403, 404, 408, 409, 422])('never asks again after a %i', async status => {
    script = answer(status, '{"error":"nope"}');
    const result = await get(context());
    expect(result).toMatchObject({ kind: 'response', status, attempts: 1 });
    expect(hits).toHaveLength(1);
  });

  it.each([429, 500, 502, 503, 504])(
    'asks again after a %i, GraphQL POSTs included',
    async status => {
      script = (req, res, hit) => answer(hit < 3 ? status : 200, `{"hit":${hit}}`)(req, res, hit);
      for (const method of ['GET', 'POST'] as const) {
        hits = [];
        const result = await get(context(), method);
        expect(result).toMatchObject({ kind: 'response', status: 200, attempts: 3 });
        // Only the final answer's body is read into the result.
        expect(result.kind === 'response' && result.json).toEqual({ hit: 3 });
      }
    }
  );

  it('gives up after the policy’s attempts and reports the last answer', async () => {
    script = answer(503);
    const result = await get(context());
    expect(result).toMatchObject({ kind: 'response', status: 503, attempts: 4 });
    expect(hits).toHaveLength(DEFAULT_RETRY_POLICY.maxAttempts);
  });

  it('retries a dropped connection', async () => {
    script = (req, res, hit) => {
      if (hit === 1) req.socket.destroy();
      else res.end('{"ok":true}');
    };
    const result = await get(context());
    expect(result).toMatchObject({ kind: 'response', status: 200, attempts: 2 });
  });

  it('does not wait for a Retry-After that ends past the deadline', async () => {
    script = answer(429, '{}', { 'retry-after': '3600' });
    const result = await get(context({ timeoutMs: 5000 }));
    expect(result).toMatchObject({ kind: 'response', status: 429, attempts: 1 });
    expect(hits).toHaveLength(1);
  });

  it('cuts a body over the cap, and never retries it', async () => {
    script = answer(200, 'x'.repeat(MAX_BODY_BYTES + 1));
    const result = await get(context());
    expect(result).toMatchObject({ kind: 'failure', reason: 'the response was too large' });
    expect(hits).toHaveLength(1);
  });

  it('a cancel during the pause before a retry ends it at once, with no second attempt', async () => {
    script = answer(503, '{}', { 'retry-after': '30' });
    const controller = new AbortController();
    // Cancel when the first attempt arrives: the server has answered 503 and a 30 s pause began.
    onHit = () => controller.abort();
    const result = await get(context({ signal: controller.signal, timeoutMs: 60_000 }));
    expect(result).toMatchObject({ kind: 'failure', reason: 'cancelled', timedOut: false });
    expect(hits).toHaveLength(1);
  }, 10_000);

  it('a server that never answers ends at the deadline as a timeout', async () => {
    script = () => undefined;
    const result = await get(context({ timeoutMs: 500 }));
    expect(result).toMatchObject({
      kind: 'failure',
      timedOut: true,
      reason: 'timed out after 0.5 s'
    });
    expect(hits).toHaveLength(1);
  }, 10_000);
});
