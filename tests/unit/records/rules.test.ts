/** @jest-environment node */
import { dashboardBlocks } from '@/lib/records/dashboard';
import { courseCompletionPercent } from '@/lib/records/rules';

describe('course completion', () => {
  it('computes the course completion percentage', () => {
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
