// One HTTP exchange with Fly: sends, retries what is worth retrying within the overall deadline,
// reads a bounded body, parses JSON when it is JSON, and turns every failure into a short
// token-free reason. Never throws.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import { readCapped, TooLargeError } from '../io/read-capped.js';
import { sanitizeDetail } from './sanitize.js';

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  maxAttempts: number;
  /** Backoff before retry n is about baseDelayMs * 2^(n-1), jittered, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** In [0, 1); injectable so tests can pin the jitter. */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 4000,
  random: Math.random
};

/** Fly's answers are a few hundred bytes; a body past this is a failure, never parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Answers worth asking again: Fly overloaded or rate limiting. Never another 4xx. */
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
/** Connections that failed or dropped before an answer: nothing was said about the token. */
const RETRY_ERROR_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT'
]);
const RESPONSE_TOO_LARGE = 'FTG_RESPONSE_TOO_LARGE';

/** What every request of one verification shares. */
export interface FlyHttpContext {
  dispatcher: Dispatcher;
  /** Aborts on the overall deadline (and on the caller's own signal, if any). */
  signal: AbortSignal;
  /** The overall deadline's own signal, to tell a timeout from a cancellation. */
  deadlineSignal: AbortSignal;
  /** Epoch milliseconds: no retry starts that could not finish before it. */
  deadline: number;
  /** The whole run's timeout, for messages. */
  timeoutMs: number;
  userAgent: string;
  retry: RetryPolicy;
  /** Strings that must never appear in a reason or detail (the Authorization values). */
  secrets: readonly string[];
}

interface FlyHttpRequest {
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
    }
  | { kind: 'failure'; reason: string; timedOut: boolean; attempts: number; code?: string };

/**
 * Sends `request`, and again after a pause while the answer is a 429/5xx or the connection
 * failed, as long as the pause (Retry-After, else jittered backoff) ends before the deadline.
 */
export async function flyHttp(
  context: FlyHttpContext,
  request: FlyHttpRequest
): Promise<FlyHttpResult> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await sendOnce(context, request, attempt);
    const delay = retryDelay(result, attempt, context);
    if (delay === undefined) return result;
    try {
      await sleep(delay, undefined, { signal: context.signal });
    } catch {
      return failure(context, new Error('aborted'), attempt);
    }
  }
}

/** Milliseconds to wait before attempt `attempt + 1`, or undefined to stop with `result`. */
function retryDelay(
  result: FlyHttpResult,
  attempt: number,
  context: FlyHttpContext
): number | undefined {
  if (attempt >= context.retry.maxAttempts || context.signal.aborted) return undefined;
  let delay: number;
  if (result.kind === 'response') {
    if (!RETRY_STATUSES.has(result.status)) return undefined;
    delay = parseRetryAfter(result.headers['retry-after']) ?? backoffDelay(attempt, context.retry);
  } else {
    if (result.code === undefined || !RETRY_ERROR_CODES.has(result.code)) return undefined;
    delay = backoffDelay(attempt, context.retry);
  }
  // Waiting past the deadline would only turn a real answer into a timeout.
  return Date.now() + delay < context.deadline ? delay : undefined;
}

async function sendOnce(
  context: FlyHttpContext,
  request: FlyHttpRequest,
  attempts: number
): Promise<FlyHttpResult> {
  const headers: Record<string, string> = {
    authorization: request.authorization,
    'user-agent': context.userAgent,
    accept: 'application/json'
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await untilAborted(
      context.dispatcher.request({
        origin: request.url.origin,
        path: `${request.url.pathname}${request.url.search}`,
        method: request.method,
        headers,
        body: request.body ?? null,
        signal: context.signal
      }),
      context.signal
    );
    const text = await readBody(response.body);
    return {
      kind: 'response',
      status: response.statusCode,
      headers: response.headers,
      text,
      json: parseJson(text),
      attempts
    };
  } catch (error) {
    return failure(context, error, attempts);
  }
}

/**
 * The request's answer, or its signal's abort, whichever comes first. undici leaves a request
 * waiting on a proxy's answer to CONNECT unaborted by its signal (and its connect timeout ends
 * before CONNECT is sent), so a proxy that accepts and never answers held the run past its
 * deadline, without end. The request left behind ends when the dispatcher is destroyed.
 */
function untilAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  pending.catch(() => undefined);
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = (): void => signal.removeEventListener('abort', onAbort);
    pending.then(
      value => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error as Error);
      }
    );
  });
}

function failure(context: FlyHttpContext, error: unknown, attempts: number): FlyHttpResult {
  const timedOut = context.deadlineSignal.aborted;
  const code = (error as { code?: unknown } | null)?.code;
  return {
    kind: 'failure',
    reason: describeFailure(error, context, timedOut),
    timedOut,
    attempts,
    ...(typeof code === 'string' ? { code } : {})
  };
}

async function readBody(body: AsyncIterable<Buffer | string>): Promise<string> {
  try {
    return await readCapped(body, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof TooLargeError) {
      throw Object.assign(new Error('response body too large'), { code: RESPONSE_TOO_LARGE });
    }
    throw error;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Milliseconds to wait for a Retry-After value (delta-seconds or HTTP date); undefined if absent or unreadable. */
export function parseRetryAfter(
  value: string | string[] | undefined,
  nowMs: number = Date.now()
): number | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  // An HTTP date names its day and month; anything else ("-5", "1.5") is not one.
  if (!/[A-Za-z]{3}/.test(raw)) return undefined;
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** "Equal jitter": half the exponential step fixed, half random, so retries never bunch at 0 ms. */
export function backoffDelay(retry: number, policy: RetryPolicy): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(step / 2 + policy.random() * (step / 2));
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

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
