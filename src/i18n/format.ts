/**
 * Dates in the person's language. Calendar dates (`2025-03-14`) are formatted in UTC so that a
 * date never shifts by a day with the viewer's time zone.
 */
import { parseIsoDate } from '../rules/calendar.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, style: 'long' | 'medium'): Intl.DateTimeFormat {
  const key = `${lang}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: style, timeZone: 'UTC' });
    }
    dateFormats.set(key, format);
  }
  return format;
}

/** `14 de marzo de 2025`, `March 14, 2025`; an empty string when the value is no date. */
export function formatDate(value: string | null | undefined, lang: string, style: 'long' | 'medium' = 'long'): string {
  const date = parseIsoDate(value);
  return date ? dateFormat(lang, style).format(date) : '';
}

let dateTimeFormats: Map<string, Intl.DateTimeFormat> | undefined;

/** `14 de marzo de 2025, 9:41`, `March 14, 2025 at 9:41 AM`, in the viewer's time zone; empty when the value is no instant. */
export function formatDateTime(value: string | null | undefined, lang: string): string {
  const date = value ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '';
  dateTimeFormats ??= new Map();
  let format = dateTimeFormats.get(lang);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });
    }
    dateTimeFormats.set(lang, format);
  }
  return format.format(date);
}

/** A wait as a person says it: `45 seconds`, `8 minutes`, `2 hours`; `approximate` once it is rounded to minutes or hours. */
export interface Wait {
  /** The amount with its unit in the language, e.g. `8 minutos`. */
  text: string;
  unit: 'second' | 'minute' | 'hour';
  value: number;
  approximate: boolean;
}

/**
 * `seconds` in the largest unit that reads naturally: seconds under a minute, then whole minutes
 * rounded up (446 s is `8 minutes`, never too early), then hours. Units through `Intl.NumberFormat`.
 */
export function waitDuration(seconds: number, lang: string): Wait {
  const s = Math.max(1, Math.ceil(seconds));
  const minutes = Math.ceil(s / 60);
  const [unit, value]: [Wait['unit'], number] =
    s < 60 ? ['second', s] : minutes < 60 ? ['minute', minutes] : ['hour', Math.max(1, Math.round(minutes / 60))];
  return { text: unitFormat(lang, unit).format(value), unit, value, approximate: unit !== 'second' };
}

function unitFormat(lang: string, unit: Wait['unit']): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' });
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' });
  }
}
