// The run's one deadline (`timeout-seconds`): created once when the run starts, handed to every
// network client of the run (Fly and GitHub), so no call, retry or page outlives it.

export interface RunDeadline {
  /** Aborts when the deadline passes; fetch cuts the socket of a request still in flight. */
  signal: AbortSignal;
  /** The instant (epoch ms) the deadline passes. */
  at: number;
  /** What the user asked for, for messages. */
  timeoutMs: number;
}

export function startDeadline(timeoutMs: number, now: number = Date.now()): RunDeadline {
  // AbortSignal.timeout's timer never keeps the process alive on its own.
  return { signal: AbortSignal.timeout(timeoutMs), at: now + timeoutMs, timeoutMs };
}

/** Milliseconds left, at least 1 (a client given 0 would fall back to its own default). */
export function remainingMs(deadline: RunDeadline, now: number = Date.now()): number {
  return Math.max(1, deadline.at - now);
}
