// The CLI: the action's engine for terminals. Exit codes: 0 pass, 1 findings at or above
// --fail-on, 2 bad input or usage. Every message is redacted: the token never reaches a terminal.
import { createRedactor, type Redactor } from '../action/redact.js';
import { tokenFragments } from '../token/index.js';
import { USAGE, UsageError, parseCliArgs, type CliArgs } from './args.js';
import { readTokenFromEnvOrStdin } from './io.js';

export interface CliContext {
  args: CliArgs;
  env: NodeJS.ProcessEnv;
  stdinIsTTY: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads the token once (env, then stdin) and registers it with the redactor. */
  token: () => string;
}

export type CommandHandler = (context: CliContext) => Promise<number>;

const COMMANDS: Record<string, () => Promise<CommandHandler>> = {
  inspect: async () => (await import('./inspect.js')).runInspectCommand,
  check: async () => (await import('./check.js')).runCheckCommand,
  scan: async () => (await import('./scan.js')).runScanCommand,
  attenuate: async () => (await import('./attenuate.js')).runAttenuateCli
};

export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  stdinIsTTY: boolean = Boolean(process.stdin.isTTY)
): Promise<number> {
  // Scan output and errors quote repository text: the scrub runs before any token is read.
  let redact: Redactor = createRedactor([]);
  const err = (text: string): void => void process.stderr.write(redact(text) + '\n');
  const out = (text: string): void => void process.stdout.write(redact(text) + '\n');
  try {
    const args = parseCliArgs(argv);
    if (args.values.help || args.command === 'help') {
      out(USAGE);
      return args.command === 'help' && !args.values.help && argv.length > 0 ? 2 : 0;
    }
    const load = COMMANDS[args.command];
    if (!load) throw new UsageError(`unknown command '${args.command}'`);
    let token: string | undefined;
    const readToken = (): string => {
      token ??= readTokenFromEnvOrStdin(env, stdinIsTTY);
      redact = createRedactor(token.trim() === '' ? [] : tokenFragments(token));
      return token;
    };
    const handler = await load();
    return await handler({ args, env, stdinIsTTY, out, err, token: readToken });
  } catch (error) {
    if (error instanceof UsageError) {
      err(`fly-token-guard: ${error.message}\n\n${USAGE}`);
    } else {
      err(`fly-token-guard: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 2;
  }
}
