// Pure rules for the dashboard. Certification and program states live in lib/certifications/rules.ts and
// lib/programs/rules.ts (one rule each, used by every page).

/** Course completion %: completed / enrolled courses that track completion; null with none. */
export function courseCompletionPercent(counts: { complete: number; total: number }): number | null {
  if (counts.total === 0) return null;
  return Math.round((counts.complete / counts.total) * 100);
}
