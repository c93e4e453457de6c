// The online half of a check: asks Fly whether it accepts the token, who it is, whether it sees
// the apps the job needs and what its orgs are called, in one round of concurrent requests under
// one overall deadline. Nothing here throws, and every detail is token-free.
import { setMaxListeners } from 'node:events';
import type { Dispatcher } from 'undici';
import { flyAuthorization, type FlyAuthorization } from './authorization.js';
import {
  acceptanceOf,
  askIdentity,
  checkApp,
  listOrganizations,
  lookupAppId,
  notAsked,
  orgChecks,
  withAppFacts,
  type FlyEndpoints,
  type TokenFacts
} from './checks.js';
import { mapWithConcurrency } from './concurrency.js';
import { createFlyDispatcher } from './dispatcher.js';
import { DEFAULT_RETRY_POLICY, type FlyHttpContext, type RetryPolicy } from './http.js';
import type { AppCheck, OnlineVerification, OrgCheck } from './types.js';
import { checkFlyUrl } from './url-policy.js';
import { DEFAULT_USER_AGENT } from './version.js';
import { SIGNAL_LISTENER_LIMIT, startDeadline, type Deadline } from '../io/deadline.js';

export const DEFAULT_FLY_API_URL = 'https://api.machines.dev';
export const DEFAULT_FLY_GRAPHQL_URL = 'https://api.fly.io/graphql';
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Requests in flight at once for per-app work: a dozen apps are checked in one round. */
export const DEFAULT_CONCURRENCY = 16;

export interface FlyClientOptions {
  /** Machines API base URL (default https://api.machines.dev); https only, but for loopback. */
  flyApiUrl?: string;
  /** GraphQL endpoint (default https://api.fly.io/graphql); https only, but for loopback. */
  flyGraphqlUrl?: string;
  /** Injected HTTP stack; when absent one is built with `createFlyDispatcher()` and closed after. */
  dispatcher?: Dispatcher;
  /** Overall deadline for everything, retries included (default 30 s), unless `deadline` is given. */
  timeoutMs?: number;
  /** A deadline already running, shared with other verifications (health checks many tokens). */
  deadline?: Deadline;
  /** Most requests in flight for per-app work (default 16). */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
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
      acceptance: 'unknown',
      viewer: { ...check },
      apps: apps.map(app => ({ ...check, app, idMatchesToken: null, orgMatchesToken: null })),
      orgs: [],
      elapsedMs: Math.round(performance.now() - started)
    };
  }
  const { context, endpoints, authorization, release } = setup;
  try {
    const token: TokenFacts = { orgIds, appIds: options.token.appIds };
    // One round: each needed app from the Machines API (200 accepted, 401 rejected, 403/404 not
    // this token's app) and one GraphQL request for who the token is and the apps' ids; the org
    // listing only when no app check can name the token's orgs.
    const [identity, machinesApps, listing] = await Promise.all([
      askIdentity(context, endpoints, authorization, apps),
      mapWithConcurrency(apps, options.concurrency ?? DEFAULT_CONCURRENCY, app =>
        checkApp(context, endpoints, authorization, app)
      ),
      apps.length === 0 && orgIds.length > 0
        ? listOrganizations(context, endpoints, authorization)
        : Promise.resolve(undefined)
    ]);
    const { viewer } = identity;
    const appChecks = machinesApps.map(check =>
      withAppFacts(check, identity.apps.get(check.app), token)
    );
    const orgs = orgChecks(orgIds, listing, appChecks);
    return {
      acceptance: acceptanceOf([viewer, ...appChecks, ...orgs]),
      viewer,
      apps: appChecks.map(app => withOrgSlugMatch(app, orgIds, orgs)),
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
  // Checked before anything is sent: a token never travels in clear text to another host.
  const api = checkFlyUrl(options.flyApiUrl ?? DEFAULT_FLY_API_URL);
  if (!api.ok) return refusedUrl('fly-api-url', api.problem);
  const graphql = checkFlyUrl(options.flyGraphqlUrl ?? DEFAULT_FLY_GRAPHQL_URL);
  if (!graphql.ok) return refusedUrl('fly-graphql-url', graphql.problem);
  const deadline = options.deadline ?? startDeadline(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal
    ? AbortSignal.any([deadline.signal, options.signal])
    : deadline.signal;
  setMaxListeners(SIGNAL_LISTENER_LIMIT, signal);
  const owned = options.dispatcher ? undefined : createFlyDispatcher();
  const dispatcher = options.dispatcher ?? (owned as Dispatcher);
  return {
    kind: 'ready',
    authorization,
    endpoints: { api: api.url, graphql: graphql.url },
    context: {
      dispatcher,
      signal,
      deadlineSignal: deadline.signal,
      deadline: deadline.at,
      timeoutMs: deadline.timeoutMs,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      secrets: [input, authorization.machines, authorization.graphql]
    },
    // Only what we built is ours to close; destroy, as every request has settled by now.
    release: async () => {
      await owned?.destroy().catch(() => undefined);
    }
  };
}

function refusedUrl(name: string, problem: string): Prepared {
  const reason = `${name} ${problem}`;
  return { kind: 'unusable', detail: `Not checked online: ${reason}.`, reason };
}

/**
 * When the app's org id was not told, compare its slug with the token's org slugs, only when
 * every one of them is known.
 */
function withOrgSlugMatch(
  app: AppCheck,
  orgIds: readonly string[],
  orgs: readonly OrgCheck[]
): AppCheck {
  if (app.orgMatchesToken !== null || app.orgSlug === undefined || orgIds.length === 0) return app;
  const slugs = orgIds.map(id => orgs.find(org => org.orgId === id)?.slug);
  if (slugs.some(slug => slug === undefined)) return app;
  return { ...app, orgMatchesToken: slugs.includes(app.orgSlug) };
}
