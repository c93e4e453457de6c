// The clock of a run. FLY_TOKEN_GUARD_NOW pins it (reproducible demos and tests); otherwise real time.
export function currentTime(env: NodeJS.ProcessEnv = process.env): Date {
  return pinnedClock(env) ?? new Date();
}

/** The pinned instant, when FLY_TOKEN_GUARD_NOW sets one: outputs then say "as of" that date. */
export function pinnedClock(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const pinned = env.FLY_TOKEN_GUARD_NOW;
  if (!pinned) return undefined;
  const at = new Date(pinned);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
