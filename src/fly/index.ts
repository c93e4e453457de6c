// The Fly API client: online verification of a token, and app-id resolution.
export {
  verifyOnline,
  resolveAppIds,
  onlineToken,
  DEFAULT_FLY_API_URL,
  DEFAULT_FLY_GRAPHQL_URL,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_CONCURRENCY,
  startFlyDeadline,
  type FlyDeadline,
  type FlyClientOptions,
  type OnlineToken,
  type VerifyOnlineOptions
} from './verify.js';
export { createFlyDispatcher, type FlyDispatcherOptions } from './dispatcher.js';
export { DEFAULT_RETRY_POLICY, MAX_BODY_BYTES, type RetryPolicy } from './http.js';
export { checkFlyUrl, isLoopbackHost, FLY_URL_RULE, type FlyUrlCheck } from './url-policy.js';
export {
  flyAuthorization,
  stripAuthorizationScheme,
  type FlyAuthorization
} from './authorization.js';
export { sanitizeDetail, containsSecretFragment } from './sanitize.js';
export { DEFAULT_USER_AGENT, FLY_TOKEN_GUARD_VERSION } from './version.js';
export type * from './types.js';
