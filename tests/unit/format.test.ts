/** @jest-environment node */
import {
  formatDate,
  formatDateTime,
  formatDateTimeRange,
  formatMoney,
  formatTime,
  setDisplayTimeZone,
  timeZoneLabel,
} from '@/lib/format';

const summer = new Date('2026-07-01T08:30:00Z'); // 9:30am BST
const winter = new Date('2026-01-15T12:00:00Z'); // 12pm GMT

afterEach(() => setDisplayTimeZone('Europe/London'));

describe('lib/format', () => {
  it('writes UK dates and compact times in Europe/London', () => {
    expect(formatDate(summer)).toBe('1 July 2026');
    expect(formatTime(summer)).toBe('9:30am');
    expect(formatTime(winter)).toBe('12pm');
    expect(formatTime(new Date('2026-01-15T00:05:00Z'))).toBe('12:05am');
    expect(formatDateTime(summer)).toBe('1 July 2026, 9:30am');
    expect(formatDate(null)).toBe('');
  });

  it('writes ranges on one day or across days', () => {
    expect(formatDateTimeRange(summer, new Date('2026-07-01T11:30:00Z'))).toBe('1 July 2026, 9:30am to 12:30pm');
    expect(formatDateTimeRange(summer, new Date('2026-07-02T11:30:00Z'))).toBe(
      '1 July 2026, 9:30am to 2 July 2026, 12:30pm',
    );
  });

  it('uses a given zone, or the configured display zone', () => {
    expect(formatTime(summer, 'America/New_York')).toBe('4:30am');
    expect(timeZoneLabel(summer)).toBe('Europe/London (BST)');
    setDisplayTimeZone('Asia/Tokyo');
    expect(formatDateTime(summer)).toBe('1 July 2026, 5:30pm');
  });

  it('writes money in pounds with thousands separators', () => {
    expect(formatMoney(13500)).toBe('£135.00');
    expect(formatMoney(135000)).toBe('£1,350.00');
    expect(formatMoney(0)).toBe('£0.00');
  });
});
