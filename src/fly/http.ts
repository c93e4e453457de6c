// One HTTP exchange with Fly: sends, reads a bounded body, parses JSON when it is JSON, and turns
// every failure into a short token-free reason. Never throws.
import type { Dispatcher } from 'undici';
import { RESPONSE_TOO_LARGE, type RetryDispatchOptions, type RetryState } from './retry.js';
import { sanitizeDetail } from './sanitize.js';

/** What every request of one verification shares. */
export interface FlyHttpContext {
  dispatcher: Dispatcher;
  /** Aborts on the overall deadline (and on the caller's own signal, if any). */
  signal: AbortSignal;
  /** The overall deadline's own signal, to tell a timeout from a cancellation. */
  deadlineSignal: AbortSignal;
  /** Epoch milliseconds. */
  deadline: number;
  timeoutMs: number;
  userAgent: string;
  /** Strings that must never appear in a reason or detail (the Authorization values). */
  secrets: readonly string[];
}

export interface FlyHttpRequest {
  url: URL;
  method: 'GET' | 'POST';
  authorization: string;
  /** JSON text for POST. */
  body?: string;
}

export type FlyHttpResult =
  | {
      kind: 'response';
      status: number;
      headers: Record<string, string | string[] | undefined>;
      text: string;
      /** The parsed body; undefined when it is not JSON. */
      json: unknown;
      attempts: number;
      retryAfterMs?: number;
    }
  | { kind: 'failure'; reason: string; timedOut: boolean; attempts: number };

/** Upper bound on a body we read, for dispatchers without our retry interceptor. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function flyHttp(
  context: FlyHttpContext,
  request: FlyHttpRequest
): Promise<FlyHttpResult> {
  const state: RetryState = { deadline: context.deadline, attempts: 0 };
  const headers: Record<string, string> = {
    authorization: request.authorization,
    'user-agent': context.userAgent,
    accept: 'application/json'
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const options: Dispatcher.RequestOptions & RetryDispatchOptions = {
    origin: request.url.origin,
    path: `${request.url.pathname}${request.url.search}`,
    method: request.method,
    headers,
    body: request.body ?? null,
    signal: context.signal,
    // Every request we send is a read (GraphQL queries included), so replaying is safe.
    idempotent: true,
    flyRetry: state
  };
  try {
    const response = await context.dispatcher.request(options);
    const text = await readBody(response.body);
    const result: FlyHttpResult = {
      kind: 'response',
      status: response.statusCode,
      headers: response.headers,
      text,
      json: parseJson(text),
      attempts: Math.max(1, state.attempts)
    };
    if (state.retryAfterMs !== undefined) result.retryAfterMs = state.retryAfterMs;
    return result;
  } catch (error) {
    const timedOut = context.deadlineSignal.aborted;
    return {
      kind: 'failure',
      reason: describeFailure(error, context, timedOut),
      timedOut,
      attempts: Math.max(1, state.attempts)
    };
  }
}

async function readBody(
  body: AsyncIterable<Buffer | string> & { destroy(): unknown }
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      body.destroy();
      throw Object.assign(new Error('response body too large'), { code: RESPONSE_TOO_LARGE });
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const FAILURE_PHRASES: Record<string, string> = {
  ECONNRESET: 'the connection was reset',
  UND_ERR_SOCKET: 'the connection closed before the response was complete',
  EPIPE: 'the connection was closed while sending',
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved (DNS timeout)',
  ETIMEDOUT: 'the connection timed out',
  ENETUNREACH: 'the network is unreachable',
  EHOSTUNREACH: 'the host is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no response arrived in time',
  UND_ERR_BODY_TIMEOUT: 'the response body stalled',
  [RESPONSE_TOO_LARGE]: 'the response was too large',
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is not trusted",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate is not trusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate is not trusted"
};

function describeFailure(error: unknown, context: FlyHttpContext, timedOut: boolean): string {
  if (timedOut) return `timed out after ${formatSeconds(context.timeoutMs)}`;
  if (context.signal.aborted) return 'cancelled';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FAILURE_PHRASES[code]) return FAILURE_PHRASES[code];
  if (typeof code === 'string' && /^ERR_SSL_|^ERR_TLS_|CERT/.test(code)) {
    return `the TLS handshake failed (${sanitizeDetail(code, context.secrets, 60)})`;
  }
  // Unknown failures: keep undici's words (a proxy refusing CONNECT, say), made safe.
  const message = error instanceof Error ? error.message : String(error);
  const label = typeof code === 'string' ? code : error instanceof Error ? error.name : 'error';
  return `network error (${sanitizeDetail(label, context.secrets, 40)}): ${sanitizeDetail(message, context.secrets, 120)}`;
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
