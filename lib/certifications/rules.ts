// Pure certification rules (REFERENCE §1): validity settings, the three recertification-date rules, the record a
// completion produces, the scheduled transitions, and the one per-person state every page shows. No I/O.
import { addPeriod, comparePeriods, type Period } from './periods';

export type RecertifyFrom = 'COMPLETION_DATE' | 'EXPIRY_DATE' | 'FIXED_DATE';

export type CertificationSettings = {
  active: Period;
  window: Period;
  /** FIXED_DATE only: a new expiry is at least this far after the completion. */
  minimumActive: Period | null;
  recertifyFrom: RecertifyFrom;
};

/** Problems with a certification's settings, in the reference's words; empty when valid. */
export function validateSettings(s: CertificationSettings): string[] {
  const errors: string[] = [];
  if (s.active.value < 1 || s.window.value < 1) errors.push('Periods must be at least 1.');
  if (comparePeriods(s.active, s.window) <= 0)
    errors.push('Active period must be greater than the recertification window period.');
  if (s.recertifyFrom === 'FIXED_DATE') {
    if (!s.minimumActive) errors.push('Set a minimum active period for a fixed expiry date.');
    else {
      if (comparePeriods(s.minimumActive, s.window) < 0)
        errors.push('Minimum active period cannot be less than the recertification window period.');
      if (comparePeriods(s.minimumActive, s.active) > 0)
        errors.push('Minimum active period cannot be more than the active period.');
    }
  }
  return errors;
}

/** When the recertification window opens for an expiry date. */
export function windowOpensAt(expires: Date, window: Period): Date {
  return addPeriod(expires, window, -1);
}

export type ExpiryInput = {
  completedAt: Date;
  /** The expiry of the cycle being renewed (null on the first certification or after expiry). */
  previousExpires: Date | null;
  /** The assignment due date of a first certification. */
  dueAt: Date | null;
};

/** The base date the next active period is counted from (Totara get_certiftimebase). */
export function expiryBase(s: CertificationSettings, input: ExpiryInput): Date {
  const { completedAt, previousExpires, dueAt } = input;
  const t = completedAt.getTime();
  switch (s.recertifyFrom) {
    case 'COMPLETION_DATE':
      return completedAt;
    case 'EXPIRY_DATE':
      if (previousExpires) {
        if (t > previousExpires.getTime()) return completedAt; // renewed late
        if (t < windowOpensAt(previousExpires, s.window).getTime()) return addPeriod(previousExpires, s.active, -1);
        return previousExpires; // renewed inside the window
      }
      if (dueAt) return t > dueAt.getTime() ? completedAt : dueAt;
      return completedAt;
    case 'FIXED_DATE': {
      const minimum = s.minimumActive ?? s.window;
      let base = previousExpires ?? dueAt ?? completedAt;
      // Bounded loops: a broken setting can never spin forever.
      for (let i = 0; i < 1000 && addPeriod(base, minimum, -1).getTime() >= t; i++)
        base = addPeriod(base, s.active, -1);
      const earliest = addPeriod(completedAt, minimum).getTime();
      for (let i = 0; i < 1000 && addPeriod(base, s.active).getTime() < earliest; i++) base = addPeriod(base, s.active);
      return base;
    }
  }
}

/** The expiry and window-opening dates of the cycle a completion starts. */
export function certifiedDates(
  s: CertificationSettings,
  input: ExpiryInput,
): { timeCompleted: Date; timeExpires: Date; timeWindowOpens: Date } {
  const timeExpires = addPeriod(expiryBase(s, input), s.active);
  const opens = windowOpensAt(timeExpires, s.window);
  // The window never opens before the completion (only possible with odd settings).
  const timeWindowOpens = opens.getTime() < input.completedAt.getTime() ? input.completedAt : opens;
  return { timeCompleted: input.completedAt, timeExpires, timeWindowOpens };
}

export type CertificationRecord = {
  status: 'ASSIGNED' | 'IN_PROGRESS' | 'CERTIFIED' | 'EXPIRED';
  renewalStatus: 'NOT_DUE' | 'DUE' | 'EXPIRED';
  timeCompleted: Date | null;
  timeWindowOpens: Date | null;
  timeExpires: Date | null;
  dueAt: Date | null;
};

/** The person's state as shown everywhere (Record of Learning, Required Learning, Home, My Team, reports). */
export type CertificationStateKey = 'not_certified' | 'in_progress' | 'certified' | 'window_open' | 'expired';

export type CertificationState = {
  key: CertificationStateKey;
  /** Not certified and past the due date (for an expired person: past the old expiry). */
  overdue: boolean;
  /** Counts towards compliance: certified, including an open window, until the expiry date. */
  held: boolean;
  /** The date the learner has to act by: expiry while certified, otherwise the due date. */
  dueAt: Date | null;
};

/**
 * The state at `now`. Time-based transitions are applied here too, so a page never shows a stale state while
 * the scheduled job has yet to run (Totara's cron lag): a passed window shows as open, a passed expiry as expired.
 */
export function certificationState(r: CertificationRecord, now: Date): CertificationState {
  const t = now.getTime();
  const certifiedCycle = (r.status === 'CERTIFIED' || r.status === 'IN_PROGRESS') && r.timeExpires !== null;
  if (certifiedCycle && r.renewalStatus !== 'EXPIRED') {
    const expires = r.timeExpires!;
    if (t >= expires.getTime()) return { key: 'expired', overdue: true, held: false, dueAt: expires };
    const windowOpen = r.renewalStatus === 'DUE' || (r.timeWindowOpens !== null && t >= r.timeWindowOpens.getTime());
    if (r.status === 'CERTIFIED' || windowOpen)
      return { key: windowOpen ? 'window_open' : 'certified', overdue: false, held: true, dueAt: expires };
  }
  const dueAt = r.status === 'EXPIRED' || r.renewalStatus === 'EXPIRED' ? (r.dueAt ?? r.timeExpires) : r.dueAt;
  const overdue = dueAt !== null && t > dueAt.getTime();
  if (r.status === 'EXPIRED' || r.renewalStatus === 'EXPIRED')
    return { key: 'expired', overdue: dueAt !== null && t >= dueAt.getTime(), held: false, dueAt };
  if (r.status === 'IN_PROGRESS') return { key: 'in_progress', overdue, held: false, dueAt };
  return { key: 'not_certified', overdue, held: false, dueAt };
}

/** Compliance %: held / assigned (window-open counts as held until expiry); null with nothing assigned. */
export function compliancePercent(records: CertificationRecord[], now: Date): number | null {
  if (records.length === 0) return null;
  const held = records.filter((r) => certificationState(r, now).held).length;
  return Math.round((held / records.length) * 100);
}

/** Required Learning lists a certification that is not held, or whose renewal window is open. */
export function isCertificationOutstanding(r: CertificationRecord, now: Date): boolean {
  const s = certificationState(r, now);
  return !s.held || s.key === 'window_open';
}

/** The record after the learner completes the certification's courses at `completedAt`. */
export function completeCertification(
  s: CertificationSettings,
  r: CertificationRecord,
  completedAt: Date,
): CertificationRecord & { path: 'RECERT'; baselineTimeExpires: Date } {
  // A renewal inside an open window counts from the current expiry; after expiry the old dates are gone.
  const renewing = r.renewalStatus === 'DUE' && r.status !== 'EXPIRED';
  const dates = certifiedDates(s, {
    completedAt,
    previousExpires: renewing ? r.timeExpires : null,
    dueAt: renewing ? null : r.dueAt,
  });
  return {
    status: 'CERTIFIED',
    renewalStatus: 'NOT_DUE',
    ...dates,
    dueAt: r.dueAt,
    path: 'RECERT',
    baselineTimeExpires: dates.timeExpires,
  };
}

/** Due for the window-opening transition: certified, not yet due, window date reached. */
export function isWindowOpening(r: CertificationRecord, now: Date): boolean {
  return (
    r.status === 'CERTIFIED' &&
    r.renewalStatus === 'NOT_DUE' &&
    r.timeWindowOpens !== null &&
    r.timeWindowOpens.getTime() <= now.getTime()
  );
}

/** Due for the expiry transition: in a certified cycle whose expiry date has passed. */
export function isExpiring(r: CertificationRecord, now: Date): boolean {
  return (
    (r.status === 'CERTIFIED' || r.status === 'IN_PROGRESS') &&
    r.renewalStatus !== 'EXPIRED' &&
    r.timeExpires !== null &&
    r.timeExpires.getTime() <= now.getTime()
  );
}

/** The record after expiry: back to the original path, due date = the old expiry (so the learner is overdue). */
export function expireCertification(r: CertificationRecord): CertificationRecord & { path: 'CERT' } {
  return {
    status: 'EXPIRED',
    renewalStatus: 'EXPIRED',
    timeCompleted: null,
    timeWindowOpens: null,
    timeExpires: null,
    dueAt: r.timeExpires,
    path: 'CERT',
  };
}

const STATE_LABELS: Record<CertificationStateKey, string> = {
  not_certified: 'Not certified',
  in_progress: 'In progress',
  certified: 'Certified',
  window_open: 'Window open',
  expired: 'Expired',
};

export function certificationStateLabel(key: CertificationStateKey): string {
  return STATE_LABELS[key];
}

/** Totara's renewal column: "Not due for renewal", "Due for renewal", "Renewal expired". */
export function renewalLabel(state: CertificationState): string {
  if (state.key === 'window_open') return 'Due for renewal';
  if (state.key === 'expired') return 'Renewal expired';
  return 'Not due for renewal';
}
