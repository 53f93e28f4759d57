/** @jest-environment node */
import { programState } from '@/lib/programs/rules';

const now = new Date('2026-03-29T12:00:00Z');
const base = { status: 'INCOMPLETE' as const, startedAt: null, progressPercent: 0, dueAt: null, completedAt: null };

describe('program state', () => {
  it('not started, in progress, complete', () => {
    expect(programState(base, now)).toMatchObject({ key: 'not_started', overdue: false, outstanding: true });
    expect(programState({ ...base, progressPercent: 50 }, now)).toMatchObject({
      key: 'in_progress',
      progressPercent: 50,
    });
    expect(programState({ ...base, startedAt: now }, now).key).toBe('in_progress');
    expect(programState({ ...base, status: 'COMPLETE', progressPercent: 100 }, now)).toMatchObject({
      key: 'complete',
      outstanding: false,
      progressPercent: 100,
    });
  });
  it('overdue only when incomplete and past the due date', () => {
    const due = new Date('2026-03-29T11:59:59Z');
    expect(programState({ ...base, dueAt: due }, now).overdue).toBe(true);
    expect(programState({ ...base, dueAt: new Date('2026-03-29T12:00:00Z') }, now).overdue).toBe(false);
    expect(programState({ ...base, status: 'COMPLETE', dueAt: due }, now).overdue).toBe(false);
  });
});
