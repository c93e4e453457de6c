// The action: mask every secret first, refuse misplaced tokens, start the run's deadline, then run
// the chosen mode. Any failure becomes one clear, redacted message; no stack trace reaches the log.
import * as core from '@actions/core';
// From inputs.js, not the room's index: the index would load the workflow parser at startup.
import { NeedsInputError } from '../workflow/inputs.js';
import { startDeadline } from '../io/deadline.js';
import {
  assertNoMisplacedTokens,
  InputError,
  maskTokenShapedInputs,
  readList,
  readMode,
  readTimeoutMs,
  readTokenInput,
  type Mode
} from './inputs.js';
import { maskTokens, Publisher } from './publish.js';
import { createScrub, type Scrub } from '../token/scrub.js';
import type { ModeHandler } from './types.js';

// Modes load lazily: a check never pays for the GitHub client or the workflow scanner.
const MODES: Record<Mode, () => Promise<ModeHandler>> = {
  check: async () => (await import('./check-mode.js')).runCheckMode,
  scan: async () => (await import('./scan-mode.js')).runScanMode,
  health: async () => (await import('./health-mode.js')).runHealthMode,
  attenuate: async () => (await import('./attenuate-mode.js')).runAttenuateMode,
  audit: async () => (await import('./audit-mode.js')).runAuditMode
};

export async function run(): Promise<void> {
  const token = readTokenInput();
  const masked = maskTokens([token.value]);
  const shaped = maskTokenShapedInputs();
  let redact: Scrub = createScrub([...masked, ...shaped]);
  try {
    assertNoMisplacedTokens();
    const mode = readMode();
    if (mode === 'health')
      redact = createScrub([...maskTokens([token.value, ...healthTokenValues()]), ...shaped]);
    // The one deadline of the run, for every network call of every mode.
    const deadline = startDeadline(readTimeoutMs(mode));
    const publisher = new Publisher(redact);
    const handler = await MODES[mode]();
    await handler({ token, publisher, redact, deadline });
  } catch (error) {
    const inputError = error instanceof InputError || error instanceof NeedsInputError;
    const message = inputError ? error.message : describeUnexpected(error);
    core.setFailed(redact(message));
    // The summary is where people look first: say there what to set.
    if (inputError) {
      const { renderInputErrorSummary } = await import('../report/error-summary.js');
      await new Publisher(redact).summary(renderInputErrorSummary(message));
    }
  }
}

function healthTokenValues(): string[] {
  return readList('tokens').map(name => process.env[name] ?? '');
}

function describeUnexpected(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `fly-token-guard stopped on an unexpected error: ${detail}. Please report it with this message.`;
}
