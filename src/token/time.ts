// Unix seconds to ISO-8601 UTC without milliseconds; clamped to what a JS Date can hold.

const MAX_DATE_SECONDS = 8_640_000_000_000n;
const SECONDS_PER_DAY = 86_400;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Years 0000-9999 as Date.toISOString prints them, by arithmetic (Hinnant's civil_from_days):
 * a Date and its ISO text per call were a visible share of an inspection. Null outside that
 * range, where toISOString switches to signed 6-digit years.
 */
function civilIso(seconds: number): string | null {
  const days = Math.floor(seconds / SECONDS_PER_DAY);
  const secondOfDay = seconds - days * SECONDS_PER_DAY;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return null;
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const second = secondOfDay % 60;
  const yyyy =
    year < 10 ? `000${year}` : year < 100 ? `00${year}` : year < 1000 ? `0${year}` : String(year);
  return `${yyyy}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}Z`;
}

export function isoFromUnix(seconds: bigint): string {
  const clamped =
    seconds > MAX_DATE_SECONDS
      ? MAX_DATE_SECONDS
      : seconds < -MAX_DATE_SECONDS
        ? -MAX_DATE_SECONDS
        : seconds;
  const whole = Number(clamped);
  const fast = civilIso(whole);
  if (fast !== null) return fast;
  // Whole seconds, so the ISO text always ends in ".000Z": cut it rather than search for it.
  const iso = new Date(whole * 1000).toISOString();
  return `${iso.slice(0, -5)}Z`;
}
