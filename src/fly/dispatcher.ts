// The default HTTP stack for Fly's APIs: proxy-aware (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, read
// when the dispatcher is built), with explicit timeouts and our retry interceptor on top.
import { EnvHttpProxyAgent, type Dispatcher } from 'undici';
import { retryInterceptor, type RetryPolicy } from './retry.js';

export interface FlyDispatcherOptions {
  connectTimeoutMs?: number;
  /** Time allowed for the response headers of one attempt. */
  headersTimeoutMs?: number;
  /** Time allowed between body chunks of one attempt. */
  bodyTimeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Override the proxy environment variables (undefined = read the environment). */
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_HEADERS_TIMEOUT_MS = 15_000;
export const DEFAULT_BODY_TIMEOUT_MS = 15_000;

/** A dispatcher for `verifyOnline`; the caller owns it and closes it when done. */
export function createFlyDispatcher(options: FlyDispatcherOptions = {}): Dispatcher {
  const proxyOverrides: { httpProxy?: string; httpsProxy?: string; noProxy?: string } = {};
  if (options.httpProxy !== undefined) proxyOverrides.httpProxy = options.httpProxy;
  if (options.httpsProxy !== undefined) proxyOverrides.httpsProxy = options.httpsProxy;
  if (options.noProxy !== undefined) proxyOverrides.noProxy = options.noProxy;
  const agent = new EnvHttpProxyAgent({
    ...proxyOverrides,
    connect: { timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS },
    headersTimeout: options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
    bodyTimeout: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS
  });
  return agent.compose(retryInterceptor(options.retry));
}
