/**
 * Calendar dates as the domain means them. Dates without a time (`earnedOn`, `expiresOn`) are ISO
 * calendar dates, `2025-03-14`; a date-time where a date is meant (Open Badges `expires`) counts by
 * its UTC calendar day. "Today" is the calendar day of an instant in a time zone: the viewer's own
 * unless one is named.
 */

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Parses an ISO calendar date (as UTC midnight) or date-time; `null` for anything else, `2023-02-29` included. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const parts = CALENDAR_DATE.exec(value);
  if (parts) {
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls `02-30` over into March; a date that does not exist is no date.
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `YYYY-MM-DD` of a calendar date or date-time (by its UTC day); `null` when the value is no date. */
export function calendarDate(value: string | null | undefined): string | null {
  const date = parseIsoDate(value);
  return date ? date.toISOString().slice(0, 10) : null;
}

/** The calendar day (`YYYY-MM-DD`) that `instant` falls on in `timeZone` (an IANA name; default the runtime's own). */
export function calendarDay(instant: Date, timeZone?: string): string {
  if (timeZone === undefined) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${String(instant.getFullYear()).padStart(4, '0')}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
  }
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** Whole days from calendar date `from` to calendar date `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
