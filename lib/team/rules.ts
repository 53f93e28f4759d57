// Pure My Team rules: what a manager should act on (overdue, or due or expiring soon), the team summary, and the
// calendar day a reminder belongs to. No I/O.

/** "Soon" for the compliance summary: due or expiring within this many days. */
export const DUE_SOON_DAYS = 30;
const DAY_MS = 86_400_000;

export type ComplianceItem = {
  kind: 'program' | 'certification';
  programId: number;
  name: string;
  /** Due date, or expiry for a held certification. */
  dueAt: Date | null;
  /** From the one program / certification state rule. */
  overdue: boolean;
  /** Complete for good (a completed program). A held certification is not: it expires, so it can be due soon. */
  finished: boolean;
};

export type ComplianceLevel = 'overdue' | 'due_soon' | 'up_to_date';

export type PersonCompliance = { level: ComplianceLevel; overdue: ComplianceItem[]; dueSoon: ComplianceItem[] };

/** Sorts one person's items into overdue and due (or expiring) within DUE_SOON_DAYS of `now`. */
export function personCompliance(items: ComplianceItem[], now: Date): PersonCompliance {
  const limit = now.getTime() + DUE_SOON_DAYS * DAY_MS;
  const overdue = items.filter((i) => i.overdue);
  const dueSoon = items.filter((i) => !i.overdue && !i.finished && i.dueAt !== null && i.dueAt.getTime() <= limit);
  const byDue = (a: ComplianceItem, b: ComplianceItem) =>
    (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.name.localeCompare(b.name);
  return {
    level: overdue.length ? 'overdue' : dueSoon.length ? 'due_soon' : 'up_to_date',
    overdue: overdue.sort(byDue),
    dueSoon: dueSoon.sort(byDue),
  };
}

export type ComplianceSummary = Record<ComplianceLevel, number> & { total: number };

/** How many people are at each level (each person counted once, at their worst level). */
export function summarise(levels: ComplianceLevel[]): ComplianceSummary {
  const summary: ComplianceSummary = { overdue: 0, due_soon: 0, up_to_date: 0, total: levels.length };
  for (const level of levels) summary[level] += 1;
  return summary;
}

/** The Europe/London calendar day ("2026-12-02") of an instant: one reminder per person per UK day. */
export function londonDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** Bar width in % of the largest bar (a bar with people in it is never thinner than 2 %). */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(2, Math.round((value / max) * 100));
}

export type CertificationTally = {
  programId: number;
  name: string;
  certified: number;
  windowOpen: number;
  expired: number;
  /** Never certified yet (including those in progress). */
  notCertified: number;
  total: number;
};

/** Per certification, how many of the team are certified, in their window, expired or not certified. */
export function tallyCertifications(
  rows: { programId: number; certification: string; state: { key: string } }[],
): CertificationTally[] {
  const byId = new Map<number, CertificationTally>();
  for (const r of rows) {
    let t = byId.get(r.programId);
    if (!t) {
      t = {
        programId: r.programId,
        name: r.certification,
        certified: 0,
        windowOpen: 0,
        expired: 0,
        notCertified: 0,
        total: 0,
      };
      byId.set(r.programId, t);
    }
    t.total += 1;
    if (r.state.key === 'certified') t.certified += 1;
    else if (r.state.key === 'window_open') t.windowOpen += 1;
    else if (r.state.key === 'expired') t.expired += 1;
    else t.notCertified += 1;
  }
  return [...byId.values()];
}
