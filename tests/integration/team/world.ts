// A small organisation chart for the My Team tests: a head of service, her manager, his direct report (with a
// second, non-primary job under someone else and an ended job under a former manager), the manager's other report,
// another manager with her own team, and a learner with no reports. Plus learning for the report.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { makeCourse, makeOrganisation, makeUser, viewerFor } from '../../factories/learning';
import { assignProgram } from '../../factories/programs';
import { makeSession, makeWorkshopCourse } from '../../factories/workshops';

const DAY = 86_400_000;

export type TeamWorld = Awaited<ReturnType<typeof makeTeamWorld>>;

export async function makeTeamWorld(now: Date = new Date()) {
  const org = await makeOrganisation();
  const person = (firstName: string, lastName: string) => makeUser({ organisationId: org.id, firstName, lastName });
  const head = await person('Helen', 'Head');
  const manager = await person('Mark', 'Manager');
  const report = await person('Sam', 'Taylor');
  const colleague = await person('Ann', 'Baker');
  const reportOfReport = await person('Rita', 'Rees');
  const formerManager = await person('Fred', 'Former');
  const secondJobManager = await person('Sue', 'Second');
  const otherManager = await person('Olga', 'Other');
  const otherReport = await person('Oscar', 'Other');
  const learner = await person('Lee', 'Learner');
  const yesterday = new Date(now.getTime() - DAY);
  await db.jobAssignment.createMany({
    data: [
      { userId: manager.id, managerId: head.id, title: 'Team manager' },
      { userId: report.id, managerId: manager.id, title: 'Support worker' },
      { userId: report.id, idNumber: 'old', managerId: formerManager.id, isPrimary: false, endDate: yesterday },
      { userId: report.id, idNumber: 'second', managerId: secondJobManager.id, isPrimary: false, title: 'Relief' },
      { userId: colleague.id, managerId: manager.id, title: 'Support worker' },
      { userId: reportOfReport.id, managerId: report.id, title: 'Apprentice' },
      { userId: otherReport.id, managerId: otherManager.id, title: 'Clerk' },
      // The former manager once managed someone on a primary job that has ended: still not a manager.
      { userId: learner.id, idNumber: 'ended', managerId: formerManager.id, isPrimary: true, endDate: yesterday },
    ],
  });

  // The report's learning: a course in progress, a complete one, an overdue program, an expired certification,
  // one expiring in 10 days, and bookings (one upcoming, one attended).
  const courseA = await makeCourse({ fullName: 'Lone Working' });
  const courseB = await makeCourse({ fullName: 'Data Protection' });
  await db.enrolment.createMany({
    data: [
      { userId: report.id, courseId: courseA.id, source: 'SELF' },
      { userId: report.id, courseId: courseB.id, source: 'SELF' },
    ],
  });
  await db.courseCompletion.createMany({
    data: [
      { userId: report.id, courseId: courseA.id, status: 'IN_PROGRESS', progressPercent: 40 },
      { userId: report.id, courseId: courseB.id, status: 'COMPLETE', progressPercent: 100, timeCompleted: yesterday },
    ],
  });
  const program = await assignProgram(db, report.id, 'PROGRAM');
  await db.program.update({ where: { id: program.id }, data: { fullName: 'Hertfordshire Induction' } });
  await db.programCompletion.create({
    data: { programId: program.id, userId: report.id, progressPercent: 30, dueAt: new Date(now.getTime() - 5 * DAY) },
  });
  const expiredCert = await assignProgram(db, report.id, 'CERTIFICATION');
  await db.program.update({ where: { id: expiredCert.id }, data: { fullName: 'Fire Safety' } });
  await db.certificationCompletion.create({
    data: {
      certificationId: expiredCert.certification!.id,
      userId: report.id,
      status: 'EXPIRED',
      renewalStatus: 'EXPIRED',
      dueAt: new Date(now.getTime() - 3 * DAY),
    },
  });
  const expiringCert = await assignProgram(db, report.id, 'CERTIFICATION');
  await db.program.update({ where: { id: expiringCert.id }, data: { fullName: 'Manual Handling' } });
  await db.certificationCompletion.create({
    data: {
      certificationId: expiringCert.certification!.id,
      userId: report.id,
      status: 'CERTIFIED',
      renewalStatus: 'DUE',
      timeCompleted: new Date(now.getTime() - 355 * DAY),
      timeWindowOpens: new Date(now.getTime() - 20 * DAY),
      timeExpires: new Date(now.getTime() + 10 * DAY),
    },
  });
  // The colleague is certified on Manual Handling for a long while: up to date.
  await db.certificationCompletion.create({
    data: {
      certificationId: expiringCert.certification!.id,
      userId: colleague.id,
      status: 'CERTIFIED',
      timeCompleted: yesterday,
      timeWindowOpens: new Date(now.getTime() + 300 * DAY),
      timeExpires: new Date(now.getTime() + 330 * DAY),
    },
  });
  // Someone else's team has learning too, which must never show up for our manager.
  await db.courseCompletion.create({ data: { userId: otherReport.id, courseId: courseA.id } });
  await db.courseCompletion.create({ data: { userId: reportOfReport.id, courseId: courseA.id } });

  const { workshop } = await makeWorkshopCourse();
  const upcoming = await makeSession(workshop.id, { startsInDays: 7 });
  const past = await makeSession(workshop.id, { startsInDays: -7 });
  await db.booking.createMany({
    data: [
      { sessionId: upcoming.id, workshopId: workshop.id, userId: report.id, status: 'BOOKED', bookedAt: now },
      {
        sessionId: past.id,
        workshopId: workshop.id,
        userId: report.id,
        status: 'FULLY_ATTENDED',
        attendanceMarkedAt: now,
      },
      { sessionId: upcoming.id, workshopId: workshop.id, userId: otherReport.id, status: 'BOOKED' },
    ],
  });

  const viewers = async <K extends string>(users: Record<K, { id: number }>): Promise<Record<K, Viewer>> =>
    Object.fromEntries(
      await Promise.all(Object.entries(users).map(async ([k, u]) => [k, await viewerFor((u as { id: number }).id)])),
    ) as Record<K, Viewer>;
  return {
    org,
    users: {
      head,
      manager,
      report,
      colleague,
      reportOfReport,
      formerManager,
      secondJobManager,
      otherManager,
      otherReport,
      learner,
    },
    courses: { courseA, courseB },
    programs: { program, expiredCert, expiringCert },
    sessions: { upcoming, past },
    viewers: await viewers({ head, manager, report, formerManager, secondJobManager, otherManager, learner }),
  };
}
