// Unix seconds to ISO-8601 UTC without milliseconds; clamped to what a JS Date can hold.

const MAX_DATE_SECONDS = 8_640_000_000_000;
const SECONDS_PER_DAY = 86_400;

const ZERO = 48;
const DASH = 45;
const COLON = 58;
const LETTER_T = 84;
const LETTER_Z = 90;

/** The char codes of `n` (0-99) as two digits. */
function tens(n: number): number {
  return ZERO + Math.floor(n / 10);
}
function units(n: number): number {
  return ZERO + (n % 10);
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
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  // One flat string from char codes: a template of padded pieces cost half again as much, and
  // made a rope that the leak scrub then had to flatten.
  return String.fromCharCode(
    tens(century),
    units(century),
    tens(yearOfCentury),
    units(yearOfCentury),
    DASH,
    tens(month),
    units(month),
    DASH,
    tens(day),
    units(day),
    LETTER_T,
    tens(hour),
    units(hour),
    COLON,
    tens(minute),
    units(minute),
    COLON,
    tens(second),
    units(second),
    LETTER_Z
  );
}

export function isoFromUnix(seconds: bigint): string {
  // Clamped after conversion (bigint comparisons cost more): rounding is monotonic and the bound
  // is exactly representable, so this clamps exactly where the bigint comparison would.
  const converted = Number(seconds);
  const whole =
    converted > MAX_DATE_SECONDS
      ? MAX_DATE_SECONDS
      : converted < -MAX_DATE_SECONDS
        ? -MAX_DATE_SECONDS
        : converted;
  return civilIso(whole) ?? dateIso(whole);
}

function dateIso(whole: number): string {
  // Whole seconds, so the ISO text always ends in ".000Z": cut it rather than search for it.
  const iso = new Date(whole * 1000).toISOString();
  return `${iso.slice(0, -5)}Z`;
}
