// The team compliance summary on My Team: who is overdue, who has something due or expiring within 30 days, and
// when each was last sent a reminder. Built on the tab reads (one state rule for every page), four queries in all.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { listTeamCertifications, listTeamPrograms, type TeamCertificationRow, type TeamProgramRow } from './queries';
import {
  personCompliance,
  summarise,
  type ComplianceItem,
  type ComplianceSummary,
  type PersonCompliance,
} from './rules';
import { directReportWhere } from './scope';

export type TeamCompliancePerson = PersonCompliance & {
  userId: number;
  name: string;
  hasEmail: boolean;
  lastReminderAt: Date | null;
};

export type TeamCompliance = {
  summary: ComplianceSummary;
  /** People with something overdue or due soon, overdue first, then by name. */
  needAction: TeamCompliancePerson[];
};

export function certificationItem(r: TeamCertificationRow): ComplianceItem {
  return {
    kind: 'certification',
    programId: r.programId,
    name: r.certification,
    dueAt: r.state.dueAt,
    overdue: r.state.overdue || r.state.key === 'expired',
    finished: false,
  };
}

export function programItem(r: TeamProgramRow): ComplianceItem {
  return {
    kind: 'program',
    programId: r.programId,
    name: r.program,
    dueAt: r.state.dueAt,
    overdue: r.state.overdue,
    finished: r.state.key === 'complete',
  };
}

/** One person's overdue and due-soon items, from the same reads (for the reminder email). */
export function complianceOf(
  userId: number,
  certifications: TeamCertificationRow[],
  programs: TeamProgramRow[],
  now: Date,
): PersonCompliance {
  return personCompliance(
    [
      ...certifications.filter((r) => r.userId === userId).map(certificationItem),
      ...programs.filter((r) => r.userId === userId).map(programItem),
    ],
    now,
  );
}

export async function getTeamCompliance(viewer: Viewer, now: Date = new Date()): Promise<TeamCompliance> {
  const [people, certifications, programs] = await Promise.all([
    db.user.findMany({
      where: directReportWhere(viewer, now),
      select: { id: true, firstName: true, lastName: true, email: true },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
    }),
    listTeamCertifications(viewer, now),
    listTeamPrograms(viewer, now),
  ]);
  const reminders = people.length
    ? await db.teamReminder.groupBy({
        by: ['userId'],
        where: { userId: { in: people.map((p) => p.id) } },
        _max: { createdAt: true },
      })
    : [];
  const lastReminder = new Map(reminders.map((r) => [r.userId, r._max.createdAt]));
  const rows = people.map((p) => ({
    userId: p.id,
    name: `${p.firstName} ${p.lastName}`,
    hasEmail: Boolean(p.email),
    lastReminderAt: lastReminder.get(p.id) ?? null,
    ...complianceOf(p.id, certifications, programs, now),
  }));
  return {
    summary: summarise(rows.map((r) => r.level)),
    needAction: rows
      .filter((r) => r.level !== 'up_to_date')
      .sort((a, b) => Number(b.level === 'overdue') - Number(a.level === 'overdue')),
  };
}
