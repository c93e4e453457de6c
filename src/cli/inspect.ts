// `fly-token-guard inspect [--json]`: offline decode. Exit 0 when it decodes, 2 when malformed.
import { currentTime, pinnedClockOption } from '../action/clock.js';
import { renderInspectionText } from '../report/inspect-text.js';
import { inspectToken } from '../token/index.js';
import { NO_TOKEN_MESSAGE } from './io.js';
import type { CommandHandler } from './types.js';

export const runInspectCommand: CommandHandler = async ({ args, env, out, err, token }) => {
  const input = await token();
  if (input.trim() === '') {
    err(NO_TOKEN_MESSAGE);
    return 2;
  }
  const inspection = inspectToken(input);
  out(
    args.values.json
      ? JSON.stringify(inspection, null, 2)
      : renderInspectionText(inspection, currentTime(env), pinnedClockOption(env))
  );
  return inspection.kind === 'malformed' ? 2 : 0;
};
