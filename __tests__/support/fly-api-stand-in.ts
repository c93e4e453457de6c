// A stand-in for Fly's Machines and GraphQL APIs: a real HTTP server on 127.0.0.1 that verifies
// macaroons with the vectors' fake keys, evaluates their caveats for each request against its own
// clock, keeps a revocation list, and answers as Fly does. It can be told to misbehave per route,
// and it records every request so tests can check schemes, retries and proxies.
import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse
} from 'node:http';
import type { Socket } from 'node:net';
import { READ, evaluate, type Access } from './stand-in-caveats.js';
import {
  FAKE_KEYS,
  verifyHeader,
  type StandInKeys,
  type VerifiedPermission
} from './stand-in-macaroons.js';

export interface StandInOrg {
  id: string;
  slug: string;
  name: string;
}

export interface StandInApp {
  id: string;
  name: string;
  orgId: string;
}

/** A user (fo1_ or legacy) token Fly knows, and the orgs its user belongs to. */
export interface StandInUser {
  token: string;
  id: string;
  email: string;
  orgIds: string[];
}

export type StandInRoute =
  | 'apps-list'
  | 'app'
  | 'graphql'
  | 'graphql:viewer'
  | 'graphql:app'
  | 'graphql:organization'
  | 'graphql:organizations';

export type Misbehaviour = (
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  | { kind: 'latency'; ms: number }
  | { kind: 'reset' }
  | { kind: 'reset-mid-body' }
  | { kind: 'truncated' }
  | { kind: 'non-json' }
  | { kind: 'hang' }
  /** Hold the request until `release` settles, then answer normally (no clock involved). */
  | { kind: 'gate'; release: Promise<unknown> }
  /** A fixed answer: a string is sent as-is (as HTML), anything else as JSON. */
  | { kind: 'respond'; status: number; body: unknown }
) & {
  /** Misbehave for this many matching requests, then answer normally (default: always). */
  times?: number;
};

export interface RecordedRequest {
  method: string;
  path: string;
  route: StandInRoute | 'unknown';
  headers: IncomingHttpHeaders;
  body: string;
}

export interface StandInOptions {
  orgs?: StandInOrg[];
  apps?: StandInApp[];
  users?: StandInUser[];
  /** Unix seconds (default: the vectors' access-check clock, t0 + 300 s). */
  clock?: number;
  keys?: StandInKeys;
  /** What Fly answers for an app the token may not read (UNVERIFIED which; default 404). */
  deniedAppStatus?: 403 | 404;
  /** HTTP status of GraphQL's "You must be authenticated" (UNVERIFIED; default 200). */
  graphqlUnauthenticatedStatus?: 200 | 401;
  /** Put the Authorization header back into error texts, as a careless server might. */
  echoTokenInErrors?: boolean;
  /** Leave `internal_numeric_id` out of Machines API app bodies (forces the GraphQL lookup). */
  omitNumericIds?: boolean;
}

export interface FlyStandIn {
  /** Machines API base URL, e.g. http://127.0.0.1:PORT */
  url: string;
  graphqlUrl: string;
  requests: RecordedRequest[];
  setMisbehaviour(route: StandInRoute, misbehaviour: Misbehaviour | null): void;
  /**
   * Resolves once `count` requests to `route` have arrived (a graphql route also matches
   * 'graphql'): lets a test act when a request is in flight instead of after a guessed delay.
   */
  waitForRequests(route: StandInRoute, count?: number): Promise<void>;
  /** Revokes a token: a header/bundle (all its permission KIDs), a user token, or a KID in hex. */
  revoke(tokenOrKidHex: string): void;
  setClock(unixSeconds: number): void;
  configure(
    options: Pick<
      StandInOptions,
      'deniedAppStatus' | 'graphqlUnauthenticatedStatus' | 'echoTokenInErrors' | 'omitNumericIds'
    >
  ): void;
  close(): Promise<void>;
}

export const STAND_IN_ORGS: StandInOrg[] = [
  { id: '918273', slug: 'acme', name: 'Acme Corp' },
  { id: '53421', slug: 'globex', name: 'Globex' }
];

export const STAND_IN_APPS: StandInApp[] = [
  { id: '4455667', name: 'acme-web', orgId: '918273' },
  { id: '2020202', name: 'acme-api', orgId: '918273' },
  { id: '6060606', name: 'globex-web', orgId: '53421' }
];

export const STAND_IN_CLOCK = 1752057183 + 300;

const UNAUTHENTICATED = 'You must be authenticated to view this.';

type Principal =
  { kind: 'user'; user: StandInUser } | { kind: 'macaroon'; permissions: VerifiedPermission[] };

type Authentication = { ok: true; principal: Principal } | { ok: false; error: string };

export async function startFlyStandIn(options: StandInOptions = {}): Promise<FlyStandIn> {
  const orgs = options.orgs ?? STAND_IN_ORGS;
  const apps = options.apps ?? STAND_IN_APPS;
  const users = options.users ?? [];
  const keys = options.keys ?? FAKE_KEYS;
  const settings = {
    deniedAppStatus: options.deniedAppStatus ?? 404,
    graphqlUnauthenticatedStatus: options.graphqlUnauthenticatedStatus ?? 200,
    echoTokenInErrors: options.echoTokenInErrors ?? false,
    omitNumericIds: options.omitNumericIds ?? false
  };
  let clock = options.clock ?? STAND_IN_CLOCK;
  const revokedKids = new Set<string>();
  const revokedUserTokens = new Set<string>();
  const misbehaviours = new Map<StandInRoute, Misbehaviour>();
  const waiters: Array<{ route: StandInRoute; count: number; resolve: () => void }> = [];
  const routeMatches = (wanted: StandInRoute, route: StandInRoute | 'unknown'): boolean =>
    route === wanted || (wanted === 'graphql' && route.startsWith('graphql'));
  const seen = (wanted: StandInRoute): number =>
    requests.filter(r => routeMatches(wanted, r.route)).length;
  const wakeWaiters = (): void => {
    for (const waiter of [...waiters]) {
      if (seen(waiter.route) < waiter.count) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const authenticate = (header: string | undefined): Authentication => {
    if (!header) return { ok: false, error: 'missing authorization header' };
    const verdict = verifyHeader(header, keys);
    if (!verdict.ok) return { ok: false, error: `token validation error: ${verdict.reason}` };
    for (const token of verdict.userTokens) {
      const user = users.find(u => u.token === token);
      if (user && revokedUserTokens.has(token))
        return { ok: false, error: 'token has been revoked' };
      if (user) return { ok: true, principal: { kind: 'user', user } };
    }
    if (verdict.permissions.length === 0) return { ok: false, error: 'unknown token' };
    if (verdict.permissions.some(p => revokedKids.has(p.kidHex))) {
      return { ok: false, error: 'token has been revoked' };
    }
    const current = verdict.permissions.filter(p => withinValidity(p, clock));
    if (current.length === 0) return { ok: false, error: 'token has expired' };
    return { ok: true, principal: { kind: 'macaroon', permissions: current } };
  };

  const allows = (principal: Principal, access: Omit<Access, 'now'>): boolean => {
    if (principal.kind === 'user') {
      return access.orgId !== undefined && principal.user.orgIds.includes(String(access.orgId));
    }
    return principal.permissions.some(p => evaluate(p.caveats, { ...access, now: clock }).allowed);
  };

  const canRead = (principal: Principal, org: StandInOrg, app?: StandInApp): boolean => {
    const access: Omit<Access, 'now'> = { action: READ, orgId: BigInt(org.id) };
    if (app) access.appId = BigInt(app.id);
    return allows(principal, access);
  };

  const errorText = (message: string, header: string | undefined): string =>
    settings.echoTokenInErrors && header ? `${message} (for ${header})` : message;

  const handleAppsList = (url: URL, header: string | undefined, res: ServerResponse): void => {
    const auth = authenticate(header);
    if (!auth.ok) return sendJson(res, 401, { error: errorText(auth.error, header) });
    const slug = url.searchParams.get('org_slug') ?? '';
    if (slug === '') return sendJson(res, 400, { error: 'org_slug is required' });
    const org = orgs.find(o => o.slug === slug);
    if (!org) return sendJson(res, 404, { error: errorText('organization not found', header) });
    if (!canRead(auth.principal, org)) {
      return sendJson(res, 403, { error: errorText('unauthorized', header) });
    }
    const visible = apps.filter(a => a.orgId === org.id && canRead(auth.principal, org, a));
    sendJson(res, 200, { total_apps: visible.length, apps: visible.map(a => appBody(a)) });
  };

  const handleApp = (name: string, header: string | undefined, res: ServerResponse): void => {
    const auth = authenticate(header);
    if (!auth.ok) return sendJson(res, 401, { error: errorText(auth.error, header) });
    const app = apps.find(a => a.name === name);
    const org = app ? orgs.find(o => o.id === app.orgId) : undefined;
    if (!app || !org) return sendJson(res, 404, { error: errorText('app not found', header) });
    if (!canRead(auth.principal, org, app)) {
      const denied = settings.deniedAppStatus;
      const message = denied === 403 ? 'unauthorized' : 'app not found';
      return sendJson(res, denied, { error: errorText(message, header) });
    }
    sendJson(res, 200, appBody(app));
  };

  const appBody = (app: StandInApp): Record<string, unknown> => {
    const org = orgs.find(o => o.id === app.orgId);
    const organization: Record<string, unknown> = { name: org?.name, slug: org?.slug };
    const body: Record<string, unknown> = {
      id: app.name,
      name: app.name,
      status: 'deployed',
      organization
    };
    if (!settings.omitNumericIds) {
      body.internal_numeric_id = Number(app.id);
      organization.internal_numeric_id = Number(app.orgId);
    }
    return body;
  };

  /** GraphQL `app(name:)` as Fly answers it: the app, or null and a NOT_FOUND error. */
  const graphqlApp = (
    principal: Principal,
    name: unknown
  ): { app: Record<string, unknown> | null; error?: Record<string, unknown> } => {
    const app = apps.find(a => a.name === name);
    const org = app ? orgs.find(o => o.id === app.orgId) : undefined;
    if (!app || !org || !canRead(principal, org, app)) {
      return {
        app: null,
        error: { message: 'Could not find App', extensions: { code: 'NOT_FOUND' } }
      };
    }
    const organization = { internalNumericId: org.id, slug: org.slug, name: org.name };
    return { app: { name: app.name, internalNumericId: Number(app.id), organization } };
  };

  const handleGraphql = (
    route: StandInRoute,
    parsed: { query?: unknown; variables?: Record<string, unknown> },
    header: string | undefined,
    res: ServerResponse
  ): void => {
    const auth = authenticate(header);
    if (!auth.ok) {
      return sendJson(res, settings.graphqlUnauthenticatedStatus, {
        data: null,
        errors: [{ message: errorText(UNAUTHENTICATED, header) }]
      });
    }
    const { principal } = auth;
    if (route === 'graphql:viewer') {
      const viewer =
        principal.kind === 'user'
          ? { __typename: 'User', id: principal.user.id, email: principal.user.email }
          : { __typename: 'Macaroon', email: principal.permissions[0]?.email };
      // Other root fields asked beside the viewer: `alias: app(name: $variable)`.
      const data: Record<string, unknown> = { viewer };
      const errors: Record<string, unknown>[] = [];
      const query = typeof parsed.query === 'string' ? parsed.query : '';
      for (const [, alias = '', variable = ''] of query.matchAll(
        /(\w+)\s*:\s*app\s*\(\s*name\s*:\s*\$(\w+)\s*\)/g
      )) {
        const answer = graphqlApp(principal, parsed.variables?.[variable]);
        data[alias] = answer.app;
        if (answer.error) errors.push({ ...answer.error, path: [alias] });
      }
      return sendJson(res, 200, errors.length > 0 ? { data, errors } : { data });
    }
    if (route === 'graphql:organizations') {
      const nodes = orgs
        .filter(org => canRead(principal, org))
        .map(org => ({
          id: `org_${org.slug}`,
          internalNumericId: org.id,
          slug: org.slug,
          name: org.name
        }));
      return sendJson(res, 200, { data: { organizations: { nodes } } });
    }
    if (route === 'graphql:organization') {
      // `organization(id:)` takes Fly's node id, `slug:` the slug; both as Fly's schema has them.
      const { id, slug } = parsed.variables ?? {};
      const org = orgs.find(o => o.slug === slug || `org_${o.slug}` === id);
      if (!org || !canRead(principal, org)) {
        return sendJson(res, 200, {
          data: { organization: null },
          errors: [
            { message: 'Not authorized to access this organization', path: ['organization'] }
          ]
        });
      }
      const organization = {
        id: `org_${org.slug}`,
        internalNumericId: org.id,
        slug: org.slug,
        name: org.name
      };
      return sendJson(res, 200, { data: { organization } });
    }
    if (route === 'graphql:app') {
      const answer = graphqlApp(principal, parsed.variables?.name);
      return sendJson(res, 200, {
        data: { app: answer.app },
        ...(answer.error ? { errors: [{ ...answer.error, path: ['app'] }] } : {})
      });
    }
    sendJson(res, 200, { errors: [{ message: 'unsupported query' }] });
  };

  const server = http.createServer((req, res) => {
    void handle(req, res);
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://stand-in');
    let parsed: { query?: unknown; variables?: Record<string, unknown> } = {};
    let route: StandInRoute | 'unknown' = 'unknown';
    if (req.method === 'GET' && url.pathname === '/v1/apps') route = 'apps-list';
    else if (req.method === 'GET' && /^\/v1\/apps\/[^/]+$/.test(url.pathname)) route = 'app';
    else if (req.method === 'POST' && url.pathname === '/graphql') {
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        parsed = {};
      }
      route = graphqlRoute(typeof parsed.query === 'string' ? parsed.query : '');
    }
    requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      route,
      headers: req.headers,
      body
    });
    wakeWaiters();

    if (route !== 'unknown') {
      const handled = await misbehave(route, res);
      if (handled) return;
    }
    const header = req.headers.authorization;
    if (route === 'apps-list') return handleAppsList(url, header, res);
    if (route === 'app') {
      return handleApp(decodeURIComponent(url.pathname.slice('/v1/apps/'.length)), header, res);
    }
    if (route === 'unknown') return sendJson(res, 404, { error: 'not found' });
    if (route === 'graphql' && typeof parsed.query !== 'string') {
      return sendJson(res, 400, { errors: [{ message: 'invalid JSON body' }] });
    }
    return handleGraphql(route, parsed, header, res);
  };

  /** Applies the armed misbehaviour, if any; true when the response is dealt with. */
  const misbehave = async (route: StandInRoute, res: ServerResponse): Promise<boolean> => {
    const key = misbehaviours.has(route) ? route : route.startsWith('graphql') ? 'graphql' : route;
    const armed = misbehaviours.get(key);
    if (!armed) return false;
    if (armed.times !== undefined) {
      armed.times -= 1;
      if (armed.times <= 0) misbehaviours.delete(key);
    }
    switch (armed.kind) {
      case 'latency':
        await new Promise(resolve => setTimeout(resolve, armed.ms));
        return false;
      case 'hang':
        return true;
      case 'gate':
        await armed.release;
        return false;
      case 'reset':
        res.socket?.destroy();
        return true;
      case 'reset-mid-body':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
        // Cut the connection once the first part is on the wire: the body stays unfinished.
        res.write('{"name":"acme-web","organization":{"slug":"ac', () => res.socket?.destroy());
        return true;
      case 'truncated': {
        const cut = '{"name":"acme-web","organization":{"slug":"ac';
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': String(cut.length)
        });
        res.end(cut);
        return true;
      }
      case 'non-json':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body>Service temporarily unavailable</body></html>');
        return true;
      case 'status': {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (armed.retryAfter !== undefined) headers['retry-after'] = armed.retryAfter;
        res.writeHead(armed.status, headers);
        res.end(armed.body ?? JSON.stringify({ error: `stand-in says ${armed.status}` }));
        return true;
      }
      case 'respond':
        if (typeof armed.body === 'string') {
          res.writeHead(armed.status, { 'content-type': 'text/html' });
          res.end(armed.body);
        } else {
          sendJson(res, armed.status, armed.body);
        }
        return true;
    }
  };

  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('stand-in has no port');
  const url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    requests,
    setMisbehaviour(route, misbehaviour) {
      if (misbehaviour) misbehaviours.set(route, { ...misbehaviour });
      else misbehaviours.delete(route);
    },
    waitForRequests(route, count = 1) {
      return new Promise<void>(resolve => {
        waiters.push({ route, count, resolve });
        wakeWaiters();
      });
    },
    revoke(tokenOrKidHex) {
      if (
        /^[0-9a-f]+$/i.test(tokenOrKidHex) &&
        tokenOrKidHex.length % 2 === 0 &&
        tokenOrKidHex.length <= 64
      ) {
        revokedKids.add(tokenOrKidHex.toLowerCase());
      }
      const verdict = verifyHeader(tokenOrKidHex, keys);
      if (!verdict.ok) return;
      for (const permission of verdict.permissions) revokedKids.add(permission.kidHex);
      for (const token of verdict.userTokens) revokedUserTokens.add(token);
    },
    setClock(unixSeconds) {
      clock = unixSeconds;
    },
    configure(changes) {
      Object.assign(settings, changes);
    },
    async close() {
      const closed = new Promise<void>(resolve => server.close(() => resolve()));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    }
  };
}

function graphqlRoute(query: string): StandInRoute {
  if (/\bviewer\b/.test(query)) return 'graphql:viewer';
  if (/\borganizations\b/.test(query)) return 'graphql:organizations';
  if (/\borganization\s*\(/.test(query)) return 'graphql:organization';
  if (/\bapp\s*\(/.test(query)) return 'graphql:app';
  return 'graphql';
}

/** Only the validity windows decide whether a token is current at all; the rest is per request. */
function withinValidity(permission: VerifiedPermission, clock: number): boolean {
  const windows = permission.caveats.filter(c => c.type === 4n);
  return evaluate(windows, { action: 0, now: clock }).allowed;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text))
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
