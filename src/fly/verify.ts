// The online half of a check: asks Fly whether it accepts the token, who it is, whether it sees
// the apps the job needs and what its orgs are called. Independent checks run concurrently under
// one overall deadline; nothing here throws, and every detail is token-free.
import { setMaxListeners } from 'node:events';
import type { Dispatcher } from 'undici';
import { flyAuthorization, type FlyAuthorization } from './authorization.js';
import {
  checkAccepted,
  checkApp,
  checkViewer,
  listOrganizations,
  lookupAppId,
  notAsked,
  orgChecks,
  type FlyEndpoints,
  type TokenFacts
} from './checks.js';
import { mapWithConcurrency } from './concurrency.js';
import { createFlyDispatcher } from './dispatcher.js';
import type { FlyHttpContext } from './http.js';
import type { AppCheck, OnlineVerification, OrgCheck } from './types.js';
import { DEFAULT_USER_AGENT } from './version.js';

export const DEFAULT_FLY_API_URL = 'https://api.machines.dev';
export const DEFAULT_FLY_GRAPHQL_URL = 'https://api.fly.io/graphql';
export const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * App checks in flight at once. A monorepo job rarely names more than a dozen apps, so 16 checks
 * them in one round; Fly's 429s are still honoured by the retry interceptor if it ever pushes back.
 */
export const DEFAULT_CONCURRENCY = 16;

export interface FlyClientOptions {
  /** Machines API base URL (default https://api.machines.dev). */
  flyApiUrl?: string;
  /** GraphQL endpoint (default https://api.fly.io/graphql). */
  flyGraphqlUrl?: string;
  /** Injected HTTP stack; when absent one is built with `createFlyDispatcher()` and closed after. */
  dispatcher?: Dispatcher;
  /** Overall deadline for everything, retries included (default 30 s). */
  timeoutMs?: number;
  /** Most requests in flight for per-app work (default 8). */
  concurrency?: number;
  userAgent?: string;
  /** Cancels everything early. */
  signal?: AbortSignal;
}

/** The token as the online checks need it. */
export interface OnlineToken extends TokenFacts {
  /** What the user gave: a token, a comma-joined bundle or a full `FlyV1 ...` header. */
  input: string;
}

export interface VerifyOnlineOptions extends FlyClientOptions {
  token: OnlineToken;
  /** Names of the apps the job needs. */
  apps: readonly string[];
}

/** The token's org and app ids as the offline decode gave them. */
export function onlineToken(
  input: string,
  inspection: { orgIds: readonly string[]; appIds: readonly string[] }
): OnlineToken {
  return { input, orgIds: [...inspection.orgIds], appIds: [...inspection.appIds] };
}

export async function verifyOnline(options: VerifyOnlineOptions): Promise<OnlineVerification> {
  const started = performance.now();
  const apps = [...new Set(options.apps)];
  const orgIds = [...new Set(options.token.orgIds)];
  const setup = prepare(options, options.token.input);
  if (setup.kind === 'unusable') {
    const check = notAsked(setup.detail, setup.reason);
    return {
      accepted: check,
      viewer: { ...check },
      apps: apps.map(app => ({ ...check, app, idMatchesToken: null, orgMatchesToken: null })),
      orgs: orgIds.map(orgId => ({ ...check, orgId })),
      elapsedMs: Math.round(performance.now() - started)
    };
  }
  const { context, endpoints, authorization, release } = setup;
  try {
    const token: TokenFacts = { orgIds, appIds: options.token.appIds };
    const [accepted, viewer, appChecks, listing] = await Promise.all([
      checkAccepted(context, endpoints, authorization),
      checkViewer(context, endpoints, authorization),
      mapWithConcurrency(apps, options.concurrency ?? DEFAULT_CONCURRENCY, app =>
        checkApp(context, endpoints, authorization, app, token)
      ),
      orgIds.length > 0
        ? listOrganizations(context, endpoints, authorization)
        : Promise.resolve({ kind: 'listed' as const, orgs: [] })
    ]);
    const orgs = orgChecks(orgIds, listing, appChecks);
    return {
      accepted,
      viewer,
      apps: appChecks.map(app => withOrgSlugMatch(app, orgs)),
      orgs,
      elapsedMs: Math.round(performance.now() - started)
    };
  } finally {
    await release();
  }
}

/**
 * Fly's numeric id for each app name the token can see (Machines API `internal_numeric_id`, else
 * GraphQL `app.internalNumericId`). Names Fly would not resolve are left out. Never throws.
 */
export async function resolveAppIds(
  names: readonly string[],
  options: FlyClientOptions & { token: { input: string } }
): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  const setup = prepare(options, options.token.input);
  if (setup.kind === 'unusable') return resolved;
  const { context, endpoints, authorization, release } = setup;
  try {
    const unique = [...new Set(names)];
    const ids = await mapWithConcurrency(unique, options.concurrency ?? DEFAULT_CONCURRENCY, name =>
      lookupAppId(context, endpoints, authorization, name)
    );
    unique.forEach((name, index) => {
      const id = ids[index];
      if (id !== undefined) resolved.set(name, id);
    });
    return resolved;
  } finally {
    await release();
  }
}

type Prepared =
  | {
      kind: 'ready';
      context: FlyHttpContext;
      endpoints: FlyEndpoints;
      authorization: FlyAuthorization;
      release: () => Promise<void>;
    }
  | { kind: 'unusable'; detail: string; reason: string };

function prepare(options: FlyClientOptions, input: string): Prepared {
  const authorization = flyAuthorization(input);
  if (!authorization) {
    const reason = 'the token is empty or has characters an HTTP header cannot carry';
    return { kind: 'unusable', detail: `Not checked online: ${reason}.`, reason };
  }
  const api = httpUrl(options.flyApiUrl ?? DEFAULT_FLY_API_URL);
  const graphql = httpUrl(options.flyGraphqlUrl ?? DEFAULT_FLY_GRAPHQL_URL);
  if (!api || !graphql) {
    const which = !api ? 'fly-api-url' : 'fly-graphql-url';
    const reason = `${which} is not an http(s) URL`;
    return { kind: 'unusable', detail: `Not checked online: ${reason}.`, reason };
  }
  const timeoutMs = positive(options.timeoutMs) ?? DEFAULT_TIMEOUT_MS;
  const deadlineSignal = AbortSignal.timeout(timeoutMs);
  const signal = options.signal
    ? AbortSignal.any([deadlineSignal, options.signal])
    : deadlineSignal;
  // Each request in flight adds an abort listener to these signals; past Node's default of 10
  // (8 apps + 3 account checks) Node printed a "possible memory leak" warning into the job log.
  setMaxListeners(listenerLimit(options.concurrency), deadlineSignal, signal);
  const owned = options.dispatcher ? undefined : createFlyDispatcher();
  const dispatcher = options.dispatcher ?? (owned as Dispatcher);
  return {
    kind: 'ready',
    authorization,
    endpoints: { api, graphql },
    context: {
      dispatcher,
      signal,
      deadlineSignal,
      deadline: Date.now() + timeoutMs,
      timeoutMs,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      secrets: [input, authorization.machines, authorization.graphql]
    },
    // Only what we built is ours to close; destroy, as every request has settled by now.
    release: async () => {
      await owned?.destroy().catch(() => undefined);
    }
  };
}

/** When the app's org id was not told, compare its slug with the token's (all known) org slugs. */
function withOrgSlugMatch(app: AppCheck, orgs: readonly OrgCheck[]): AppCheck {
  if (app.orgMatchesToken !== null || app.orgSlug === undefined || orgs.length === 0) return app;
  if (!orgs.every(org => org.slug !== undefined)) return app;
  return { ...app, orgMatchesToken: orgs.some(org => org.slug === app.orgSlug) };
}

/** Requests one verification can have in flight (apps + account checks), with room to spare. */
function listenerLimit(concurrency: number | undefined): number {
  const apps = Math.max(1, Math.floor(concurrency ?? DEFAULT_CONCURRENCY) || 1);
  return apps + 8;
}

function httpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}
