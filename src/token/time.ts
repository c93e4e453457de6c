// Unix seconds to ISO-8601 UTC without milliseconds; clamped to what a JS Date can hold.

const MAX_DATE_SECONDS = 8_640_000_000_000n;

export function isoFromUnix(seconds: bigint): string {
  const clamped =
    seconds > MAX_DATE_SECONDS
      ? MAX_DATE_SECONDS
      : seconds < -MAX_DATE_SECONDS
        ? -MAX_DATE_SECONDS
        : seconds;
  // Whole seconds, so the ISO text always ends in ".000Z": cut it rather than search for it.
  const iso = new Date(Number(clamped) * 1000).toISOString();
  return `${iso.slice(0, -5)}Z`;
}
