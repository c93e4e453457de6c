// Unix seconds to ISO-8601 UTC without milliseconds; clamped to what a JS Date can hold.

const MAX_DATE_SECONDS = 8_640_000_000_000n;

export function isoFromUnix(seconds: bigint): string {
  const clamped =
    seconds > MAX_DATE_SECONDS
      ? MAX_DATE_SECONDS
      : seconds < -MAX_DATE_SECONDS
        ? -MAX_DATE_SECONDS
        : seconds;
  return new Date(Number(clamped) * 1000).toISOString().replace('.000Z', 'Z');
}
