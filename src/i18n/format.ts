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

/** A postal address as the lines an envelope shows: street, then postal code and locality, region, country. */
export function addressLines(address: {
  street: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}): string[] {
  const town = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return [address.street, town, address.region, address.country].filter((line): line is string => Boolean(line));
}
