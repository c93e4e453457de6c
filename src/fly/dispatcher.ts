// The default HTTP stack for Fly's APIs: undici's proxy-aware agent (HTTPS_PROXY / HTTP_PROXY /
// NO_PROXY, read when the dispatcher is built) with explicit timeouts. The undici is the one the
// runner libraries (@actions/http-client, @actions/github) load, so a run holds one HTTP stack.
// Retries live in `flyHttp`, which knows the overall deadline.
//
// Only the agent and the request API are required, not undici's index: the index also builds
// fetch, WebSocket, the cache and cookie APIs, EventSource and the mocks, none of which a check
// runs. The one thing the index sets up that the agent needs is done here the same way: the
// request API's methods (`request`, and `connect`, which the proxy agent uses) on every dispatcher.
import type { Dispatcher as DispatcherType } from 'undici';
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import api from 'undici/lib/api/index.js';
import { assertUsableProxyEnvironment, ProxyEnvironmentError } from './proxy-environment.js';

Object.assign(Dispatcher.prototype, api);

export interface FlyDispatcherOptions {
  connectTimeoutMs?: number;
  /** Time allowed for the response headers of one attempt. */
  headersTimeoutMs?: number;
  /** Time allowed between body chunks of one attempt. */
  bodyTimeoutMs?: number;
  /** Override the proxy environment variables (undefined = read the environment). */
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_HEADERS_TIMEOUT_MS = 15_000;
export const DEFAULT_BODY_TIMEOUT_MS = 15_000;

/** A dispatcher for `verifyOnline`; the caller owns it and closes it when done. */
export function createFlyDispatcher(options: FlyDispatcherOptions = {}): DispatcherType {
  const proxyOverrides: { httpProxy?: string; httpsProxy?: string; noProxy?: string } = {};
  if (options.httpProxy !== undefined) proxyOverrides.httpProxy = options.httpProxy;
  if (options.httpsProxy !== undefined) proxyOverrides.httpsProxy = options.httpsProxy;
  if (options.noProxy !== undefined) proxyOverrides.noProxy = options.noProxy;
  assertUsableProxyEnvironment(process.env, proxyOverrides);
  try {
    return withoutExperimentalNotice(
      () =>
        new EnvHttpProxyAgent({
          ...proxyOverrides,
          connect: { timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS },
          headersTimeout: options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
          bodyTimeout: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS
        })
    );
  } catch {
    // A proxy value undici refuses for a reason not foreseen above: undici's own message
    // ("Invalid URL") names neither the variable nor the problem.
    throw new ProxyEnvironmentError([]);
  }
}

/**
 * undici 6 marks EnvHttpProxyAgent experimental (it is stable in 7) with a one-time process
 * warning on construction; that notice is noise in a job log, every other warning still shows.
 */
function withoutExperimentalNotice<T>(make: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const options = rest[0] as { code?: unknown } | undefined;
    if (typeof options === 'object' && options?.code === 'UNDICI-EHPA') return;
    Reflect.apply(emitWarning, process, [warning, ...rest]);
  }) as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emitWarning;
  }
}
