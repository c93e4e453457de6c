// The run's one deadline (`timeout-seconds`): created once when the run starts, handed to every
// network client of the run (Fly and GitHub), so no call, retry or page outlives it.
import { setMaxListeners } from 'node:events';

export interface RunDeadline {
  /** Aborts when the deadline passes; fetch cuts the socket of a request still in flight. */
  signal: AbortSignal;
  /** The instant (epoch ms) the deadline passes. */
  at: number;
  /** What the user asked for, for messages. */
  timeoutMs: number;
}

/** Requests in flight each listen on the one signal: well past Node's warning at 10. */
const LISTENER_LIMIT = 10_000;

export function startDeadline(timeoutMs: number, now: number = Date.now()): RunDeadline {
  // AbortSignal.timeout's timer never keeps the process alive on its own.
  const signal = AbortSignal.timeout(timeoutMs);
  setMaxListeners(LISTENER_LIMIT, signal);
  return { signal, at: now + timeoutMs, timeoutMs };
}
