// Command-line parsing for the CLI: one place that knows every command, its flags and its usage.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { failOnFrom, SEVERITIES, type Severity } from '../rules/types.js';
import { looksLikeToken, TOKEN_SHAPE } from '../token/token-shape.js';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { MAX_STDIN_BYTES } from './io.js';

export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage was broken, for the `--help` hint; none for global errors. */
    readonly command?: CommandName
  ) {
    super(message);
  }
}

export const COMMAND_NAMES = ['inspect', 'check', 'scan', 'attenuate', 'audit'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const TOKEN_SOURCE = `The token comes from FLY_ACCESS_TOKEN, FLY_API_TOKEN or standard input (read to the end,
at most ${MAX_STDIN_BYTES / 1024 / 1024} MiB).`;

export const USAGE = `Usage: fly-token-guard <command> [options]

Commands:
  inspect      Decode the token offline: kind, organization, apps, access, expiry.
  check        The action's check: is this token right for this job?
  scan [DIR]   Find risky Fly token handling in workflows and files (needs no token).
  attenuate    Print a narrower, short-lived token made from this one.
  audit        Every repository of a GitHub organization, through the REST API (no token needed
               from Fly; a GitHub token from GITHUB_TOKEN or GH_TOKEN).

Run 'fly-token-guard <command> --help' for the options of a command.
  -h, --help      Show this help.
  -V, --version   Print the version.

${TOKEN_SOURCE}
Exit codes: 0 pass, 1 findings at or above --fail-on, 2 bad input or usage.`;

const FLY_URL_HELP = `  --fly-api-url URL       Fly's Machines API (default https://api.machines.dev).
  --fly-graphql-url URL   Fly's GraphQL API (default https://api.fly.io/graphql).`;

const HELP_LINE = `  -h, --help              Show this help.`;

interface CommandSpec {
  usage: string;
  /** How many positional arguments the command takes. */
  positionals: number;
  options: ParseArgsOptionsConfig;
}

const FLY_URL_OPTIONS = {
  'fly-api-url': { type: 'string' },
  'fly-graphql-url': { type: 'string' }
} as const;

const COMMANDS = {
  inspect: {
    positionals: 0,
    options: { json: { type: 'boolean' } },
    usage: `Usage: fly-token-guard inspect [--json]

Decode the token offline and say what it is and can do: kind, organization, apps, access,
expiry. Nothing is sent anywhere.

Options:
  --json                  Print the decoded token as JSON.
${HELP_LINE}

${TOKEN_SOURCE}
Exit codes: 0 decoded, 2 malformed token, no token or bad usage.`
  },
  check: {
    positionals: 0,
    options: {
      json: { type: 'boolean' },
      offline: { type: 'boolean' },
      apps: { type: 'string' },
      needs: { type: 'string' },
      workflow: { type: 'string' },
      job: { type: 'string' },
      repo: { type: 'string' },
      'fail-on': { type: 'string' },
      ...FLY_URL_OPTIONS
    },
    usage: `Usage: fly-token-guard check [options]

The action's check from a terminal: is this token right for this job? It decodes the token,
asks Fly's API whether it is accepted (unless --offline) and compares it with what the job needs.

Options:
  --apps a,b              Apps the job deploys or touches (default: inferred from --job).
  --needs deploy,...      What the job needs: read, deploy, secrets, scale, ssh, machine-exec,
                          proxy, create-app, destroy-app, org (default: inferred from --job).
  --workflow FILE         The workflow to infer the needs from; goes with --job.
  --job ID                The job of that workflow.
  --repo DIR              Repository root holding the workflow and fly.toml (default: .).
  --fail-on SEVERITY      critical, high, medium, low, info or never (default: high).
  --offline               Decode only: send nothing to Fly.
${FLY_URL_HELP}
                          (or the FLY_API_URL and FLY_GRAPHQL_URL environment variables)
  --json                  Print the report as JSON.
${HELP_LINE}

${TOKEN_SOURCE}
Exit codes: 0 pass or warn, 1 a finding at or above --fail-on, 2 bad input or usage.`
  },
  scan: {
    positionals: 1,
    options: {
      json: { type: 'boolean' },
      sarif: { type: 'boolean' },
      'fail-on': { type: 'string' },
      'max-files': { type: 'string' }
    },
    usage: `Usage: fly-token-guard scan [DIR] [options]

Find risky Fly token handling in the workflows, action files and fly*.toml of DIR (default: .).
Needs no token and sends nothing anywhere.

Options:
  --json                  Print the findings as JSON.
  --sarif                 Print SARIF 2.1.0 (for code scanning).
  --fail-on SEVERITY      critical, high, medium, low, info or never (default: high).
  --max-files N           The most files to read before stopping with a clear message
                          (default: 5000).
${HELP_LINE}

Exit codes: 0 pass or warn, 1 a finding at or above --fail-on, 2 bad usage.`
  },
  attenuate: {
    positionals: 0,
    options: {
      apps: { type: 'string' },
      'app-ids': { type: 'string' },
      access: { type: 'string' },
      ttl: { type: 'string' },
      command: { type: 'string', multiple: true },
      offline: { type: 'boolean' },
      ...FLY_URL_OPTIONS
    },
    usage: `Usage: fly-token-guard attenuate (--apps a,b | --app-ids 1,2) [options]

Print a narrower, short-lived token made from this one. Standard output carries the new token
and nothing else (pipe it into \`gh secret set\`); messages go to standard error.

Options:
  --apps a,b              App names; their ids are looked up on Fly's API.
  --app-ids 1,2           Numeric app ids: no lookup.
  --access KIND           deploy, readonly, ssh or machine-exec (default: deploy).
  --ttl DURATION          Lifetime, e.g. 30m or 2h (default: 30m, at most 24h).
  --command CMD           machine-exec: a command the token may run (repeatable; default: any).
  --offline               Never call Fly's API (use --app-ids).
${FLY_URL_HELP}
${HELP_LINE}

${TOKEN_SOURCE}
Exit codes: 0 done, 2 refused, no token or bad usage.`
  },
  audit: {
    positionals: Number.POSITIVE_INFINITY,
    options: {
      org: { type: 'string' },
      repos: { type: 'string' },
      'include-archived': { type: 'boolean' },
      'include-forks': { type: 'boolean' },
      shard: { type: 'string' },
      json: { type: 'boolean' },
      sarif: { type: 'boolean' },
      markdown: { type: 'boolean' },
      'github-api-url': { type: 'string' },
      'timeout-seconds': { type: 'string' },
      'fail-on': { type: 'string' }
    },
    usage: `Usage: fly-token-guard audit --org ORG [options]
       fly-token-guard audit merge FILE... [--json|--markdown]

Audit every repository of a GitHub organization through the REST API, without cloning: the same
scan and rules as \`scan\`, repository by repository, plus what only shows across repositories.
\`audit merge\` combines the JSON reports of shards (a matrix of jobs) into one.

Options:
  --org ORG               The organization.
  --repos a,b             Only these repositories.
  --include-archived      Also audit archived repositories (listed as skipped otherwise).
  --include-forks         Also audit forks (listed as skipped otherwise).
  --shard I/N             Audit shard I of N: a stable split of the repositories by name.
  --json                  Print the report as JSON (docs/audit.md has the schema).
  --sarif                 Print SARIF 2.1.0, findings located at owner/name/path.
  --markdown              Print the org summary as Markdown (with a Mermaid chart).
  --github-api-url URL    GitHub's REST API (default: GITHUB_API_URL, else https://api.github.com).
  --timeout-seconds N     One deadline for the whole audit (default: 3000).
  --fail-on SEVERITY      critical, high, medium, low, info or never (default: high).
${HELP_LINE}

The GitHub token comes from GITHUB_TOKEN or GH_TOKEN: read access to the organization's
repositories (contents and metadata), e.g. a GitHub App installation token.
Exit codes: 0 pass or warn, 1 a finding at or above --fail-on, 2 bad input, usage or access,
3 incomplete (the deadline or the rate limit ended it, or shards are missing).`
  }
} satisfies Record<CommandName, CommandSpec>;

/** Every flag a command accepts, long form (for the test that holds the usage texts complete). */
export function commandOptions(command: CommandName): string[] {
  return Object.keys(COMMANDS[command].options);
}

export function commandUsage(command: CommandName): string {
  return COMMANDS[command].usage;
}

/** Every option of every command, typed as parseArgs gives it. */
type AnyOptions = (typeof COMMANDS)[CommandName]['options'];
type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type OptionOf<K extends PropertyKey> = Extract<AnyOptions, Record<K, unknown>>[K];

export interface CliArgs {
  command: CommandName;
  positionals: string[];
  values: {
    [K in KeysOfUnion<AnyOptions>]?: OptionOf<K> extends { multiple: true }
      ? string[]
      : OptionOf<K> extends { type: 'boolean' }
        ? boolean
        : string;
  };
}

/** What the command line asks for. */
type Invocation =
  { kind: 'help'; command?: CommandName } | { kind: 'version' } | { kind: 'run'; args: CliArgs };

function isCommand(name: string | undefined): name is CommandName {
  return COMMAND_NAMES.includes(name as CommandName);
}

const HELP_FLAGS = new Set(['-h', '--help']);
const VERSION_FLAGS = new Set(['-V', '--version']);

/** node:util's messages carry a paragraph of advice; keep the first sentence. */
function parseErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option '${unknown[1]}'`;
  return message.split('. ')[0]?.replace(/^./, c => c.toLowerCase()) ?? message;
}

export function parseInvocation(argv: string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (HELP_FLAGS.has(first) || first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { kind: 'help' };
    if (!isCommand(topic)) throw new UsageError(`unknown command '${topic}'`);
    return { kind: 'help', command: topic };
  }
  if (VERSION_FLAGS.has(first)) return { kind: 'version' };
  if (!isCommand(first)) {
    throw new UsageError(
      first.startsWith('-') ? `'${first}' is not a command` : `unknown command '${first}'`
    );
  }
  // `--help` anywhere after the command asks for that command's usage (before `--`).
  const end = rest.indexOf('--');
  if ((end === -1 ? rest : rest.slice(0, end)).some(arg => HELP_FLAGS.has(arg))) {
    return { kind: 'help', command: first };
  }
  const args = parseCliArgs(argv);
  const extra = args.positionals[COMMANDS[first].positionals];
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`, first);
  return { kind: 'run', args };
}

/** The arguments of one command (`argv[0]` is the command); flags of other commands are errors. */
export function parseCliArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!isCommand(command)) throw new UsageError(`unknown command '${command ?? ''}'`);
  const options: ParseArgsOptionsConfig = COMMANDS[command].options;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(parseErrorMessage(error), command);
  }
  refuseTokenShapedOptions(parsed.values, command);
  return {
    command,
    positionals: parsed.positionals,
    values: parsed.values as CliArgs['values']
  };
}

/**
 * A token pasted into an option (`--apps fo1_…`) would be sent on (as the app path of an API
 * call) or echoed: refused, naming the option, never repeating its value. As the action's inputs.
 */
function refuseTokenShapedOptions(
  values: Record<string, string | boolean | Array<string | boolean> | undefined>,
  command: CommandName
): void {
  for (const [name, value] of Object.entries(values)) {
    const texts = (Array.isArray(value) ? value : [value]).filter(v => typeof v === 'string');
    if (texts.some(text => looksLikeToken(text, TOKEN_SHAPE.value))) {
      throw new UsageError(
        `--${name} looks like it holds a Fly token, which does not belong there; nothing was sent. ` +
          'Give the token only in FLY_API_TOKEN (or FLY_ACCESS_TOKEN) or on standard input',
        command
      );
    }
  }
}

export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(s => s.length > 0);
}

export function parseFailOn(value: string | undefined): Severity | 'never' {
  const failOn = failOnFrom(value ?? 'high');
  if (failOn === undefined) {
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')} or never`);
  }
  return failOn;
}
