// The version sent in the User-Agent. A constant (not package.json read at runtime) because the
// bundled dist/ has no package.json next to it; a test keeps the two in step.
export const FLY_TOKEN_GUARD_VERSION = '1.4.0';

export const DEFAULT_USER_AGENT = `fly-token-guard/${FLY_TOKEN_GUARD_VERSION}`;
