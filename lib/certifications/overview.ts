// Completion overview per certification and organisation, for L&D: how many people are certified, in their
// renewal window, expired, overdue, or not yet certified. The database groups the records by the stored fields and
// by where "now" falls against their dates; the one state rule (rules.ts certificationState) then labels each
// group once, so these counts always agree with what each learner sees. A fixed number of queries.
import type { Viewer } from '@/lib/auth/viewer';
import { assertLdAdmin, canManageTeamItem } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { certificationState, type CertificationRecord } from './rules';

export type OverviewCounts = {
  certified: number;
  windowOpen: number;
  expired: number;
  /** Not certified (never, or in progress) and past the due date; expired people are counted as expired. */
  overdue: number;
  notCertified: number;
  total: number;
};

export type CertificationOverviewRow = { organisation: string; counts: OverviewCounts };
export type CertificationOverview = {
  programId: number;
  fullName: string;
  totals: OverviewCounts;
  rows: CertificationOverviewRow[];
};

type Group = {
  programId: number;
  ownerTeamId: number | null;
  fullName: string;
  organisation: string;
  status: CertificationRecord['status'];
  renewalStatus: CertificationRecord['renewalStatus'];
  hasExpiry: boolean;
  expired: boolean;
  windowReached: boolean;
  hasDue: boolean;
  pastDue: boolean;
  n: number;
};

const empty = (): OverviewCounts => ({
  certified: 0,
  windowOpen: 0,
  expired: 0,
  overdue: 0,
  notCertified: 0,
  total: 0,
});

/** A stand-in record that falls on the same side of every date as the group's records do at `now`. */
function representative(g: Group, now: Date): CertificationRecord {
  const t = now.getTime();
  return {
    status: g.status,
    renewalStatus: g.renewalStatus,
    timeCompleted: g.hasExpiry ? new Date(t - 1) : null,
    timeWindowOpens: g.hasExpiry ? new Date(g.windowReached ? t - 1 : t + 1) : null,
    timeExpires: g.hasExpiry ? new Date(g.expired ? t - 1 : t + 1) : null,
    dueAt: g.hasDue ? new Date(g.pastDue ? t - 1 : t + 1) : null,
  };
}

function add(counts: OverviewCounts, g: Group, now: Date): void {
  const state = certificationState(representative(g, now), now);
  counts.total += g.n;
  if (state.key === 'certified') counts.certified += g.n;
  else if (state.key === 'window_open') counts.windowOpen += g.n;
  else if (state.key === 'expired') counts.expired += g.n;
  else if (state.overdue) counts.overdue += g.n;
  else counts.notCertified += g.n;
}

/** The certifications the viewer's L&D team owns (all of them for site admins), by organisation. */
export async function getCertificationOverview(
  viewer: Viewer,
  now: Date = new Date(),
): Promise<CertificationOverview[]> {
  assertLdAdmin(viewer);
  const groups = await db.$queryRaw<Group[]>`
    SELECT p."id" AS "programId", p."fullName", p."ownerTeamId", o."name" AS "organisation",
      cc."status"::text AS "status", cc."renewalStatus"::text AS "renewalStatus",
      (cc."timeExpires" IS NOT NULL) AS "hasExpiry",
      COALESCE(cc."timeExpires" <= ${now}, false) AS "expired",
      COALESCE(cc."timeWindowOpens" <= ${now}, false) AS "windowReached",
      (cc."dueAt" IS NOT NULL) AS "hasDue",
      COALESCE(cc."dueAt" < ${now}, false) AS "pastDue",
      count(*)::int AS "n"
    FROM "CertificationCompletion" cc
    JOIN "Certification" c ON c."id" = cc."certificationId"
    JOIN "Program" p ON p."id" = c."programId"
    JOIN "User" u ON u."id" = cc."userId" AND u."status" <> 'DELETED'
    JOIN "Organisation" o ON o."id" = u."organisationId"
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
    ORDER BY 2, 3`;
  const byProgram = new Map<number, CertificationOverview & { byOrg: Map<string, OverviewCounts> }>();
  // The team rule is the one every admin screen uses; the groups are few (certifications × organisations × states).
  for (const g of groups.filter((row) => canManageTeamItem(viewer, row.ownerTeamId))) {
    let entry = byProgram.get(g.programId);
    if (!entry) {
      entry = { programId: g.programId, fullName: g.fullName, totals: empty(), rows: [], byOrg: new Map() };
      byProgram.set(g.programId, entry);
    }
    let org = entry.byOrg.get(g.organisation);
    if (!org) {
      org = empty();
      entry.byOrg.set(g.organisation, org);
      entry.rows.push({ organisation: g.organisation, counts: org });
    }
    add(org, g, now);
    add(entry.totals, g, now);
  }
  return [...byProgram.values()].map(({ byOrg: _unused, ...rest }) => {
    void _unused;
    return rest;
  });
}
