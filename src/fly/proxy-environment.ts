// The proxy variables, read as undici reads them, and the one message for a variable it cannot
// use. The CLI and the action both say it; neither repeats the value (a proxy URL may carry
// credentials). No undici here: the action's error handling loads this at startup.

/** One proxy variable in force, and what is wrong with it. */
export interface BrokenProxyVariable {
  name: string;
  problem: 'not-a-url' | 'not-http';
}

/** Explicit values that take the place of the environment (undefined = read the environment). */
export interface ProxyOverrides {
  httpProxy?: string;
  httpsProxy?: string;
}

/**
 * The proxy variables in force that no HTTP client can use. Of each pair, the lower-case form
 * wins when set (undici's order), and an empty value means no proxy.
 */
export function brokenProxyVariables(
  env: NodeJS.ProcessEnv = process.env,
  overrides: ProxyOverrides = {}
): BrokenProxyVariable[] {
  const inForce: [string, string | undefined][] = [
    overrides.httpProxy !== undefined
      ? ['httpProxy', overrides.httpProxy]
      : firstSet(env, 'http_proxy', 'HTTP_PROXY'),
    overrides.httpsProxy !== undefined
      ? ['httpsProxy', overrides.httpsProxy]
      : firstSet(env, 'https_proxy', 'HTTPS_PROXY')
  ];
  const broken: BrokenProxyVariable[] = [];
  for (const [name, value] of inForce) {
    if (!value) continue;
    if (!URL.canParse(value)) broken.push({ name, problem: 'not-a-url' });
    else if (!['http:', 'https:'].includes(new URL(value).protocol))
      broken.push({ name, problem: 'not-http' });
  }
  return broken;
}

function firstSet(
  env: NodeJS.ProcessEnv,
  lower: string,
  upper: string
): [string, string | undefined] {
  return env[lower] !== undefined ? [lower, env[lower]] : [upper, env[upper]];
}

/** A proxy variable that cannot be used: named, with what is wrong and what to set. */
export class ProxyEnvironmentError extends Error {
  override readonly name = 'ProxyEnvironmentError';

  constructor(readonly broken: readonly BrokenProxyVariable[]) {
    super(proxyEnvironmentMessage(broken));
  }
}

/** Throws ProxyEnvironmentError when a proxy variable in force cannot be used. */
export function assertUsableProxyEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  overrides: ProxyOverrides = {}
): void {
  const broken = brokenProxyVariables(env, overrides);
  if (broken.length > 0) throw new ProxyEnvironmentError(broken);
}

const PROBLEMS: Record<BrokenProxyVariable['problem'], string> = {
  'not-a-url': 'is not a URL',
  'not-http': 'is not an http:// or https:// URL (SOCKS and other proxies are not supported)'
};

function proxyEnvironmentMessage(broken: readonly BrokenProxyVariable[]): string {
  const named =
    broken.length === 0
      ? ['the proxy environment (HTTPS_PROXY, HTTP_PROXY or their lower-case forms) is not usable']
      : broken.map(({ name, problem }) => `the proxy variable ${name} ${PROBLEMS[problem]}`);
  return (
    `${named.join('; ')}. Set it to http://host:port or https://host:port, or unset it ` +
    '(its value is not shown: a proxy URL may carry credentials)'
  );
}
