// Shared set-up for the fly tests: stand-in + dispatcher wiring that ignores the machine's proxy
// environment, and tokens from the vectors.
import type { Dispatcher } from 'undici';
import { createFlyDispatcher, type FlyDispatcherOptions } from '../../src/fly/dispatcher.js';
import type { OnlineToken, VerifyOnlineOptions } from '../../src/fly/verify.js';
import type { FlyStandIn } from '../support/fly-api-stand-in.js';
import type { Vector } from './vectors.js';

/** Small delays so retry tests stay quick; jitter pinned. */
export const FAST_RETRY = { baseDelayMs: 20, maxDelayMs: 100, random: () => 0.5 } as const;

/** A dispatcher with proxies explicitly off, so the test machine's environment cannot interfere. */
export function directDispatcher(options: FlyDispatcherOptions = {}): Dispatcher {
  return createFlyDispatcher({ httpProxy: '', httpsProxy: '', noProxy: '', ...options });
}

export function tokenOf(v: Vector): OnlineToken {
  return {
    input: v.header_form,
    orgIds: v.truth.classification.org_ids.map(String),
    appIds: v.truth.classification.app_ids.map(String)
  };
}

/** A deadline no answering stand-in comes near; jest's timeout is the clock that fails a test. */
export const NO_DEADLINE_MS = 10 * 60_000;

export function optionsFor(
  standIn: FlyStandIn,
  dispatcher: Dispatcher,
  token: OnlineToken,
  apps: string[],
  extra: Partial<VerifyOnlineOptions> = {}
): VerifyOnlineOptions {
  return {
    flyApiUrl: standIn.url,
    flyGraphqlUrl: standIn.graphqlUrl,
    dispatcher,
    // Far beyond any test's run: only tests about the deadline set one (a short one, against a
    // server that never answers), so no test depends on how fast this machine answers.
    timeoutMs: NO_DEADLINE_MS,
    retry: FAST_RETRY,
    token,
    apps,
    ...extra
  };
}

/** Every 8-character window of a secret, to look for leaks in anything we output. */
export function leaks(text: string, secret: string, size = 8): string[] {
  const found: string[] = [];
  for (let i = 0; i + size <= secret.length; i += 1) {
    const window = secret.slice(i, i + size);
    if (text.includes(window)) found.push(window);
  }
  return found;
}
