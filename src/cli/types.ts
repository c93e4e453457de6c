// The contract between the CLI's entry (main.ts) and its commands: what a command receives.
import type { CliArgs } from './args.js';

export interface CliContext {
  args: CliArgs;
  env: NodeJS.ProcessEnv;
  stdinIsTTY: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads the token once (env, then stdin to EOF) and registers it with the redactor. */
  token: () => Promise<string>;
}

export type CommandHandler = (context: CliContext) => Promise<number>;
