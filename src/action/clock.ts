// The clock of a run. FLY_TOKEN_GUARD_NOW pins it (reproducible demos and tests); otherwise real time.
export function currentTime(env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = env.FLY_TOKEN_GUARD_NOW;
  if (pinned) {
    const at = new Date(pinned);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return new Date();
}
