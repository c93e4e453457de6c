// The CLI: the action's engine for terminals. Exit codes: 0 pass, 1 findings at or above
// --fail-on, 2 bad input or usage. Every message is redacted: the token never reaches a terminal.
import { createScrub, type Scrub } from '../token/scrub.js';
import { FLY_TOKEN_GUARD_VERSION } from '../fly/version.js';
import { tokenFragments } from '../token/index.js';
import { redactTokenShapes, TOKEN_SHAPE } from '../token/token-shape.js';
import { USAGE, UsageError, commandUsage, parseInvocation, type CommandName } from './args.js';
import { readTokenFromEnvOrStdin } from './io.js';
import { assertUsableProxyEnvironment } from '../fly/proxy-environment.js';
import type { CommandHandler } from './types.js';

const COMMANDS: Record<CommandName, () => Promise<CommandHandler>> = {
  inspect: async () => (await import('./inspect.js')).runInspectCommand,
  check: async () => (await import('./check.js')).runCheckCommand,
  scan: async () => (await import('./scan.js')).runScanCommand,
  attenuate: async () => (await import('./attenuate.js')).runAttenuateCli,
  // The audit loads the GitHub client with it, and @actions/github builds its proxy agent then.
  audit: async () => {
    assertUsableProxyEnvironment();
    return (await import('./audit.js')).runAuditCommand;
  }
};

/** One line: the reason, and where to read the usage. */
function usageErrorLine(error: UsageError, running: CommandName | undefined): string {
  const command = error.command ?? running;
  const who = command ? `fly-token-guard ${command}` : 'fly-token-guard';
  // Usage errors quote the command line (an unknown option, a stray argument, a path), where a
  // pasted token may be cut anywhere and so decode to nothing: any token-shaped run goes.
  const message = redactTokenShapes(error.message, TOKEN_SHAPE.fragment);
  return `${who}: ${message} (see '${who} --help')`;
}

export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  stdinIsTTY: boolean = Boolean(process.stdin.isTTY),
  stdin: NodeJS.ReadableStream = process.stdin
): Promise<number> {
  // Scan output and errors quote repository text: the scrub runs before any token is read. The
  // audit's GitHub token is a secret too: what GitHub answers (repository names, paths, errors)
  // could repeat it.
  const gitHubTokens = [env.GITHUB_TOKEN, env.GH_TOKEN].flatMap(value =>
    value !== undefined && value.trim() !== '' ? [value.trim()] : []
  );
  let redact: Scrub = createScrub(gitHubTokens);
  const err = (text: string): void => void process.stderr.write(redact(text) + '\n');
  const out = (text: string): void => void process.stdout.write(redact(text) + '\n');
  let running: CommandName | undefined;
  try {
    const invocation = parseInvocation(argv);
    if (invocation.kind === 'version') {
      out(FLY_TOKEN_GUARD_VERSION);
      return 0;
    }
    if (invocation.kind === 'help') {
      out(invocation.command ? commandUsage(invocation.command) : USAGE);
      return 0;
    }
    const { args } = invocation;
    running = args.command;
    let token: Promise<string> | undefined;
    const readToken = (): Promise<string> => {
      token ??= readTokenFromEnvOrStdin(env, stdinIsTTY, stdin).then(value => {
        redact = createScrub([
          ...gitHubTokens,
          ...(value.trim() === '' ? [] : tokenFragments(value))
        ]);
        return value;
      });
      return token;
    };
    const handler = await COMMANDS[args.command]();
    return await handler({ args, env, stdinIsTTY, out, err, token: readToken });
  } catch (error) {
    if (error instanceof UsageError) {
      err(usageErrorLine(error, running));
    } else {
      err(`fly-token-guard: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 2;
  }
}
