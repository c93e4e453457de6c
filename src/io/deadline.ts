// The run's one deadline (`timeout-seconds`): created once when the run starts, handed to every
// network client of the run (Fly and GitHub), so no call, retry or page outlives it.
import { setMaxListeners } from 'node:events';

export interface Deadline {
  /** Aborts when the deadline passes; fetch cuts the socket of a request still in flight. */
  signal: AbortSignal;
  /** The instant (epoch ms) the deadline passes. */
  at: number;
  /** What the user asked for, for messages ("timed out after 30 s"). */
  timeoutMs: number;
}

/**
 * Every request in flight (of every token, in health mode) listens on the one signal; past Node's
 * default of 10 its "possible memory leak" warning would land in the job log.
 */
export const SIGNAL_LISTENER_LIMIT = 10_000;

export function startDeadline(timeoutMs: number): Deadline {
  // AbortSignal.timeout's timer never keeps the process alive on its own.
  const signal = AbortSignal.timeout(timeoutMs);
  setMaxListeners(SIGNAL_LISTENER_LIMIT, signal);
  return { signal, at: Date.now() + timeoutMs, timeoutMs };
}
