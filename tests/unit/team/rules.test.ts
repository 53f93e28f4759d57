import {
  barPercent,
  londonDay,
  personCompliance,
  summarise,
  tallyCertifications,
  type ComplianceItem,
} from '@/lib/team/rules';

const NOW = new Date('2026-12-02T12:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const item = (over: Partial<ComplianceItem>): ComplianceItem => ({
  kind: 'program',
  programId: 1,
  name: 'Induction',
  dueAt: null,
  overdue: false,
  finished: false,
  ...over,
});

describe('personCompliance', () => {
  it('puts overdue first, then what is due or expiring within 30 days; completed programs never count', () => {
    const c = personCompliance(
      [
        item({ name: 'Late', dueAt: days(-3), overdue: true }),
        item({ name: 'Soon', dueAt: days(29) }),
        item({ name: 'Edge', dueAt: days(30) }),
        item({ name: 'Later', dueAt: days(31) }),
        item({ name: 'Done', dueAt: days(5), finished: true }),
        item({ name: 'Expiring cert', kind: 'certification', dueAt: days(10) }),
        item({ name: 'No date' }),
      ],
      NOW,
    );
    expect(c.level).toBe('overdue');
    expect(c.overdue.map((i) => i.name)).toEqual(['Late']);
    expect(c.dueSoon.map((i) => i.name)).toEqual(['Expiring cert', 'Soon', 'Edge']);
  });

  it('is due soon without overdue items, up to date with neither', () => {
    expect(personCompliance([item({ dueAt: days(1) })], NOW).level).toBe('due_soon');
    expect(personCompliance([item({ dueAt: days(90) })], NOW).level).toBe('up_to_date');
    expect(personCompliance([], NOW).level).toBe('up_to_date');
  });
});

it('summarise counts each person once', () => {
  expect(summarise(['overdue', 'due_soon', 'overdue', 'up_to_date'])).toEqual({
    overdue: 2,
    due_soon: 1,
    up_to_date: 1,
    total: 4,
  });
});

it('londonDay follows UK time, not UTC', () => {
  expect(londonDay(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02'); // BST
  expect(londonDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01'); // GMT
});

it('barPercent scales to the largest bar and keeps non-empty bars visible', () => {
  expect(barPercent(0, 10)).toBe(0);
  expect(barPercent(10, 10)).toBe(100);
  expect(barPercent(1, 200)).toBe(2);
  expect(barPercent(3, 0)).toBe(0);
});

it('tallyCertifications counts states per certification', () => {
  const row = (programId: number, key: string) => ({ programId, certification: `C${programId}`, state: { key } });
  expect(
    tallyCertifications([
      row(1, 'certified'),
      row(1, 'in_progress'),
      row(1, 'not_certified'),
      row(2, 'window_open'),
      row(2, 'expired'),
    ]),
  ).toEqual([
    { programId: 1, name: 'C1', certified: 1, windowOpen: 0, expired: 0, notCertified: 2, total: 3 },
    { programId: 2, name: 'C2', certified: 0, windowOpen: 1, expired: 1, notCertified: 0, total: 2 },
  ]);
});
