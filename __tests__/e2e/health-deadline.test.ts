// End-to-end through `node dist/index.js` in health mode, online: `timeout-seconds` is one
// deadline for the whole run, and up to 16 tokens are checked in one round. Proved by counting
// what the Fly stand-in hears, never by timing: a silent Fly shows which requests were sent
// before the deadline, and a gate that answers only once 16 tokens are waiting shows they were
// all in flight together.
import http from 'node:http';
import { flyAuthorization } from '../../src/fly/authorization.js';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { findLeak, fragmentsOf, runAction, type ActionRun } from '../support/run-action.js';
import { loadVectors } from '../support/vectors.js';

const NOW = '2025-07-09T10:38:03Z';
const ROUTES = ['apps-list', 'app', 'graphql'] as const;

/** Tokens that each reach Fly with their own Authorization header, as FLY_T01, FLY_T02, … */
function distinctTokens(count: number): Record<string, string> {
  const headers = new Set<string>();
  const tokens: Record<string, string> = {};
  for (const v of loadVectors()) {
    const header = flyAuthorization(v.header_form)?.graphql;
    if (v.truth.kind === 'malformed' || header === undefined || headers.has(header)) continue;
    headers.add(header);
    tokens[`FLY_T${String(headers.size).padStart(2, '0')}`] = v.header_form;
    if (headers.size === count) return tokens;
  }
  throw new Error(`only ${headers.size} distinct tokens in the vectors`);
}

let fly: FlyStandIn;
beforeEach(async () => {
  fly = await startFlyStandIn();
});
afterEach(async () => {
  await fly.close();
});

function health(
  tokens: Record<string, string>,
  urls: { api: string; graphql: string },
  inputs: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    inputs: {
      mode: 'health',
      tokens: Object.keys(tokens).join(', '),
      'issue-label': '',
      'fly-api-url': urls.api,
      'fly-graphql-url': urls.graphql,
      'max-lifetime-days': '36500',
      ...inputs
    },
    env: { ...tokens, FLY_TOKEN_GUARD_NOW: NOW },
    timeoutMs: 30_000
  });
}

interface Row {
  name: string;
  valid: string;
  findings: { rule: string; message: string }[];
}
const rowsOf = (run: ActionRun): Row[] => JSON.parse(run.outputs.report ?? '[]') as Row[];
const heardTokens = (standIn: { requests: { headers: http.IncomingHttpHeaders }[] }) =>
  new Set(standIn.requests.map(r => String(r.headers.authorization))).size;

describe('a silent Fly, a short timeout-seconds', () => {
  it('8 tokens: one unverified warning each, nothing called invalid, the exit of the offline findings', async () => {
    for (const route of ROUTES) fly.setMisbehaviour(route, { kind: 'hang' });
    const tokens = distinctTokens(8);
    const offline = await health(
      tokens,
      { api: fly.url, graphql: fly.graphqlUrl },
      { online: 'false' }
    );
    const run = await health(
      tokens,
      { api: fly.url, graphql: fly.graphqlUrl },
      {
        'timeout-seconds': '2'
      }
    );
    // Fly's silence adds a warning, never a failure: the exit code is the offline findings' one.
    expect(run.exitCode).toBe(offline.exitCode);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const rows = rowsOf(run);
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(row.valid).toBe('unknown');
      expect(row.findings.filter(f => f.rule === 'unverified')).toHaveLength(1);
      expect(row.findings.map(f => f.rule)).not.toContain('invalid-token');
    }
    const warnings = run.annotations.filter(a => a.properties.title?.includes('unverified'));
    expect(warnings.map(a => a.level)).toEqual(Array(8).fill('warning'));
    expect(findLeak(run.everything, fragmentsOf(Object.values(tokens)))).toBeUndefined();
  }, 30_000);

  it('20 tokens: the 16 in flight hit the one deadline; the rest are never sent', async () => {
    for (const route of ROUTES) fly.setMisbehaviour(route, { kind: 'hang' });
    const run = await health(
      distinctTokens(20),
      { api: fly.url, graphql: fly.graphqlUrl },
      // Long enough for a loaded machine to send the first 16 before the deadline.
      { 'timeout-seconds': '8' }
    );
    // A per-token timeout would let tokens 17-20 start after the first ones gave up.
    expect(heardTokens(fly)).toBe(16);
    // 32 requests listen on the one deadline signal: no leak warning in the job log.
    expect(run.stderr).not.toMatch(/MaxListeners|memory leak/);
    const rows = rowsOf(run);
    expect(rows).toHaveLength(20);
    for (const row of rows) {
      const unverified = row.findings.find(f => f.rule === 'unverified');
      expect(unverified?.message).toContain('timed out after 8 s');
    }
  }, 30_000);
});

/**
 * A front for the stand-in that holds every request until requests from `tokens` distinct
 * tokens are waiting, then lets them all through: it answers only if they are in flight together.
 */
async function startGate(
  target: string,
  tokens: number
): Promise<{ url: string; close(): Promise<void> }> {
  const held: (() => void)[] = [];
  const seen = new Set<string>();
  let open = false;
  const server = http.createServer((req, res) => {
    const forward = (): void => {
      const upstream = http.request(`${target}${req.url ?? '/'}`, {
        method: req.method,
        headers: req.headers
      });
      upstream.on('response', answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    };
    seen.add(String(req.headers.authorization));
    if (!open && seen.size >= tokens) {
      open = true;
      for (const release of held.splice(0)) release();
    }
    if (open) forward();
    else held.push(forward);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
    }
  };
}

describe('16 tokens in one round', () => {
  it('are all in flight at once: a gate that waits for all 16 lets every check through', async () => {
    const tokens = distinctTokens(16);
    const direct = await health(tokens, { api: fly.url, graphql: fly.graphqlUrl });
    const expected = rowsOf(direct).map(row => [row.name, row.valid]);
    expect(expected.some(([, valid]) => valid === 'true')).toBe(true);

    const gate = await startGate(fly.url, 16);
    try {
      const gated = await health(
        tokens,
        { api: gate.url, graphql: `${gate.url}/graphql` },
        {
          'timeout-seconds': '10'
        }
      );
      expect(rowsOf(gated).map(row => [row.name, row.valid])).toEqual(expected);
      for (const row of rowsOf(gated)) {
        expect(row.findings.map(f => f.message).join('\n')).not.toContain('timed out');
      }
    } finally {
      await gate.close();
    }
  }, 60_000);
});
