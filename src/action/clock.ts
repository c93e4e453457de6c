// The clock of a run. FLY_TOKEN_GUARD_NOW pins it (reproducible demos and tests); otherwise real time.
export function currentTime(env: NodeJS.ProcessEnv = process.env): Date {
  return pinnedClock(env) ?? new Date();
}

/** `{ pinnedClock }` when FLY_TOKEN_GUARD_NOW pins the clock (outputs then say "as of" it), else `{}`. */
export function pinnedClockOption(env: NodeJS.ProcessEnv = process.env): { pinnedClock?: Date } {
  const pinned = pinnedClock(env);
  return pinned ? { pinnedClock: pinned } : {};
}

function pinnedClock(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const pinned = env.FLY_TOKEN_GUARD_NOW;
  if (!pinned) return undefined;
  const at = new Date(pinned);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
