// A GraphQL query against Fly, read tolerantly: Fly answers errors with HTTP 200 and an `errors`
// list, or (UNVERIFIED) with 401; both spellings of "not authenticated" count as a rejection.
import { flyHttp, type FlyHttpContext } from './http.js';
import { sanitizeDetail } from './sanitize.js';

interface GraphqlError {
  /** Sanitized. */
  message: string;
  code?: string;
  /** The root field the error is about (its alias), when Fly says. */
  path?: string;
}

export type GraphqlResult =
  | {
      kind: 'data';
      data: Record<string, unknown>;
      errors: GraphqlError[];
      status: number;
      attempts: number;
    }
  | { kind: 'unauthenticated'; message: string; status: number; attempts: number }
  | { kind: 'failure'; reason: string; status?: number; attempts: number };

const UNAUTHENTICATED_TEXT = /must be authenticated|not authenticated|unauthenticated/i;
const UNAUTHENTICATED_CODES = new Set(['UNAUTHENTICATED', 'UNAUTHORIZED_TOKEN']);

export async function graphqlQuery(
  context: FlyHttpContext,
  url: URL,
  authorization: string,
  query: string,
  variables: Record<string, unknown> = {}
): Promise<GraphqlResult> {
  const result = await flyHttp(context, {
    url,
    method: 'POST',
    authorization,
    body: JSON.stringify({ query, variables })
  });
  if (result.kind === 'failure') {
    return { kind: 'failure', reason: result.reason, attempts: result.attempts };
  }
  const { status, attempts } = result;
  const body = asRecord(result.json);
  const errors = readErrors(body?.errors, context.secrets);
  const unauthenticated = errors.find(
    error => UNAUTHENTICATED_TEXT.test(error.message) || UNAUTHENTICATED_CODES.has(error.code ?? '')
  );
  // A 401 counts only with a JSON body: an HTML 401 is not Fly's GraphQL API speaking.
  if ((status === 401 && body) || (unauthenticated && !hasAnyData(body?.data))) {
    const message =
      unauthenticated?.message ?? errors[0]?.message ?? flyErrorText(result.json, context.secrets);
    return { kind: 'unauthenticated', message, status, attempts };
  }
  if (status >= 500) {
    return {
      kind: 'failure',
      reason: `HTTP ${status}${afterAttempts(attempts)}`,
      status,
      attempts
    };
  }
  if (!body) {
    return {
      kind: 'failure',
      reason: `the response was not JSON (HTTP ${status})`,
      status,
      attempts
    };
  }
  const data = asRecord(body.data);
  if (!data && errors.length === 0) {
    return {
      kind: 'failure',
      reason: `the response had neither data nor errors (HTTP ${status})`,
      status,
      attempts
    };
  }
  return { kind: 'data', data: data ?? {}, errors, status, attempts };
}

/** Fly's error text from a JSON error body (`{"error": ...}` or GraphQL `errors`), sanitized. */
export function flyErrorText(json: unknown, secrets: readonly string[]): string {
  const body = asRecord(json);
  if (!body) return '';
  for (const key of ['error', 'message', 'errors']) {
    const value = body[key];
    if (typeof value === 'string') return sanitizeDetail(value, secrets, 160);
    if (key === 'errors') {
      const first = readErrors(value, secrets)[0];
      if (first) return first.message;
    }
  }
  return '';
}

export function afterAttempts(attempts: number): string {
  return attempts > 1 ? ` after ${attempts} attempts` : '';
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function readErrors(value: unknown, secrets: readonly string[]): GraphqlError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap(item => {
    const record = asRecord(item);
    if (!record || typeof record.message !== 'string') return [];
    const error: GraphqlError = { message: sanitizeDetail(record.message, secrets, 160) };
    const code = asRecord(record.extensions)?.code;
    if (typeof code === 'string') error.code = code;
    const field = Array.isArray(record.path) ? record.path[0] : undefined;
    if (typeof field === 'string') error.path = field;
    return [error];
  });
}

function hasAnyData(data: unknown): boolean {
  const record = asRecord(data);
  return record !== undefined && Object.values(record).some(value => value != null);
}
