// The individual online checks. Each one asks Fly one question and files the answer under one
// outcome; "could not tell" is always `unverified`, never a verdict on the token.
import type { FlyAuthorization } from './authorization.js';
import { afterAttempts, asRecord, flyErrorText, graphqlQuery } from './graphql.js';
import { flyHttp, type FlyHttpContext, type FlyHttpResult } from './http.js';
import { sanitizeDetail } from './sanitize.js';
import type { AppCheck, OnlineCheck, OrgCheck, ViewerCheck } from './types.js';

export interface FlyEndpoints {
  /** Machines API base, e.g. https://api.machines.dev */
  api: URL;
  /** GraphQL endpoint, e.g. https://api.fly.io/graphql */
  graphql: URL;
}

/** What the checks need to know about the token itself (from the offline decode). */
export interface TokenFacts {
  orgIds: readonly string[];
  appIds: readonly string[];
}

const VIEWER_QUERY =
  'query FlyTokenGuardViewer { viewer { __typename ... on User { id email } ... on Macaroon { email } } }';
const APP_QUERY =
  'query FlyTokenGuardApp($name: String!) { app(name: $name) { name internalNumericId organization { internalNumericId slug name } } }';
const ORGANIZATIONS_QUERY =
  'query FlyTokenGuardOrganizations { organizations { nodes { internalNumericId slug name } } }';

/** `GET /v1/apps?org_slug=`: any authenticated token gets 400 (slug missing); a bad one gets 401. */
export async function checkAccepted(
  context: FlyHttpContext,
  endpoints: FlyEndpoints,
  authorization: FlyAuthorization
): Promise<OnlineCheck> {
  const result = await flyHttp(context, {
    url: endpointUrl(endpoints.api, '/v1/apps', 'org_slug='),
    method: 'GET',
    authorization: authorization.machines
  });
  if (result.kind === 'failure') {
    return unverified(
      `Could not reach Fly's Machines API: ${result.reason}.`,
      result.reason,
      result
    );
  }
  const { status } = result;
  const said = flySaid(result, context);
  // Only a JSON body is Fly speaking; an HTML page is a proxy, portal or wrong URL talking.
  if (result.json === undefined && status < 500) {
    const reason = `the response was not JSON (HTTP ${status})`;
    return unverified(
      `Fly's Machines API gave a response that is not JSON (HTTP ${status}).`,
      reason,
      result
    );
  }
  if (status === 400 || status === 200) {
    return withHttp({ outcome: 'confirmed', detail: 'Fly accepted the token.' }, result);
  }
  if (status === 401) {
    return withHttp(
      { outcome: 'rejected', detail: `Fly rejected the token (HTTP 401${said}).` },
      result
    );
  }
  if (status === 403) {
    const detail = `Fly authenticated the token but refused to list apps (HTTP 403${said}).`;
    return withHttp({ outcome: 'forbidden', detail }, result);
  }
  const reason = `HTTP ${status}${afterAttempts(result.attempts)}${said}`;
  return unverified(
    `Fly's Machines API answered ${reason}, which says nothing about the token.`,
    reason,
    result
  );
}

/** GraphQL `viewer`: a `User` for user tokens, a `Macaroon` for macaroons. */
export async function checkViewer(
  context: FlyHttpContext,
  endpoints: FlyEndpoints,
  authorization: FlyAuthorization
): Promise<ViewerCheck> {
  const result = await graphqlQuery(
    context,
    endpoints.graphql,
    authorization.graphql,
    VIEWER_QUERY
  );
  if (result.kind === 'failure') {
    return graphqlUnverified(
      `Could not ask Fly's GraphQL API who the token is: ${result.reason}.`,
      result.reason,
      result
    );
  }
  if (result.kind === 'unauthenticated') {
    const said = result.message ? `: ${result.message.replace(/\.$/, '')}` : '';
    return {
      outcome: 'rejected',
      detail: `Fly's GraphQL API does not accept the token (HTTP ${result.status}${said}).`,
      httpStatus: result.status,
      attempts: result.attempts
    };
  }
  const viewer = asRecord(result.data.viewer);
  if (!viewer) {
    const why = result.errors[0]?.message ?? 'no viewer in the response';
    return graphqlUnverified(
      `Fly's GraphQL API did not say who the token is (${why}).`,
      why,
      result
    );
  }
  const check: ViewerCheck = {
    outcome: 'confirmed',
    detail: 'Fly knows the token.',
    httpStatus: result.status,
    attempts: result.attempts
  };
  const type = viewer.__typename;
  if (type === 'User' || type === 'Macaroon') {
    check.viewerType = type;
    check.detail =
      type === 'User' ? 'Fly knows the token as a user.' : 'Fly knows the token as a macaroon.';
  }
  if (typeof viewer.email === 'string')
    check.email = sanitizeDetail(viewer.email, context.secrets, 120);
  return check;
}

/** `GET /v1/apps/{name}`, with a GraphQL `app` lookup when the numeric ids are missing. */
export async function checkApp(
  context: FlyHttpContext,
  endpoints: FlyEndpoints,
  authorization: FlyAuthorization,
  app: string,
  token: TokenFacts
): Promise<AppCheck> {
  const result = await flyHttp(context, {
    url: endpointUrl(endpoints.api, `/v1/apps/${encodeURIComponent(app)}`),
    method: 'GET',
    authorization: authorization.machines
  });
  const base = { app, idMatchesToken: null, orgMatchesToken: null };
  if (result.kind === 'failure') {
    return {
      ...base,
      ...unverified(`Could not check app ${app}: ${result.reason}.`, result.reason, result)
    };
  }
  const { status } = result;
  const said = flySaid(result, context);
  const http = { httpStatus: status, attempts: result.attempts };
  if (result.json === undefined && status < 500) {
    const reason = `the response was not JSON (HTTP ${status})`;
    return { ...base, ...unverified(`Could not check app ${app}: ${reason}.`, reason, result) };
  }
  if (status === 401) {
    return {
      ...base,
      ...http,
      outcome: 'rejected',
      detail: `Fly rejected the token (HTTP 401${said}).`
    };
  }
  if (status === 403) {
    const detail = `Fly refused this token access to app ${app} (HTTP 403${said}).`;
    return { ...base, ...http, outcome: 'forbidden', detail };
  }
  if (status === 404) {
    const detail = `Fly found no app ${app} that this token can see (HTTP 404${said}).`;
    return { ...base, ...http, outcome: 'not-found', detail };
  }
  const body = asRecord(result.json);
  if (status !== 200 || !body) {
    const why =
      status === 200
        ? 'the response was not a JSON object'
        : `HTTP ${status}${afterAttempts(result.attempts)}${said}`;
    return { ...base, ...unverified(`Could not check app ${app}: ${why}.`, why, result) };
  }

  const check: AppCheck = { ...base, ...http, outcome: 'confirmed', detail: '' };
  const organization = asRecord(body.organization);
  setIfText(check, 'appId', numericId(body.internal_numeric_id));
  setIfText(check, 'orgId', numericId(organization?.internal_numeric_id));
  setIfText(check, 'orgSlug', text(organization?.slug, context));
  setIfText(check, 'orgName', text(organization?.name, context));
  if (check.appId === undefined || check.orgId === undefined) {
    await fillFromGraphql(context, endpoints, authorization, check);
  }
  check.idMatchesToken =
    check.appId !== undefined && token.appIds.length > 0
      ? token.appIds.includes(check.appId)
      : null;
  check.orgMatchesToken =
    check.orgId !== undefined && token.orgIds.length > 0
      ? token.orgIds.includes(check.orgId)
      : null;
  check.detail = describeConfirmedApp(check);
  return check;
}

/** The numeric id of one app by name, or undefined when Fly would not say. */
export async function lookupAppId(
  context: FlyHttpContext,
  endpoints: FlyEndpoints,
  authorization: FlyAuthorization,
  app: string
): Promise<string | undefined> {
  const result = await flyHttp(context, {
    url: endpointUrl(endpoints.api, `/v1/apps/${encodeURIComponent(app)}`),
    method: 'GET',
    authorization: authorization.machines
  });
  if (result.kind === 'response' && result.status === 200) {
    const id = numericId(asRecord(result.json)?.internal_numeric_id);
    if (id !== undefined) return id;
  }
  const graphql = await graphqlQuery(context, endpoints.graphql, authorization.graphql, APP_QUERY, {
    name: app
  });
  if (graphql.kind !== 'data') return undefined;
  return numericId(asRecord(graphql.data.app)?.internalNumericId);
}

export type OrganizationListing =
  | { kind: 'listed'; orgs: { id: string; slug?: string; name?: string }[] }
  | { kind: 'rejected' | 'unavailable'; detail: string; httpStatus?: number; attempts: number };

/** GraphQL `organizations`: the orgs the token may read (org-level queries fail for deploy tokens). */
export async function listOrganizations(
  context: FlyHttpContext,
  endpoints: FlyEndpoints,
  authorization: FlyAuthorization
): Promise<OrganizationListing> {
  const result = await graphqlQuery(
    context,
    endpoints.graphql,
    authorization.graphql,
    ORGANIZATIONS_QUERY
  );
  if (result.kind === 'failure') {
    const listing: OrganizationListing = {
      kind: 'unavailable',
      detail: `could not list organizations: ${result.reason}`,
      attempts: result.attempts
    };
    if (result.status !== undefined) listing.httpStatus = result.status;
    return listing;
  }
  if (result.kind === 'unauthenticated') {
    const said = result.message ? `: ${result.message.replace(/\.$/, '')}` : '';
    return {
      kind: 'rejected',
      detail: `Fly's GraphQL API does not accept the token (HTTP ${result.status}${said})`,
      httpStatus: result.status,
      attempts: result.attempts
    };
  }
  const nodes = asRecord(result.data.organizations)?.nodes;
  if (!Array.isArray(nodes)) {
    const why = result.errors[0]?.message ?? 'no organizations in the response';
    return {
      kind: 'unavailable',
      detail: `Fly would not list organizations for this token (${why})`,
      httpStatus: result.status,
      attempts: result.attempts
    };
  }
  const orgs = nodes.flatMap(node => {
    const record = asRecord(node);
    const id = numericId(record?.internalNumericId);
    if (!record || id === undefined) return [];
    const org: { id: string; slug?: string; name?: string } = { id };
    setIfText(org, 'slug', text(record.slug, context));
    setIfText(org, 'name', text(record.name, context));
    return [org];
  });
  return { kind: 'listed', orgs };
}

/** One check per org id of the token: from the org listing, else from a needed app's owner. */
export function orgChecks(
  orgIds: readonly string[],
  listing: OrganizationListing,
  apps: readonly AppCheck[]
): OrgCheck[] {
  return orgIds.map(orgId => {
    if (listing.kind === 'listed') {
      const listed = listing.orgs.find(org => org.id === orgId);
      if (listed) {
        const check: OrgCheck = {
          orgId,
          outcome: 'confirmed',
          detail: '',
          source: 'organizations'
        };
        setIfText(check, 'slug', listed.slug);
        setIfText(check, 'name', listed.name);
        check.detail = `Organization ${orgId} is ${describeOrg(check.slug, check.name)}.`;
        return check;
      }
    }
    const owner = apps.find(app => app.outcome === 'confirmed' && app.orgId === orgId);
    if (owner) {
      const check: OrgCheck = { orgId, outcome: 'confirmed', detail: '', source: 'app' };
      setIfText(check, 'slug', owner.orgSlug);
      setIfText(check, 'name', owner.orgName);
      check.detail = `Organization ${orgId} is ${describeOrg(check.slug, check.name)} (owner of app ${owner.app}).`;
      return check;
    }
    if (listing.kind === 'rejected') {
      return { orgId, outcome: 'rejected', detail: `${listing.detail}.`, ...httpOf(listing) };
    }
    const why =
      listing.kind === 'listed'
        ? 'Fly did not list it among the organizations this token may read'
        : listing.detail;
    return {
      orgId,
      outcome: 'unverified',
      detail: `The slug of organization ${orgId} is unknown: ${why}.`,
      reason: why,
      ...(listing.kind === 'listed' ? {} : httpOf(listing))
    };
  });
}

/** A check for when nothing could be asked at all (bad URL, unusable token text). */
export function notAsked(detail: string, reason: string): OnlineCheck {
  return { outcome: 'unverified', detail, reason };
}

export function endpointUrl(base: URL, path: string, query?: string): URL {
  const url = new URL(base.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  url.search = query === undefined ? '' : `?${query}`;
  return url;
}

async function fillFromGraphql(
  context: FlyHttpContext,
  endpoints: FlyEndpoints,
  authorization: FlyAuthorization,
  check: AppCheck
): Promise<void> {
  const result = await graphqlQuery(context, endpoints.graphql, authorization.graphql, APP_QUERY, {
    name: check.app
  });
  if (result.kind !== 'data') return;
  const app = asRecord(result.data.app);
  const organization = asRecord(app?.organization);
  if (check.appId === undefined) setIfText(check, 'appId', numericId(app?.internalNumericId));
  if (check.orgId === undefined)
    setIfText(check, 'orgId', numericId(organization?.internalNumericId));
  if (check.orgSlug === undefined) setIfText(check, 'orgSlug', text(organization?.slug, context));
  if (check.orgName === undefined) setIfText(check, 'orgName', text(organization?.name, context));
}

function describeConfirmedApp(check: AppCheck): string {
  const id = check.appId !== undefined ? ` (id ${check.appId})` : '';
  const org =
    check.orgSlug !== undefined || check.orgName !== undefined || check.orgId !== undefined
      ? ` in organization ${describeOrg(check.orgSlug, check.orgName, check.orgId)}`
      : '';
  return `Fly shows app ${check.app}${id}${org}.`;
}

function describeOrg(slug?: string, name?: string, id?: string): string {
  const label = slug ?? name ?? (id !== undefined ? id : 'unknown');
  return name !== undefined && slug !== undefined && name !== slug ? `${label} (${name})` : label;
}

function flySaid(
  result: Extract<FlyHttpResult, { kind: 'response' }>,
  context: FlyHttpContext
): string {
  const said = flyErrorText(result.json, context.secrets).replace(/\.$/, '');
  return said ? `: ${said}` : '';
}

function unverified(detail: string, reason: string, result: FlyHttpResult): OnlineCheck {
  const check: OnlineCheck = { outcome: 'unverified', detail, reason, attempts: result.attempts };
  if (result.kind === 'response') check.httpStatus = result.status;
  return check;
}

function graphqlUnverified(
  detail: string,
  reason: string,
  result: { status?: number; attempts: number }
): ViewerCheck {
  const check: ViewerCheck = { outcome: 'unverified', detail, reason, attempts: result.attempts };
  if (result.status !== undefined) check.httpStatus = result.status;
  return check;
}

function withHttp<T extends OnlineCheck>(
  check: T,
  result: Extract<FlyHttpResult, { kind: 'response' }>
): T {
  return { ...check, httpStatus: result.status, attempts: result.attempts };
}

function httpOf(listing: { httpStatus?: number; attempts: number }): Partial<OnlineCheck> {
  return listing.httpStatus !== undefined
    ? { httpStatus: listing.httpStatus, attempts: listing.attempts }
    : { attempts: listing.attempts };
}

/** A decimal id from a JSON number or digit string; undefined otherwise. */
function numericId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return value;
  return undefined;
}

function text(value: unknown, context: FlyHttpContext): string | undefined {
  return typeof value === 'string' && value !== ''
    ? sanitizeDetail(value, context.secrets, 100)
    : undefined;
}

function setIfText<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined
): void {
  if (value !== undefined) target[key] = value;
}
