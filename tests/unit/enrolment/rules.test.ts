/** @jest-environment node */
import { needsCostConfirmation, selfEnrolmentBlock } from '@/lib/enrolment/rules';

const open = { startsAt: null, endsAt: null, maxEnrolled: null, enrolledCount: 0, inAudience: true, archived: false };
const now = new Date('2026-05-01T10:00:00Z');

describe('selfEnrolmentBlock', () => {
  it('allows an open method', () => {
    expect(selfEnrolmentBlock(open, now)).toBeNull();
    expect(selfEnrolmentBlock({ ...open, maxEnrolled: 0, enrolledCount: 50 }, now)).toBeNull();
  });
  it('explains each reason the method is closed', () => {
    expect(selfEnrolmentBlock({ ...open, archived: true }, now)).toMatch(/archived/);
    expect(selfEnrolmentBlock({ ...open, inAudience: false }, now)).toMatch(/particular group/);
    expect(selfEnrolmentBlock({ ...open, startsAt: new Date('2026-06-01') }, now)).toMatch(/not opened/);
    expect(selfEnrolmentBlock({ ...open, endsAt: new Date('2026-04-01') }, now)).toMatch(/closed/);
    expect(selfEnrolmentBlock({ ...open, maxEnrolled: 10, enrolledCount: 10 }, now)).toMatch(/full/);
    expect(selfEnrolmentBlock({ ...open, maxEnrolled: 10, enrolledCount: 9 }, now)).toBeNull();
  });
});

describe('needsCostConfirmation', () => {
  it('asks only for priced courses', () => {
    expect(needsCostConfirmation(13500)).toBe(true);
    expect(needsCostConfirmation(0)).toBe(false);
    expect(needsCostConfirmation(null)).toBe(false);
  });
});
