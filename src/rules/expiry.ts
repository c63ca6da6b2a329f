/**
 * When a certification or badge stops being valid. Its expiry date is its last valid day: on that
 * day it still reads as valid everywhere (the list, the certificate PDF, the transcript, the badge);
 * it is expired from the next calendar day in the viewer's time zone.
 */
import type { Certification, CertificationStatus } from '../model.js';
import { calendarDate, calendarDay, daysBetween } from './calendar.js';

/** "Expires in N days" is said from this many days before the last valid day. */
export const EXPIRES_SOON_DAYS = 90;

/** Whole days from today to a calendar date (0 on the day itself, negative once past); `null` for no date. */
export function daysUntil(value: string | null | undefined, now: Date = new Date(), timeZone?: string): number | null {
  const date = calendarDate(value);
  return date === null ? null : daysBetween(calendarDay(now, timeZone), date);
}

/** Whether a credential with this expiry date has expired by `now`: only after its last valid day. */
export function isExpired(expiresOn: string | null | undefined, now: Date = new Date(), timeZone?: string): boolean {
  const days = daysUntil(expiresOn, now, timeZone);
  return days !== null && days < 0;
}

/**
 * The status a person reads: the backend's, except that an `earned` certification past its last
 * valid day reads `expired` (a backend may not have caught up yet).
 */
export function certificationStatusOn(
  cert: Pick<Certification, 'status' | 'expiresOn'>,
  now: Date = new Date(),
  timeZone?: string,
): CertificationStatus {
  return cert.status === 'earned' && isExpired(cert.expiresOn, now, timeZone) ? 'expired' : cert.status;
}

/** Days left when an earned certification expires within `EXPIRES_SOON_DAYS` (0 on its last day); else `null`. */
export function expiresSoon(
  cert: Pick<Certification, 'status' | 'expiresOn'>,
  now: Date = new Date(),
  timeZone?: string,
): number | null {
  if (cert.status !== 'earned') return null;
  const days = daysUntil(cert.expiresOn, now, timeZone);
  return days !== null && days >= 0 && days <= EXPIRES_SOON_DAYS ? days : null;
}
