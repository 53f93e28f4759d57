/** @jest-environment node */
import { dashboardBlocks } from '@/lib/records/dashboard';
import {
  compliancePercent,
  courseCompletionPercent,
  isCertificationHeld,
  isCertificationOutstanding,
} from '@/lib/records/rules';

const now = new Date('2026-06-01T00:00:00Z');
const later = new Date('2027-01-01T00:00:00Z');
const earlier = new Date('2026-01-01T00:00:00Z');

describe('certifications held and outstanding', () => {
  it('counts certified (including an open window) until expiry', () => {
    expect(isCertificationHeld({ status: 'CERTIFIED', renewalStatus: 'NOT_DUE', timeExpires: later }, now)).toBe(true);
    expect(isCertificationHeld({ status: 'CERTIFIED', renewalStatus: 'DUE', timeExpires: later }, now)).toBe(true);
    expect(isCertificationHeld({ status: 'CERTIFIED', renewalStatus: 'DUE', timeExpires: earlier }, now)).toBe(false);
    expect(isCertificationHeld({ status: 'EXPIRED', renewalStatus: 'EXPIRED', timeExpires: null }, now)).toBe(false);
    expect(isCertificationHeld({ status: 'ASSIGNED', renewalStatus: 'NOT_DUE', timeExpires: null }, now)).toBe(false);
  });

  it('lists as outstanding what is not held or is due for renewal', () => {
    expect(isCertificationOutstanding({ status: 'CERTIFIED', renewalStatus: 'NOT_DUE', timeExpires: later }, now)).toBe(
      false,
    );
    expect(isCertificationOutstanding({ status: 'CERTIFIED', renewalStatus: 'DUE', timeExpires: later }, now)).toBe(
      true,
    );
    expect(isCertificationOutstanding({ status: 'ASSIGNED', renewalStatus: 'NOT_DUE', timeExpires: null }, now)).toBe(
      true,
    );
  });

  it('computes compliance and course completion percentages', () => {
    expect(compliancePercent([], now)).toBeNull();
    expect(
      compliancePercent(
        [
          { status: 'CERTIFIED', renewalStatus: 'NOT_DUE', timeExpires: later },
          { status: 'IN_PROGRESS', renewalStatus: 'NOT_DUE', timeExpires: null },
          { status: 'EXPIRED', renewalStatus: 'EXPIRED', timeExpires: null },
        ],
        now,
      ),
    ).toBe(33);
    expect(courseCompletionPercent({ complete: 0, total: 0 })).toBeNull();
    expect(courseCompletionPercent({ complete: 4, total: 9 })).toBe(44);
  });
});

describe('dashboardBlocks', () => {
  it('keeps the configured order, drops unknown and repeated keys, and falls back to the default', () => {
    expect(dashboardBlocks(['recent', 'bogus', 'compliance', 'recent'])).toEqual(['recent', 'compliance']);
    expect(dashboardBlocks([])).toEqual(['compliance', 'due', 'in_progress', 'recent', 'certifications']);
  });
});
