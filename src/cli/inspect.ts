// `fly-token-guard inspect [--json]`: offline decode. Exit 0 when it decodes, 2 when malformed.
import { currentTime, pinnedClock } from '../action/clock.js';
import { renderInspectionText } from '../report/inspect-text.js';
import { inspectToken } from '../token/index.js';
import type { CommandHandler } from './types.js';

export const runInspectCommand: CommandHandler = async ({ args, env, out, err, token }) => {
  const input = await token();
  if (input.trim() === '') {
    err(
      'fly-token-guard: no token: set FLY_API_TOKEN (or FLY_ACCESS_TOKEN), or pipe it on standard input.'
    );
    return 2;
  }
  const inspection = inspectToken(input);
  out(
    args.values.json
      ? JSON.stringify(inspection, null, 2)
      : renderInspectionText(inspection, currentTime(env), pinnedOption(env))
  );
  return inspection.kind === 'malformed' ? 2 : 0;
};

function pinnedOption(env: NodeJS.ProcessEnv): { pinnedClock?: Date } {
  const pinned = pinnedClock(env);
  return pinned ? { pinnedClock: pinned } : {};
}
