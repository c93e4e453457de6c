// `fly-token-guard attenuate (--apps a,b | --app-ids 1,2) [--ttl 30m] [--access KIND] [--command CMD]`:
// print a narrower, short-lived token made from the one in FLY_ACCESS_TOKEN / FLY_API_TOKEN / stdin.
// Standard output carries the new `FlyV1 ...` header and nothing else, so it can be piped into
// `gh secret set` or `export`; every message goes to standard error, redacted.
// Exit codes: 0 done, 2 refused or bad usage.
import type { Dispatcher } from 'undici';
import { currentTime } from '../action/clock.js';
import { createScrub } from '../token/scrub.js';
import {
  DEFAULT_FLY_API_URL,
  DEFAULT_FLY_GRAPHQL_URL,
  DEFAULT_TIMEOUT_MS,
  resolveAppIds
} from '../fly/verify.js';
import {
  ATTENUATION_ACCESSES,
  attenuate,
  describeAttenuated,
  parseTtl,
  type AttenuationAccess
} from '../token/attenuate/index.js';
import { tokenFragments } from '../token/index.js';
import { splitList, type CliArgs } from './args.js';
import { NO_TOKEN_MESSAGE, readTokenFromEnvOrStdin } from './io.js';
import type { CommandHandler } from './types.js';

export interface AttenuateCliIo {
  /** Raw standard output (not redacted: the new token is what this command produces). */
  out?: (text: string) => void;
  /** Standard error; messages are redacted here before they reach it. */
  err?: (text: string) => void;
  /** Reads the input token (default: FLY_ACCESS_TOKEN, FLY_API_TOKEN, then stdin). */
  readToken?: () => Promise<string>;
  /** HTTP stack for the app-name lookup (tests inject one). */
  dispatcher?: Dispatcher;
}

class Usage extends Error {}

interface Parsed {
  access: AttenuationAccess;
  ttlSeconds: number;
  apps: string[];
  appIds: string[];
  commands: string[];
}

function parse(args: CliArgs): Parsed {
  const { values } = args;
  if (args.positionals.length > 0) throw new Usage('attenuate takes no positional arguments');
  const access = (values.access ?? 'deploy').trim().toLowerCase();
  if (!ATTENUATION_ACCESSES.includes(access as AttenuationAccess)) {
    throw new Usage(`--access must be one of ${ATTENUATION_ACCESSES.join(', ')}`);
  }
  const ttl = parseTtl(values.ttl ?? '30m');
  if (!ttl.ok) throw new Usage(`--ttl: ${ttl.message}`);
  const apps = splitList(values.apps);
  const appIds = splitList(values['app-ids']);
  if (access !== 'readonly' && apps.length === 0 && appIds.length === 0) {
    throw new Usage(`--access ${access} needs --apps NAME[,NAME] or --app-ids ID[,ID]`);
  }
  return {
    access: access as AttenuationAccess,
    ttlSeconds: ttl.seconds,
    apps,
    appIds,
    commands: values.command ?? []
  };
}

/** App names -> ids through Fly's API, merged with the ids given directly. */
async function resolveApps(
  token: string,
  parsed: Parsed,
  args: CliArgs,
  io: AttenuateCliIo
): Promise<{ appIds: string[]; names: Map<string, string> }> {
  const names = new Map<string, string>();
  if (parsed.apps.length === 0) return { appIds: parsed.appIds, names };
  if (args.values.offline) {
    throw new Usage(
      "app names need Fly's API to find their ids: pass --app-ids instead of --apps with --offline"
    );
  }
  const resolved = await resolveAppIds(parsed.apps, {
    token: { input: token },
    flyApiUrl: args.values['fly-api-url'] ?? DEFAULT_FLY_API_URL,
    flyGraphqlUrl: args.values['fly-graphql-url'] ?? DEFAULT_FLY_GRAPHQL_URL,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    ...(io.dispatcher ? { dispatcher: io.dispatcher } : {})
  });
  const missing = parsed.apps.filter(name => !resolved.has(name));
  if (missing.length > 0) {
    throw new Usage(
      `could not find the id of app ${missing.join(', ')}: Fly did not answer, the app does not exist, or this token cannot see it (pass --app-ids to skip the lookup)`
    );
  }
  for (const [name, id] of resolved) names.set(id, name);
  return { appIds: [...new Set([...resolved.values(), ...parsed.appIds])], names };
}

export async function runAttenuateCommand(
  args: CliArgs,
  env: NodeJS.ProcessEnv,
  stdinIsTTY: boolean,
  io: AttenuateCliIo = {}
): Promise<number> {
  const out = io.out ?? ((text: string) => void process.stdout.write(text + '\n'));
  const token = await (io.readToken ? io.readToken() : readTokenFromEnvOrStdin(env, stdinIsTTY));
  let redact = createScrub(token.trim() === '' ? [] : tokenFragments(token));
  const rawErr = io.err ?? ((text: string) => void process.stderr.write(text + '\n'));
  const err = (text: string): void => rawErr(redact(text));
  if (token.trim() === '') {
    err(NO_TOKEN_MESSAGE);
    return 2;
  }
  try {
    const parsed = parse(args);
    const apps = await resolveApps(token, parsed, args, io);
    const result = attenuate(
      token,
      {
        appIds: apps.appIds,
        access: parsed.access,
        ttlSeconds: parsed.ttlSeconds,
        ...(parsed.commands.length ? { commands: parsed.commands } : {})
      },
      currentTime(env)
    );
    if (!result.ok) {
      err(`fly-token-guard: cannot attenuate the token: ${result.reason}`);
      return 2;
    }
    redact = createScrub([...tokenFragments(token), ...tokenFragments(result.header)]);
    out(result.header);
    const summary = describeAttenuated(result.inspection, result.expiresAt, apps.names);
    err(summary.headline);
    for (const line of summary.details) err(`  ${line}`);
    return 0;
  } catch (error) {
    if (error instanceof Usage) {
      err(`fly-token-guard attenuate: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

/** The CommandHandler shape of src/cli/main.ts. Its `out` is redacted, so stdout is written raw. */
export const runAttenuateCli: CommandHandler = context =>
  runAttenuateCommand(context.args, context.env, context.stdinIsTTY, {
    err: context.err,
    readToken: context.token
  });
