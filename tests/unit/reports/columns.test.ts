// Export cells: the same value becomes CSV text and an Excel value; dates in the display zone (London), percents
// as fractions in Excel, formula-looking text neutralised in both.
import { csvCell, xlsxCell } from '@/lib/reports/columns';
import { isoLocalDate, isoLocalDateTime, wallClock } from '@/lib/format';

const lateBst = new Date('2026-06-30T23:30:00Z'); // 00:30 on 1 July in London
const winter = new Date('2026-01-15T09:05:00Z');

it('writes dates as the London day and time', () => {
  expect(isoLocalDate(lateBst)).toBe('2026-07-01');
  expect(isoLocalDateTime(lateBst)).toBe('2026-07-01 00:30');
  expect(isoLocalDateTime(winter)).toBe('2026-01-15 09:05');
  expect(wallClock(lateBst).toISOString()).toBe('2026-07-01T00:30:00.000Z');
});

it('turns values into CSV cells', () => {
  expect(csvCell('date', lateBst)).toBe('2026-07-01');
  expect(csvCell('datetime', lateBst)).toBe('2026-07-01 00:30');
  expect(csvCell('percent', 40)).toBe(40);
  expect(csvCell('text', null)).toBeNull();
});

it('turns values into Excel values: days, moments, fractions, safe text', () => {
  expect(xlsxCell('date', lateBst)).toEqual(new Date(Date.UTC(2026, 6, 1)));
  expect(xlsxCell('datetime', lateBst)).toEqual(new Date(Date.UTC(2026, 6, 1, 0, 30)));
  expect(xlsxCell('percent', 40)).toBe(0.4);
  expect(xlsxCell('number', 6.5)).toBe(6.5);
  expect(xlsxCell('text', '=SUM(A1)')).toBe("'=SUM(A1)");
  expect(xlsxCell('text', 'Plain')).toBe('Plain');
});
