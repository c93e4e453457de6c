// The retry interceptor's arithmetic and its behaviour on a plain server.
import http from 'node:http';
import { Agent } from 'undici';
import {
  DEFAULT_RETRY_POLICY,
  backoffDelay,
  parseRetryAfter,
  retryInterceptor,
  type RetryDispatchOptions,
  type RetryState
} from '../../src/fly/retry.js';

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

describe('retryInterceptor on a real server', () => {
  let server: http.Server;
  let origin: string;
  let hits: string[];
  let script: ((req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void) | null;

  beforeEach(async () => {
    hits = [];
    script = null;
    server = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      if (script) script(req, res, hits.length);
      else res.end('ok');
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    origin = `http://127.0.0.1:${address.port}`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
  });

  const agentWith = (overrides = {}) =>
    new Agent().compose(retryInterceptor({ baseDelayMs: 5, maxDelayMs: 10, ...overrides }));

  it('does not replay a POST unless the caller marks it idempotent', async () => {
    script = (_req, res) => {
      res.statusCode = 503;
      res.end();
    };
    const agent = agentWith();
    try {
      const once = await agent.request({ origin, path: '/', method: 'POST', body: '{}' });
      await once.body.text();
      expect(once.statusCode).toBe(503);
      expect(hits).toHaveLength(1);

      const state: RetryState = { attempts: 0 };
      const options: RetryDispatchOptions = {
        origin,
        path: '/',
        method: 'POST',
        body: '{}',
        idempotent: true,
        flyRetry: state
      };
      const replayed = await agent.request(options);
      await replayed.body.text();
      expect(state.attempts).toBe(DEFAULT_RETRY_POLICY.maxAttempts);
      expect(hits).toHaveLength(1 + DEFAULT_RETRY_POLICY.maxAttempts);
    } finally {
      await agent.destroy();
    }
  });

  it('does not retry a 4xx answer', async () => {
    script = (_req, res) => {
      res.statusCode = 404;
      res.end('{"error":"nope"}');
    };
    const agent = agentWith();
    try {
      const response = await agent.request({ origin, path: '/x', method: 'GET' });
      expect(await response.body.text()).toBe('{"error":"nope"}');
      expect(hits).toEqual(['GET /x']);
    } finally {
      await agent.destroy();
    }
  });

  it('delivers the body of the final successful attempt only', async () => {
    script = (_req, res, hit) => {
      res.statusCode = hit < 3 ? 502 : 200;
      res.end(hit < 3 ? 'bad gateway' : 'third time');
    };
    const agent = agentWith();
    try {
      const response = await agent.request({ origin, path: '/', method: 'GET' });
      expect(response.statusCode).toBe(200);
      expect(await response.body.text()).toBe('third time');
      expect(hits).toHaveLength(3);
    } finally {
      await agent.destroy();
    }
  });

  it('refuses a body larger than the limit', async () => {
    script = (_req, res) => res.end('x'.repeat(5000));
    const agent = agentWith({ maxBodyBytes: 1000 });
    try {
      await expect(
        agent.request({ origin, path: '/', method: 'GET' }).then(r => r.body.text())
      ).rejects.toMatchObject({ code: 'FTG_RESPONSE_TOO_LARGE' });
    } finally {
      await agent.destroy();
    }
  });

  it('stops waiting between attempts as soon as the request is aborted', async () => {
    script = (_req, res) => {
      res.statusCode = 503;
      res.setHeader('retry-after', '5');
      res.end();
    };
    const agent = agentWith();
    const controller = new AbortController();
    try {
      const pending = agent.request({
        origin,
        path: '/',
        method: 'GET',
        signal: controller.signal
      });
      setTimeout(() => controller.abort(new Error('stop')), 50);
      await expect(pending).rejects.toThrow('stop');
      // Only the first attempt was made: the 5 s pause was cut short, no second attempt followed.
      expect(hits).toHaveLength(1);
    } finally {
      await agent.destroy();
    }
  }, 10_000);
});
