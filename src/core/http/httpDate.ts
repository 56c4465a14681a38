/*
 * HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, and the obsolete rfc850-date and asctime-date that
 * a recipient "MUST accept". Always UTC. Date.parse is not used: V8 reads almost any text as a
 * date ("soon 1" is 2001, "Mon 5" is 2005) and reads asctime and zone-less ISO text in the
 * machine's local time zone.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const LONG_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
// Names are matched case-insensitively: the grammar's case matters to senders, not to meaning.
const IMF_FIXDATE = new RegExp(`^([a-z]{3}), (\\d{2}) ([a-z]{3}) (\\d{4}) ${TIME} GMT$`, 'i');
const RFC850_DATE = new RegExp(`^([a-z]{6,9}), (\\d{2})-([a-z]{3})-(\\d{2}) ${TIME} GMT$`, 'i');
const ASCTIME_DATE = new RegExp(`^([a-z]{3}) ([a-z]{3}) ([ \\d]\\d) ${TIME} (\\d{4})$`, 'i');

/** An HTTP-date's time in ms since the epoch; `null` for any other text. */
export function parseHttpDate(text: string): number | null {
  const value = text.trim();
  let m = IMF_FIXDATE.exec(value);
  if (m !== null && isDay(m[1], DAYS)) return utc(m[4], m[3], m[2], m[5], m[6], m[7]);
  m = RFC850_DATE.exec(value);
  if (m !== null && isDay(m[1], LONG_DAYS)) {
    return utc(String(fullYear(Number(m[4]))), m[3], m[2], m[5], m[6], m[7]);
  }
  m = ASCTIME_DATE.exec(value);
  if (m !== null && isDay(m[1], DAYS)) return utc(m[7], m[2], m[3], m[4], m[5], m[6]);
  return null;
}

function isDay(name: string | undefined, names: readonly string[]): boolean {
  return name !== undefined && names.includes(name.toLowerCase());
}

/**
 * rfc850-date's two-digit year: one that "appears to be more than 50 years in the future" is
 * "the most recent year in the past that had the same last two digits" (RFC 9110 §5.6.7).
 */
function fullYear(twoDigits: number): number {
  const now = new Date().getUTCFullYear();
  const year = now - (now % 100) + twoDigits;
  return year > now + 50 ? year - 100 : year;
}

function utc(
  year: string | undefined,
  monthName: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
): number | null {
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  const [y, d, h, min, s] = [year, day, hour, minute, second].map((part) => Number(part?.trim()));
  if (month < 0 || y === undefined || d === undefined) return null;
  if (h === undefined || min === undefined || s === undefined) return null;
  // 60: a leap second (RFC 9110 allows 00–60), counted into the next minute.
  if (h > 23 || min > 59 || s > 60) return null;
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, month, d);
  // 31 Feb is no date: the setter would carry it into March.
  if (date.getUTCMonth() !== month || date.getUTCDate() !== d) return null;
  return date.getTime() + ((h * 60 + min) * 60 + s) * 1000;
}
