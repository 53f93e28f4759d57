/** @jest-environment node */
import { addPeriod, comparePeriods } from '@/lib/certifications/periods';
import {
  certificationState,
  certifiedDates,
  compliancePercent,
  completeCertification,
  expireCertification,
  isCertificationOutstanding,
  isExpiring,
  isWindowOpening,
  validateSettings,
  type CertificationRecord,
  type CertificationSettings,
} from '@/lib/certifications/rules';

const d = (iso: string) => new Date(iso);
const london = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(date);

const twoYears: CertificationSettings = {
  active: { value: 2, unit: 'YEAR' },
  window: { value: 1, unit: 'MONTH' },
  minimumActive: null,
  recertifyFrom: 'COMPLETION_DATE',
};
const fromExpiry: CertificationSettings = { ...twoYears, recertifyFrom: 'EXPIRY_DATE' };
const fixed: CertificationSettings = {
  active: { value: 1, unit: 'YEAR' },
  window: { value: 2, unit: 'MONTH' },
  minimumActive: { value: 6, unit: 'MONTH' },
  recertifyFrom: 'FIXED_DATE',
};
const assigned: CertificationRecord = {
  status: 'ASSIGNED',
  renewalStatus: 'NOT_DUE',
  timeCompleted: null,
  timeWindowOpens: null,
  timeExpires: null,
  dueAt: null,
};

describe('periods on the Europe/London calendar', () => {
  it('keeps the wall-clock date across the spring DST change (29 March 2026)', () => {
    // 15 April 2026 00:30 BST is 14 April 23:30 UTC; a month earlier is 15 March 00:30 GMT, not 14 March.
    const opens = addPeriod(d('2026-04-14T23:30:00Z'), { value: 1, unit: 'MONTH' }, -1);
    expect(opens.toISOString()).toBe('2026-03-15T00:30:00.000Z');
    expect(london(opens)).toBe('15 March 2026 at 00:30');
  });

  it('moves a wall-clock time that does not exist (01:30 on 29 March 2026) into the same day', () => {
    const opens = addPeriod(d('2026-04-29T00:30:00Z'), { value: 1, unit: 'MONTH' }, -1);
    expect(london(opens)).toMatch(/^29 March 2026/);
  });

  it('keeps the date across the autumn change (25 October 2026)', () => {
    const opens = addPeriod(d('2026-11-25T09:00:00Z'), { value: 1, unit: 'MONTH' }, -1);
    expect(london(opens)).toBe('25 October 2026 at 09:00');
    expect(opens.toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('clamps a leap day to 28 February and keeps it four years on', () => {
    expect(addPeriod(d('2024-02-29T10:00:00Z'), { value: 2, unit: 'YEAR' }).toISOString()).toBe(
      '2026-02-28T10:00:00.000Z',
    );
    expect(addPeriod(d('2024-02-29T10:00:00Z'), { value: 4, unit: 'YEAR' }).toISOString()).toBe(
      '2028-02-29T10:00:00.000Z',
    );
    expect(addPeriod(d('2026-03-31T09:00:00Z'), { value: 1, unit: 'MONTH' }, -1).toISOString()).toBe(
      '2026-02-28T10:00:00.000Z',
    );
  });

  it('adds days and weeks as calendar days whatever the clock change', () => {
    // 28 March 2026 12:00 GMT + 1 day = 29 March 12:00 BST (23 hours later).
    expect(addPeriod(d('2026-03-28T12:00:00Z'), { value: 1, unit: 'DAY' }).toISOString()).toBe(
      '2026-03-29T11:00:00.000Z',
    );
    expect(addPeriod(d('2026-03-22T12:00:00Z'), { value: 1, unit: 'WEEK' }).toISOString()).toBe(
      '2026-03-29T11:00:00.000Z',
    );
    expect(comparePeriods({ value: 1, unit: 'YEAR' }, { value: 12, unit: 'MONTH' })).toBe(0);
  });
});

describe('settings', () => {
  it('accepts the default two years with a one-month window', () => {
    expect(validateSettings(twoYears)).toEqual([]);
    expect(validateSettings(fixed)).toEqual([]);
  });
  it('refuses a window as long as the active period, and a bad minimum', () => {
    expect(validateSettings({ ...twoYears, window: { value: 24, unit: 'MONTH' } })).toContain(
      'Active period must be greater than the recertification window period.',
    );
    expect(validateSettings({ ...fixed, minimumActive: { value: 1, unit: 'MONTH' } })).toContain(
      'Minimum active period cannot be less than the recertification window period.',
    );
    expect(validateSettings({ ...fixed, minimumActive: null })).toHaveLength(1);
  });
});

describe('expiry from the completion date', () => {
  it('drifts with the completion; window opens a month before', () => {
    const r = certifiedDates(twoYears, {
      completedAt: d('2024-04-14T23:30:00Z'),
      previousExpires: d('2024-05-01T09:00:00Z'),
      dueAt: null,
    });
    expect(r.timeExpires.toISOString()).toBe('2026-04-14T23:30:00.000Z');
    expect(london(r.timeWindowOpens)).toBe('15 March 2026 at 00:30');
  });
  it('leap day: completed 29 February 2024 expires 28 February 2026, window 28 January 2026', () => {
    const r = certifiedDates(twoYears, { completedAt: d('2024-02-29T10:00:00Z'), previousExpires: null, dueAt: null });
    expect(r.timeExpires.toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(r.timeWindowOpens.toISOString()).toBe('2026-01-28T10:00:00.000Z');
  });
});

describe('expiry from the expiry date', () => {
  const old = d('2026-02-28T10:00:00Z'); // window opened 28 January 2026
  it('renewed inside the window: counts from the old expiry (no drift earlier)', () => {
    const r = certifiedDates(fromExpiry, { completedAt: d('2026-02-10T09:00:00Z'), previousExpires: old, dueAt: null });
    expect(r.timeExpires.toISOString()).toBe('2028-02-28T10:00:00.000Z');
  });
  it('renewed before the window opened: counts from one period before the old expiry', () => {
    const r = certifiedDates(fromExpiry, { completedAt: d('2025-12-01T09:00:00Z'), previousExpires: old, dueAt: null });
    expect(r.timeExpires.toISOString()).toBe('2026-02-28T10:00:00.000Z');
  });
  it('renewed late: counts from the completion', () => {
    const r = certifiedDates(fromExpiry, { completedAt: d('2026-03-05T09:00:00Z'), previousExpires: old, dueAt: null });
    expect(r.timeExpires.toISOString()).toBe('2028-03-05T09:00:00.000Z');
  });
  it('first certification: from the due date when on time, else from the completion', () => {
    const due = d('2026-06-30T23:00:00Z');
    expect(
      certifiedDates(fromExpiry, { completedAt: d('2026-05-01T09:00:00Z'), previousExpires: null, dueAt: due })
        .timeExpires,
    ).toEqual(d('2028-06-30T23:00:00Z'));
    expect(
      certifiedDates(fromExpiry, { completedAt: d('2026-07-10T09:00:00Z'), previousExpires: null, dueAt: due })
        .timeExpires,
    ).toEqual(d('2028-07-10T09:00:00Z'));
  });
});

describe('fixed expiry date with a minimum active period (Totara example)', () => {
  it('completed August 2025, due 1 December 2025: expires 1 December 2026 (about 16 months)', () => {
    const r = certifiedDates(fixed, {
      completedAt: d('2025-08-15T10:00:00Z'),
      previousExpires: null,
      dueAt: d('2025-12-01T00:00:00Z'),
    });
    expect(r.timeExpires.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(london(r.timeWindowOpens)).toBe('1 October 2026 at 00:00');
  });
  it('recertified 10 November 2026: expires 1 December 2027', () => {
    const r = certifiedDates(fixed, {
      completedAt: d('2026-11-10T10:00:00Z'),
      previousExpires: d('2026-12-01T00:00:00Z'),
      dueAt: null,
    });
    expect(r.timeExpires.toISOString()).toBe('2027-12-01T00:00:00.000Z');
  });
  it('lapsed, redone 20 April 2028: expires 1 December 2028 (about 8 months)', () => {
    const expired = expireCertification({
      status: 'CERTIFIED',
      renewalStatus: 'DUE',
      timeCompleted: d('2026-11-10T10:00:00Z'),
      timeWindowOpens: d('2027-10-01T00:00:00Z'),
      timeExpires: d('2027-12-01T00:00:00Z'),
      dueAt: null,
    });
    const renewed = completeCertification(fixed, expired, d('2028-04-20T09:00:00Z'));
    expect(renewed.timeExpires?.toISOString()).toBe('2028-12-01T00:00:00.000Z');
  });
  it('a completion long before the base steps back whole periods but keeps the minimum', () => {
    const r = certifiedDates(fixed, {
      completedAt: d('2025-08-15T10:00:00Z'),
      previousExpires: d('2029-12-01T00:00:00Z'),
      dueAt: null,
    });
    expect(r.timeExpires.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});

describe('per-person state', () => {
  const certified: CertificationRecord = {
    status: 'CERTIFIED',
    renewalStatus: 'NOT_DUE',
    timeCompleted: d('2024-02-29T10:00:00Z'),
    timeWindowOpens: d('2026-01-28T10:00:00Z'),
    timeExpires: d('2026-02-28T10:00:00Z'),
    dueAt: d('2024-03-31T10:00:00Z'),
  };
  it('assigned / in progress, and overdue after the due date', () => {
    const due = { ...assigned, dueAt: d('2026-03-29T00:30:00Z') };
    expect(certificationState(due, d('2026-03-29T00:00:00Z'))).toMatchObject({ key: 'not_certified', overdue: false });
    expect(certificationState(due, d('2026-03-29T01:00:00Z'))).toMatchObject({ key: 'not_certified', overdue: true });
    expect(certificationState({ ...due, status: 'IN_PROGRESS' }, d('2026-04-01T00:00:00Z'))).toMatchObject({
      key: 'in_progress',
      overdue: true,
      held: false,
    });
  });
  it('leap-day timeline: certified, window open on 28 January 2026, expired on 28 February 2026', () => {
    expect(certificationState(certified, d('2026-01-28T09:59:59Z'))).toMatchObject({ key: 'certified', held: true });
    // The job has not run yet: the page still shows the open window.
    expect(certificationState(certified, d('2026-01-28T10:00:00Z'))).toMatchObject({ key: 'window_open', held: true });
    expect(isWindowOpening(certified, d('2026-01-28T10:00:00Z'))).toBe(true);
    const due = { ...certified, renewalStatus: 'DUE' as const };
    expect(isWindowOpening(due, d('2026-02-01T00:00:00Z'))).toBe(false);
    expect(certificationState(due, d('2026-02-28T09:59:00Z'))).toMatchObject({ key: 'window_open', held: true });
    expect(certificationState(due, d('2026-02-28T10:00:00Z'))).toMatchObject({ key: 'expired', overdue: true });
    expect(isExpiring(due, d('2026-02-28T10:00:00Z'))).toBe(true);
    const expired = expireCertification(due);
    expect(expired).toMatchObject({ status: 'EXPIRED', path: 'CERT', dueAt: d('2026-02-28T10:00:00Z') });
    expect(isExpiring(expired, d('2026-03-01T00:00:00Z'))).toBe(false);
    expect(certificationState(expired, d('2026-03-01T00:00:00Z'))).toMatchObject({ key: 'expired', overdue: true });
  });
  it('renewal in the window counts from the expiry; the new cycle is certified and not due', () => {
    const due = { ...certified, renewalStatus: 'DUE' as const, status: 'IN_PROGRESS' as const };
    const renewed = completeCertification(fromExpiry, due, d('2026-02-10T12:00:00Z'));
    expect(renewed).toMatchObject({ status: 'CERTIFIED', renewalStatus: 'NOT_DUE', path: 'RECERT' });
    expect(renewed.timeExpires).toEqual(d('2028-02-28T10:00:00Z'));
    expect(renewed.timeWindowOpens).toEqual(d('2028-01-28T10:00:00Z'));
    expect(certificationState(renewed, d('2026-02-10T12:00:01Z')).key).toBe('certified');
  });
  it('compliance % counts certified and window open, not expired or not certified', () => {
    const now = d('2026-02-01T00:00:00Z');
    const due = { ...certified, renewalStatus: 'DUE' as const };
    const gone = expireCertification(due);
    expect(compliancePercent([certified, due, gone, assigned], now)).toBe(50);
    expect(compliancePercent([], now)).toBeNull();
    expect(isCertificationOutstanding(certified, d('2025-06-01T00:00:00Z'))).toBe(false);
    expect(isCertificationOutstanding(due, now)).toBe(true);
    expect(isCertificationOutstanding(gone, now)).toBe(true);
  });
});
