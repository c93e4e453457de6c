// Where the CLI gets a token: FLY_ACCESS_TOKEN, FLY_API_TOKEN, then standard input (flyctl's order).
import { readFileSync } from 'node:fs';

export const MAX_STDIN_BYTES = 1024 * 1024;

export function readTokenFromEnvOrStdin(env: NodeJS.ProcessEnv, stdinIsTTY: boolean): string {
  for (const name of ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN']) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return value;
  }
  if (stdinIsTTY) return '';
  try {
    // Reading fd 0 synchronously is fine for a one-shot CLI and keeps the flow simple.
    const data = readFileSync(0);
    return data.subarray(0, MAX_STDIN_BYTES + 1).toString('utf8');
  } catch {
    return '';
  }
}
