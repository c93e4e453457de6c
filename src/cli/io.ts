// Where the CLI gets a token: FLY_ACCESS_TOKEN, FLY_API_TOKEN, then standard input (flyctl's order).
// Standard input is read as a stream to its end, however late the data comes
// (`fly tokens create … | fly-token-guard inspect`), up to MAX_STDIN_BYTES: a Fly token is a few
// KiB, so anything larger is a mistake, refused with a clear message rather than held in memory.
import { readCapped, TooLargeError } from '../io/read-capped.js';

export const MAX_STDIN_BYTES = 1024 * 1024;

/** Standard input could not be read, or held more than MAX_STDIN_BYTES: exit 2. */
class StdinError extends Error {}

/** Reads a stream to its end as UTF-8, refusing more than `limit` bytes. */
async function readStreamToEnd(
  stream: NodeJS.ReadableStream,
  limit: number = MAX_STDIN_BYTES
): Promise<string> {
  try {
    return await readCapped(stream, limit);
  } catch (error) {
    if (error instanceof TooLargeError) {
      throw new StdinError(
        `standard input holds more than ${limit / 1024 / 1024} MiB; a Fly token is a few KiB: pipe the token alone`
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new StdinError(`cannot read standard input${code ? ` (${code})` : ''}`);
  }
}

/** What a command that needs a token says when neither the environment nor stdin gave one. */
export const NO_TOKEN_MESSAGE =
  'fly-token-guard: no token: set FLY_API_TOKEN (or FLY_ACCESS_TOKEN), or pipe it on standard input.';

export async function readTokenFromEnvOrStdin(
  env: NodeJS.ProcessEnv,
  stdinIsTTY: boolean,
  stdin: NodeJS.ReadableStream = process.stdin
): Promise<string> {
  for (const name of ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN']) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return value;
  }
  // A terminal would wait for typing: the token is expected in the environment then.
  if (stdinIsTTY) return '';
  return readStreamToEnd(stdin);
}
