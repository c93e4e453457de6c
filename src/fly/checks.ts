// The individual online checks. Each one asks Fly one question and files the answer under one
// outcome; "could not tell" is always `unverified`, never a verdict on the token. `confirmed` is
// kept for Fly's positive answer in the shape Fly really gives (fly-tokens.md section 5).
import type { FlyAuthorization } from './authorization.js';
import {
  afterAttempts,
  asRecord,
  flyErrorText,
  graphqlQuery,
  type GraphqlResult
} from './graphql.js';
import { flyHttp, type FlyHttpContext, type FlyHttpResult } from './http.js';
import { sanitizeDetail } from './sanitize.js';
import type { Acceptance, AppCheck, OnlineCheck, OrgCheck, ViewerCheck } from './types.js';

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

const VIEWER_FIELD = 'viewer { __typename ... on User { id email } ... on Macaroon { email } }';
const APP_FIELDS = 'name internalNumericId organization { internalNumericId slug name }';
const APP_QUERY = `query FlyTokenGuardApp($name: String!) { app(name: $name) { ${APP_FIELDS} } }`;
const ORGANIZATIONS_QUERY =
  'query FlyTokenGuardOrganizations { organizations { nodes { internalNumericId slug name } } }';

/** What GraphQL `app(name:)` tells of a needed app: the numeric ids the Machines API may omit. */
interface GraphqlAppFacts {
  appId?: string;
  orgId?: string;
  orgSlug?: string;
  orgName?: string;
}

interface IdentityAnswer {
  viewer: ViewerCheck;
  /** By app name; an app GraphQL would not show is absent. */
  apps: Map<string, GraphqlAppFacts>;
}

/**
 * One GraphQL request: `viewer` (a `User` for user tokens, a `Macaroon` for macaroons) and, for
 * each needed app, `app(name:)`, so the ids arrive in the same round as the Machines answer.
 */
export async function askIdentity(
  context: FlyHttpContext,
  endpoints: FlyEndpoints,
  authorization: FlyAuthorization,
  apps: readonly string[]
): Promise<IdentityAnswer> {
  const variables = Object.fromEntries(apps.map((app, i) => [`app${i}`, app]));
  const declared = apps.map((_, i) => `$app${i}: String!`).join(', ');
  const appFields = apps.map((_, i) => ` app${i}: app(name: $app${i}) { ${APP_FIELDS} }`).join('');
  const query = `query FlyTokenGuardCheck${declared ? `(${declared})` : ''} { ${VIEWER_FIELD}${appFields} }`;
  const result = await graphqlQuery(
    context,
    endpoints.graphql,
    authorization.graphql,
    query,
    variables
  );
  const facts = new Map<string, GraphqlAppFacts>();
  if (result.kind === 'data') {
    apps.forEach((app, i) => {
      const found = graphqlAppFacts(result.data[`app${i}`], context);
      if (found) facts.set(app, found);
    });
  }
  return { viewer: readViewer(result, context), apps: facts };
}

function readViewer(result: GraphqlResult, context: FlyHttpContext): ViewerCheck {
  if (result.kind === 'failure') {
    return unverified(
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
    const own = result.errors.find(error => error.path === undefined || error.path === 'viewer');
    const why = own?.message ?? 'no viewer in the response';
    return unverified(`Fly's GraphQL API did not say who the token is (${why}).`, why, result);
  }
  const type = viewer.__typename;
  // Only the two identities Fly gives a token count as knowing it; anything else is not an answer.
  if (type !== 'User' && type !== 'Macaroon') {
    const why = 'the viewer in the response is neither a User nor a Macaroon';
    return unverified(`Fly's GraphQL API did not say who the token is (${why}).`, why, result);
  }
  const check: ViewerCheck = {
    outcome: 'confirmed',
    detail:
      type === 'User' ? 'Fly knows the token as a user.' : 'Fly knows the token as a macaroon.',
    viewerType: type,
    httpStatus: result.status,
    attempts: result.attempts
  };
  if (typeof viewer.email === 'string')
    check.email = sanitizeDetail(viewer.email, context.secrets, 120);
  return check;
}

/**
 * `GET /v1/apps/{name}`: 200 with the app (accepted), 401 (rejected), 403/404 (not this token's
 * app; which of the two Fly sends is UNVERIFIED). Matching against the token is `withAppFacts`.
 */
export async function checkApp(
  context: FlyHttpContext,
  endpoints: FlyEndpoints,
  authorization: FlyAuthorization,
  app: string
): Promise<AppCheck> {
  const result = await flyHttp(context, {
    url: endpointUrl(endpoints.api, `/v1/apps/${encodeURIComponent(app)}`),
    method: 'GET',
    authorization: authorization.machines
  });
  const base = { app, idMatchesToken: null, orgMatchesToken: null };
  const notChecked = (why: string): AppCheck => ({
    ...base,
    ...unverified(`Could not check app ${app}: ${why}.`, why, result)
  });
  if (result.kind === 'failure') return notChecked(result.reason);
  const { status } = result;
  const said = flySaid(result, context);
  const http = { httpStatus: status, attempts: result.attempts };
  // Fly speaks JSON objects; an HTML page or a bare value is a proxy, portal or wrong URL talking.
  const body = asRecord(result.json);
  if (!body && status < 500) {
    return notChecked(`the response was not a JSON object (HTTP ${status})`);
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
  const organization = asRecord(body?.organization);
  if (status !== 200 || !body || !isAppNamed(body, app) || !organization) {
    const why =
      status === 200
        ? 'the answer is not the app (no matching name and organization)'
        : `HTTP ${status}${afterAttempts(result.attempts)}${said}`;
    return notChecked(why);
  }

  const check: AppCheck = { ...base, ...http, outcome: 'confirmed', detail: '' };
  setIfText(check, 'appId', numericId(body.internal_numeric_id));
  setIfText(check, 'orgId', numericId(organization.internal_numeric_id));
  setIfText(check, 'orgSlug', text(organization.slug, context));
  setIfText(check, 'orgName', text(organization.name, context));
  return check;
}

/**
 * A confirmed app check completed with what GraphQL told (ids the Machines API left out) and
 * compared with the token's own app and org ids.
 */
export function withAppFacts(
  check: AppCheck,
  facts: GraphqlAppFacts | undefined,
  token: TokenFacts
): AppCheck {
  if (check.outcome !== 'confirmed') return check;
  const done: AppCheck = { ...check };
  for (const key of ['appId', 'orgId', 'orgSlug', 'orgName'] as const) {
    if (done[key] === undefined) setIfText(done, key, facts?.[key]);
  }
  done.idMatchesToken =
    done.appId !== undefined && token.appIds.length > 0 ? token.appIds.includes(done.appId) : null;
  done.orgMatchesToken =
    done.orgId !== undefined && token.orgIds.length > 0 ? token.orgIds.includes(done.orgId) : null;
  done.detail = describeConfirmedApp(done);
  return done;
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

type OrganizationListing =
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

/**
 * What is known of each org id of the token: from the org listing when it was asked for, else
 * from a needed app's owner. An org nobody asked about is left out, not reported as unverified.
 */
export function orgChecks(
  orgIds: readonly string[],
  listing: OrganizationListing | undefined,
  apps: readonly AppCheck[]
): OrgCheck[] {
  return orgIds.flatMap(orgId => {
    if (listing?.kind === 'listed') {
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
        return [check];
      }
    }
    const owner = apps.find(app => app.outcome === 'confirmed' && app.orgId === orgId);
    if (owner) {
      const check: OrgCheck = { orgId, outcome: 'confirmed', detail: '', source: 'app' };
      setIfText(check, 'slug', owner.orgSlug);
      setIfText(check, 'name', owner.orgName);
      check.detail = `Organization ${orgId} is ${describeOrg(check.slug, check.name)} (owner of app ${owner.app}).`;
      return [check];
    }
    if (listing === undefined) return [];
    if (listing.kind === 'rejected') {
      return [{ orgId, outcome: 'rejected', detail: `${listing.detail}.`, ...httpOf(listing) }];
    }
    const why =
      listing.kind === 'listed'
        ? 'Fly did not list it among the organizations this token may read'
        : listing.detail;
    const check: OrgCheck = {
      orgId,
      outcome: 'unverified',
      detail: `The slug of organization ${orgId} is unknown: ${why}.`,
      reason: why,
      ...(listing.kind === 'listed' ? {} : httpOf(listing))
    };
    return [check];
  });
}

/**
 * Fly's word on the token from every check of one round: the one value `valid`, `invalid-token`
 * and the summary all read. A definite "no" anywhere wins (the token fails where it was refused);
 * otherwise a positive answer in Fly's own shape; otherwise nothing is known.
 */
export function acceptanceOf(checks: readonly OnlineCheck[]): Acceptance {
  if (checks.some(check => check.outcome === 'rejected')) return 'rejected';
  return checks.some(check => check.outcome === 'confirmed') ? 'accepted' : 'unknown';
}

/** A check for when nothing could be asked at all (bad URL, unusable token text). */
export function notAsked(detail: string, reason: string): OnlineCheck {
  return { outcome: 'unverified', detail, reason };
}

function endpointUrl(base: URL, path: string): URL {
  const url = new URL(base.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  url.search = '';
  return url;
}

/** `GET /v1/apps/{name}` answers `{id, name, status, organization{...}}` for the app asked. */
function isAppNamed(body: Record<string, unknown>, app: string): boolean {
  return typeof body.name === 'string' && body.name.toLowerCase() === app.toLowerCase();
}

function graphqlAppFacts(value: unknown, context: FlyHttpContext): GraphqlAppFacts | undefined {
  const app = asRecord(value);
  if (!app) return undefined;
  const organization = asRecord(app.organization);
  const facts: GraphqlAppFacts = {};
  setIfText(facts, 'appId', numericId(app.internalNumericId));
  setIfText(facts, 'orgId', numericId(organization?.internalNumericId));
  setIfText(facts, 'orgSlug', text(organization?.slug, context));
  setIfText(facts, 'orgName', text(organization?.name, context));
  return facts;
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

/** "Could not tell", with the HTTP status when there was an answer (a Fly or GraphQL result). */
function unverified(
  detail: string,
  reason: string,
  result: { status?: number; attempts: number }
): OnlineCheck {
  const check: OnlineCheck = { outcome: 'unverified', detail, reason, attempts: result.attempts };
  if (result.status !== undefined) check.httpStatus = result.status;
  return check;
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
