// Pure rules for the dashboard and Required Learning.

export type CertState = { status: string; renewalStatus: string; timeExpires: Date | null };

/**
 * Whether a certification counts as held now: certified and not expired. A window that is open for renewal still
 * counts until the expiry date (the learner remains certified until then).
 */
export function isCertificationHeld(c: CertState, now: Date): boolean {
  if (c.status !== 'CERTIFIED') return false;
  if (c.renewalStatus === 'EXPIRED') return false;
  return !c.timeExpires || c.timeExpires > now;
}

/** Compliance %: certifications held / certifications assigned; null when none are assigned. */
export function compliancePercent(certs: CertState[], now: Date): number | null {
  if (certs.length === 0) return null;
  const held = certs.filter((c) => isCertificationHeld(c, now)).length;
  return Math.round((held / certs.length) * 100);
}

/** Course completion %: completed / enrolled courses that track completion; null with none. */
export function courseCompletionPercent(counts: { complete: number; total: number }): number | null {
  if (counts.total === 0) return null;
  return Math.round((counts.complete / counts.total) * 100);
}

/** A certification is required learning when it is not held, or its renewal window is open. */
export function isCertificationOutstanding(c: CertState, now: Date): boolean {
  return !isCertificationHeld(c, now) || c.renewalStatus === 'DUE';
}
