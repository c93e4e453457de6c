// The action: mask every secret first, refuse misplaced tokens, start the run's deadline, then run
// the chosen mode. Any failure becomes one clear, redacted message; no stack trace reaches the log.
import * as core from '@actions/core';
// From inputs.js, not the room's index: the index would load the workflow parser at startup.
import { NeedsInputError } from '../workflow/inputs.js';
import { assertUsableProxyEnvironment, ProxyEnvironmentError } from '../fly/proxy-environment.js';
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
import type { SetupErrorCause } from '../report/error-summary.js';

// Modes load lazily: a check never pays for the GitHub client or the workflow scanner.
const MODES: Record<Mode, () => Promise<ModeHandler>> = {
  check: async () => (await import('./check-mode.js')).runCheckMode,
  scan: async () => (await import('./scan-mode.js')).runScanMode,
  health: async () => (await import('./health-mode.js')).runHealthMode,
  attenuate: async () => (await import('./attenuate-mode.js')).runAttenuateMode,
  // Audit mode loads the GitHub client with it, and @actions/github builds its proxy agent then.
  audit: async () => {
    assertUsableProxyEnvironment();
    return (await import('./audit-mode.js')).runAuditMode;
  }
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
    const cause = setupErrorCause(error);
    const message = cause ? (error as Error).message : describeUnexpected(error);
    core.setFailed(redact(message));
    // The summary is where people look first: say there what to set.
    if (cause) {
      const { renderSetupErrorSummary } = await import('../report/error-summary.js');
      await new Publisher(redact).summary(renderSetupErrorSummary(message, cause));
    }
  }
}

/** Errors that say what to set, as opposed to the unexpected ones. */
function setupErrorCause(error: unknown): SetupErrorCause | undefined {
  if (error instanceof InputError || error instanceof NeedsInputError) return 'input';
  if (error instanceof ProxyEnvironmentError) return 'environment';
  return undefined;
}

function healthTokenValues(): string[] {
  return readList('tokens').map(name => process.env[name] ?? '');
}

function describeUnexpected(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `fly-token-guard stopped on an unexpected error: ${detail}. Please report it with this message.`;
}
