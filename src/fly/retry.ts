// A retrying undici interceptor for Fly's small JSON APIs. Our own rather than
// `interceptors.retry`: that one resumes cut bodies with Range requests, cannot see our overall
// deadline, and leaves its backoff timer running after an abort. This one buffers each (small)
// response, retries 429/5xx and dropped connections with capped exponential backoff and jitter,
// honours Retry-After, never sleeps past the request's deadline, and stops at once on abort.
import type { Dispatcher } from 'undici';

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  maxAttempts: number;
  /** Backoff before retry n is about baseDelayMs * 2^(n-1), jittered, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After we will wait; longer values are capped to this. */
  maxRetryAfterMs: number;
  retryStatuses: readonly number[];
  /** Error codes of connections that failed or dropped (retried: nothing was answered). */
  retryErrorCodes: readonly string[];
  /** Fly's answers are small; anything bigger is cut off as an error. */
  maxBodyBytes: number;
  /** In [0, 1); injectable so tests can pin the jitter. */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 4000,
  maxRetryAfterMs: 10_000,
  retryStatuses: [408, 429, 500, 502, 503, 504],
  retryErrorCodes: [
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
  ],
  maxBodyBytes: 1024 * 1024,
  random: Math.random
};

/**
 * Per-request retry state, passed in the dispatch options as `flyRetry`. The caller sets the
 * deadline; the interceptor reports how many attempts it made and the last Retry-After it saw.
 */
export interface RetryState {
  /** Epoch milliseconds after which no retry starts. */
  deadline?: number;
  attempts: number;
  retryAfterMs?: number;
}

export type RetryDispatchOptions = Dispatcher.DispatchOptions & { flyRetry?: RetryState };

export const RESPONSE_TOO_LARGE = 'FTG_RESPONSE_TOO_LARGE';

type Headers = Record<string, string | string[] | undefined>;

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

export function retryInterceptor(
  overrides: Partial<RetryPolicy> = {}
): Dispatcher.DispatcherComposeInterceptor {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...overrides };
  return dispatch => {
    const retrying: Dispatcher.Dispatch = (opts, handler) => {
      new RetryingDispatch(dispatch, opts as RetryDispatchOptions, handler, policy).start();
      return true;
    };
    return retrying;
  };
}

type Outcome =
  | {
      kind: 'response';
      status: number;
      statusMessage: string;
      headers: Headers;
      chunks: Buffer[];
      trailers: Headers;
    }
  | { kind: 'error'; error: Error };

/** One logical request: the controller handed downstream, over however many attempts it takes. */
class RetryingDispatch implements Dispatcher.DispatchController {
  readonly #dispatch: Dispatcher.Dispatch;
  readonly #opts: Dispatcher.DispatchOptions;
  readonly #handler: Dispatcher.DispatchHandler;
  readonly #policy: RetryPolicy;
  readonly #state: RetryState;
  #attempt = 0;
  #inner: Dispatcher.DispatchController | undefined;
  #timer: NodeJS.Timeout | undefined;
  #finished = false;
  #aborted = false;
  #paused = false;
  #reason: Error | null = null;

  constructor(
    dispatch: Dispatcher.Dispatch,
    opts: RetryDispatchOptions,
    handler: Dispatcher.DispatchHandler,
    policy: RetryPolicy
  ) {
    const { flyRetry, ...rest } = opts;
    this.#dispatch = dispatch;
    this.#opts = rest;
    this.#handler = handler;
    this.#policy = policy;
    this.#state = flyRetry ?? { attempts: 0 };
  }

  get aborted(): boolean {
    return this.#aborted;
  }
  get paused(): boolean {
    return this.#paused;
  }
  get reason(): Error | null {
    return this.#reason;
  }
  // Bodies are delivered whole from a buffer, so pausing has nothing to hold back.
  pause(): void {
    this.#paused = true;
  }
  resume(): void {
    this.#paused = false;
  }

  abort(reason: Error): void {
    if (this.#finished) return;
    this.#aborted = true;
    this.#reason = reason;
    clearTimeout(this.#timer);
    const inner = this.#inner;
    this.#inner = undefined;
    this.#finish({ kind: 'error', error: reason });
    inner?.abort(reason);
  }

  start(): void {
    this.#handler.onRequestStart?.(this, { retry: this.#state });
    if (!this.#finished) this.#attemptOnce();
  }

  #attemptOnce(): void {
    this.#attempt += 1;
    this.#state.attempts = this.#attempt;
    const attempt = this.#attempt;
    const collected: Extract<Outcome, { kind: 'response' }> = {
      kind: 'response',
      status: 0,
      statusMessage: '',
      headers: {},
      chunks: [],
      trailers: {}
    };
    let size = 0;
    const settle = (outcome: Outcome): void => {
      if (attempt !== this.#attempt || this.#finished) return;
      this.#inner = undefined;
      this.#settle(outcome);
    };
    const inner: Dispatcher.DispatchHandler = {
      onRequestStart: controller => {
        if (this.#finished) controller.abort(this.#reason ?? new Error('aborted'));
        else this.#inner = controller;
      },
      onResponseStart: (_controller, status, headers, statusMessage) => {
        collected.status = status;
        collected.headers = headers;
        collected.statusMessage = statusMessage ?? '';
      },
      onResponseData: (controller, chunk) => {
        size += chunk.length;
        if (size > this.#policy.maxBodyBytes) {
          const tooLarge = Object.assign(new Error('response body too large'), {
            code: RESPONSE_TOO_LARGE
          });
          controller.abort(tooLarge);
          return;
        }
        collected.chunks.push(chunk);
      },
      onResponseEnd: (_controller, trailers) => settle({ ...collected, trailers }),
      onResponseError: (_controller, error) => settle({ kind: 'error', error })
    };
    try {
      this.#dispatch(this.#opts, inner);
    } catch (error) {
      settle({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  #settle(outcome: Outcome): void {
    const delay = this.#retryDelay(outcome);
    if (delay === undefined) {
      this.#finish(outcome);
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (!this.#finished) this.#attemptOnce();
    }, delay);
  }

  /** How long to wait before the next attempt, or undefined to stop with this outcome. */
  #retryDelay(outcome: Outcome): number | undefined {
    if (this.#attempt >= this.#policy.maxAttempts || !this.#replayable()) return undefined;
    let delay: number;
    if (outcome.kind === 'response') {
      if (!this.#policy.retryStatuses.includes(outcome.status)) return undefined;
      const retryAfter = parseRetryAfter(outcome.headers['retry-after']);
      if (retryAfter !== undefined) this.#state.retryAfterMs = retryAfter;
      delay =
        retryAfter !== undefined
          ? Math.min(retryAfter, this.#policy.maxRetryAfterMs)
          : backoffDelay(this.#attempt, this.#policy);
    } else {
      const code = (outcome.error as { code?: unknown }).code;
      if (typeof code !== 'string' || !this.#policy.retryErrorCodes.includes(code)) {
        return undefined;
      }
      delay = backoffDelay(this.#attempt, this.#policy);
    }
    const deadline = this.#state.deadline;
    // Waiting past the deadline would only turn a real answer into a timeout.
    if (deadline !== undefined && Date.now() + delay >= deadline) return undefined;
    return delay;
  }

  #replayable(): boolean {
    const { body, method, idempotent } = this.#opts;
    const bodyReplayable = body == null || typeof body === 'string' || body instanceof Uint8Array;
    return bodyReplayable && (method === 'GET' || method === 'HEAD' || idempotent === true);
  }

  #finish(outcome: Outcome): void {
    if (this.#finished) return;
    this.#finished = true;
    if (outcome.kind === 'error') {
      this.#handler.onResponseError?.(this, outcome.error);
      return;
    }
    this.#handler.onResponseStart?.(this, outcome.status, outcome.headers, outcome.statusMessage);
    const body = Buffer.concat(outcome.chunks);
    if (body.length > 0) this.#handler.onResponseData?.(this, body);
    this.#handler.onResponseEnd?.(this, outcome.trailers);
  }
}
