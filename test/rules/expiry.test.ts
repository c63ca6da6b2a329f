import { expect } from '@open-wc/testing';
import { calendarDate, calendarDay, daysBetween, parseIsoDate } from '../../src/rules/calendar.js';
import { certificationStatusOn, daysUntil, EXPIRES_SOON_DAYS, expiresSoon, isExpired } from '../../src/rules/expiry.js';

const at = (iso: string) => new Date(iso);

describe('rules/calendar', () => {
  it('reads calendar dates and date-times, and refuses dates that do not exist', () => {
    expect(calendarDate('2024-02-29')).to.equal('2024-02-29');
    expect(calendarDate('2023-02-29')).to.equal(null);
    expect(calendarDate('2025-04-31')).to.equal(null);
    expect(calendarDate('2025-13-01')).to.equal(null);
    expect(calendarDate('2025-03-14T23:30:00-05:00')).to.equal('2025-03-15');
    expect(calendarDate('not a date')).to.equal(null);
    expect(calendarDate(null)).to.equal(null);
    expect(parseIsoDate('2025-03-14')?.toISOString()).to.equal('2025-03-14T00:00:00.000Z');
  });

  it('finds the calendar day of an instant east and west of UTC', () => {
    const instant = at('2026-03-01T10:30:00Z');
    expect(calendarDay(instant, 'UTC')).to.equal('2026-03-01');
    expect(calendarDay(instant, 'Pacific/Kiritimati')).to.equal('2026-03-02'); // UTC+14
    expect(calendarDay(instant, 'Pacific/Pago_Pago')).to.equal('2026-02-28'); // UTC-11
    expect(calendarDay(at('2026-11-30T23:59:59Z'), 'Asia/Tokyo')).to.equal('2026-12-01');
  });

  it('counts whole days across month ends and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).to.equal(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).to.equal(1);
    expect(daysBetween('2024-12-31', '2025-12-31')).to.equal(365);
    expect(daysBetween('2023-12-31', '2024-12-31')).to.equal(366);
    expect(daysBetween('2025-03-10', '2025-03-01')).to.equal(-9);
  });
});

describe('rules/expiry', () => {
  describe('the last valid day is valid', () => {
    it('in UTC, all day long', () => {
      expect(isExpired('2026-06-30', at('2026-06-30T00:00:00Z'), 'UTC')).to.be.false;
      expect(isExpired('2026-06-30', at('2026-06-30T23:59:59Z'), 'UTC')).to.be.false;
      expect(isExpired('2026-06-30', at('2026-07-01T00:00:00Z'), 'UTC')).to.be.true;
      expect(daysUntil('2026-06-30', at('2026-06-30T12:00:00Z'), 'UTC')).to.equal(0);
    });

    it('west of UTC: still the last day in Los Angeles when it is already the next day in UTC', () => {
      const evening = at('2026-07-01T05:00:00Z'); // 22:00 on June 30 in Los Angeles
      expect(isExpired('2026-06-30', evening, 'America/Los_Angeles')).to.be.false;
      expect(isExpired('2026-06-30', evening, 'UTC')).to.be.true;
    });

    it('east of UTC: already the next day in Tokyo while UTC is still on the last day', () => {
      const morning = at('2026-06-30T16:00:00Z'); // 01:00 on July 1 in Tokyo
      expect(isExpired('2026-06-30', morning, 'Asia/Tokyo')).to.be.true;
      expect(isExpired('2026-06-30', morning, 'UTC')).to.be.false;
    });

    it('on a leap day, and for a date-time expiry by its UTC day', () => {
      expect(isExpired('2024-02-29', at('2024-02-29T20:00:00Z'), 'UTC')).to.be.false;
      expect(isExpired('2024-02-29', at('2024-03-01T00:00:01Z'), 'UTC')).to.be.true;
      expect(isExpired('2026-06-30T18:00:00Z', at('2026-06-30T23:00:00Z'), 'UTC')).to.be.false;
    });

    it('never expires without a date, or with text that is no date', () => {
      expect(isExpired(null, at('2099-01-01T00:00:00Z'))).to.be.false;
      expect(isExpired('soon', at('2099-01-01T00:00:00Z'))).to.be.false;
    });
  });

  describe('an earned certification reads expired only after its last day', () => {
    const earned = (expiresOn: string | null) => ({ status: 'earned' as const, expiresOn });
    it('keeps earned through the last day, expired after, and never touches other statuses', () => {
      expect(certificationStatusOn(earned('2026-06-30'), at('2026-06-30T12:00:00Z'), 'UTC')).to.equal('earned');
      expect(certificationStatusOn(earned('2026-06-30'), at('2026-07-01T12:00:00Z'), 'UTC')).to.equal('expired');
      expect(
        certificationStatusOn({ status: 'revoked', expiresOn: '2020-01-01' }, at('2026-07-01T12:00:00Z')),
      ).to.equal('revoked');
      expect(
        certificationStatusOn({ status: 'expired', expiresOn: '2099-01-01' }, at('2026-07-01T12:00:00Z')),
      ).to.equal('expired');
    });
  });

  describe('"expires soon" is the 90 days up to and including the last day', () => {
    const now = at('2026-01-01T12:00:00Z');
    const earned = (expiresOn: string) => ({ status: 'earned' as const, expiresOn });
    it('has a 90-day window', () => {
      expect(EXPIRES_SOON_DAYS).to.equal(90);
    });
    it('says 90 on the first day of the window and null the day before it', () => {
      expect(expiresSoon(earned('2026-04-01'), now, 'UTC')).to.equal(90);
      expect(expiresSoon(earned('2026-04-02'), now, 'UTC')).to.equal(null);
    });
    it('says 0 on the last valid day and null once expired', () => {
      expect(expiresSoon(earned('2026-01-01'), now, 'UTC')).to.equal(0);
      expect(expiresSoon(earned('2025-12-31'), now, 'UTC')).to.equal(null);
    });
    it('counts a leap day in the window', () => {
      expect(expiresSoon(earned('2028-03-01'), at('2028-02-28T12:00:00Z'), 'UTC')).to.equal(2);
    });
    it('says nothing for a certification that is not earned', () => {
      expect(expiresSoon({ status: 'expired', expiresOn: '2026-01-10' }, now, 'UTC')).to.equal(null);
      expect(expiresSoon({ status: 'in-progress', expiresOn: '2026-01-10' }, now, 'UTC')).to.equal(null);
    });
  });
});
