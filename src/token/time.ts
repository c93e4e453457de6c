// Unix seconds as Fly's Go code and as people read them.

/**
 * The last Unix second Go's `time.Unix` holds: it adds the 62,135,596,800 seconds from year 1 to
 * 1970 in an int64, so a later second wraps to a time long past (which `ValidityWindow` then
 * finds expired, and before which nothing is "not yet valid").
 */
export const GO_MAX_UNIX_SECONDS = 2n ** 63n - 1n - 62_135_596_800n;

const MAX_DATE_SECONDS = 8_640_000_000_000n;

/** ISO-8601 UTC without milliseconds; clamped to what a JS Date can hold. */
export function isoFromUnix(seconds: bigint): string {
  const clamped =
    seconds > MAX_DATE_SECONDS
      ? MAX_DATE_SECONDS
      : seconds < -MAX_DATE_SECONDS
        ? -MAX_DATE_SECONDS
        : seconds;
  return new Date(Number(clamped) * 1000).toISOString().replace('.000Z', 'Z');
}
