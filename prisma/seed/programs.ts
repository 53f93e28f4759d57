// The HCC induction program and the four mandatory certifications, with assignments and every learner's state.
import type { Prisma } from '../../lib/generated/prisma/client';
import { bulkInsert } from './bulk';
import type { Person, SeedContext } from './context';
import type { CourseState, Ledger } from './ledger';
import { addDays, addMonths } from './random';

const INDUCTION = {
  week1: ['WELCOME', 'ICTSEC', 'DATAPROT'],
  week2: ['INTROHS', 'FIRESAFE', 'DSE'],
  optional: ['EQUALITY', 'TIMEMGMT', 'STRESS'],
};

export const CERTIFICATIONS = [
  { shortName: 'CERT-DP', fullName: 'HCC Mandatory - Data Protection 2 year', course: 'DATAPROT' },
  { shortName: 'CERT-PREVENT', fullName: 'HCC Mandatory - Prevent 2 year', course: 'PREVENT' },
  { shortName: 'CERT-FOI', fullName: 'HCC Mandatory - Freedom of Information 2 year', course: 'FOI' },
  { shortName: 'CERT-DI', fullName: 'HCC Mandatory - Diversity and Inclusion 2 year', course: 'DIVINC' },
] as const;

export type CertState = 'ASSIGNED' | 'IN_PROGRESS' | 'CERTIFIED' | 'DUE' | 'EXPIRED';

/** Sam Taylor's certifications cover every state (see demo-accounts.ts). */
const SAM_CERTS: Record<string, CertState> = {
  'CERT-DP': 'ASSIGNED',
  'CERT-PREVENT': 'CERTIFIED',
  'CERT-FOI': 'EXPIRED',
  'CERT-DI': 'DUE',
};

export async function seedCertifications(ctx: SeedContext, ledger: Ledger, categoryId: number): Promise<void> {
  const { db, clock, rng } = ctx;
  const audienceId = ctx.audienceIds.get('All HCC staff') as number;
  const learners = ctx.people.filter((p) => ctx.audienceMembers.get('All HCC staff')?.has(p.id));
  const completions: Prisma.CertificationCompletionCreateManyInput[] = [];
  const history: Prisma.CertificationHistoryCreateManyInput[] = [];
  const programUsers: Prisma.ProgramUserCreateManyInput[] = [];
  const assignedAt = clock.months(-26);

  for (const spec of CERTIFICATIONS) {
    const program = await db.program.create({
      data: {
        kind: 'CERTIFICATION',
        shortName: spec.shortName,
        fullName: spec.fullName,
        summary: `Complete ${ledger.course(spec.course).spec.fullName} every two years. You can renew in the month before your certification expires.`,
        categoryId,
        ownerTeamId: ctx.teamIds.hr,
        keywords: ['mandatory', 'compliance'],
        createdAt: assignedAt,
        certification: {
          create: {
            activeValue: 2,
            activeUnit: 'YEAR',
            windowValue: 1,
            windowUnit: 'MONTH',
            recertifyFrom: 'EXPIRY_DATE',
          },
        },
        courseSets: {
          create: [
            {
              label: 'Certification',
              path: 'CERT',
              completionType: 'ALL',
              sortOrder: 0,
              courses: { create: [{ courseId: ledger.course(spec.course).id }] },
            },
            {
              label: 'Recertification',
              path: 'RECERT',
              completionType: 'ALL',
              sortOrder: 0,
              courses: { create: [{ courseId: ledger.course(spec.course).id }] },
            },
          ],
        },
        assignments: {
          create: [{ type: 'AUDIENCE', audienceId, dueType: 'RELATIVE', dueWithinValue: 60, createdAt: assignedAt }],
        },
      },
      select: { id: true, certification: { select: { id: true } }, assignments: { select: { id: true } } },
    });
    const certificationId = program.certification?.id as number;
    const assignmentId = program.assignments[0]?.id as number;

    for (const user of learners) {
      programUsers.push({ programId: program.id, userId: user.id, assignmentId, assignedAt });
      const state: CertState =
        user.username === '90011'
          ? (SAM_CERTS[spec.shortName] as CertState)
          : rng.pick([
              'ASSIGNED',
              'IN_PROGRESS',
              'CERTIFIED',
              'CERTIFIED',
              'CERTIFIED',
              'CERTIFIED',
              'DUE',
              'EXPIRED',
              'EXPIRED',
            ] as const);
      const base = { certificationId, userId: user.id };
      const record = (courseState: CourseState, enrolledAt: Date, completedAt?: Date) =>
        ledger.record(user, spec.course, {
          state: courseState,
          source: 'CERTIFICATION',
          programId: program.id,
          enrolledAt,
          completedAt,
          steps: 1,
        });
      if (state === 'ASSIGNED' || state === 'IN_PROGRESS') {
        const enrolledAt = clock.day(-rng.int(10, 50));
        completions.push({
          ...base,
          status: state,
          renewalStatus: 'NOT_DUE',
          path: 'CERT',
          dueAt: addDays(enrolledAt, 60),
        });
        record(state === 'ASSIGNED' ? 'NOT_STARTED' : 'IN_PROGRESS', enrolledAt);
      } else if (state === 'CERTIFIED') {
        const completed = clock.day(-rng.int(20, 600), 10 + rng.int(0, 6), rng.int(0, 59));
        const expires = addMonths(completed, 24);
        completions.push({
          ...base,
          status: 'CERTIFIED',
          renewalStatus: 'NOT_DUE',
          path: 'RECERT',
          timeCompleted: completed,
          timeWindowOpens: addMonths(expires, -1),
          timeExpires: expires,
          baselineTimeExpires: expires,
        });
        record('COMPLETE', addDays(completed, -rng.int(1, 20)), completed);
      } else if (state === 'DUE') {
        // Completed just under two years ago: the renewal window is open and the course has been reset.
        const completed = addDays(clock.months(-24), rng.int(4, 25));
        const expires = addMonths(completed, 24);
        const windowOpens = addMonths(expires, -1);
        const previous = addMonths(completed, -24);
        completions.push({
          ...base,
          status: 'CERTIFIED',
          renewalStatus: 'DUE',
          path: 'RECERT',
          timeCompleted: completed,
          timeWindowOpens: windowOpens,
          timeExpires: expires,
          baselineTimeExpires: expires,
        });
        history.push({
          ...base,
          status: 'CERTIFIED',
          timeCompleted: previous,
          timeWindowOpens: addMonths(completed, -1),
          timeExpires: completed,
          archivedAt: completed,
        });
        ledger.archive(user, spec.course, completed, 'RECERTIFICATION', windowOpens);
        ledger.archive(user, spec.course, previous, 'RECERTIFICATION', addMonths(completed, -1));
        record(
          user.username === '90011' ? 'NOT_STARTED' : rng.pick(['NOT_STARTED', 'IN_PROGRESS'] as const),
          addDays(completed, -7),
        );
      } else {
        // Expired: the old expiry date is now the due date, so the certification shows as overdue.
        const completed = addDays(clock.months(-24), -rng.int(10, 200));
        const expires = addMonths(completed, 24);
        completions.push({ ...base, status: 'EXPIRED', renewalStatus: 'EXPIRED', path: 'CERT', dueAt: expires });
        history.push({
          ...base,
          status: 'CERTIFIED',
          timeCompleted: completed,
          timeWindowOpens: addMonths(expires, -1),
          timeExpires: expires,
          archivedAt: expires,
        });
        ledger.archive(user, spec.course, completed, 'RECERTIFICATION', addMonths(expires, -1));
        record('NOT_STARTED', addDays(completed, -10));
      }
    }
  }
  await bulkInsert(db, 'ProgramUser', programUsers);
  await bulkInsert(db, 'CertificationCompletion', completions);
  await bulkInsert(db, 'CertificationHistory', history);
}

export async function seedInduction(ctx: SeedContext, ledger: Ledger, categoryId: number): Promise<void> {
  const { db, clock, rng } = ctx;
  const audienceId = ctx.audienceIds.get('All HCC staff') as number;
  const sets = [
    { label: 'Week One', completionType: 'ALL' as const, minCourses: 0, courses: INDUCTION.week1 },
    { label: 'Week Two', completionType: 'SOME' as const, minCourses: 2, courses: INDUCTION.week2 },
    {
      label: 'Further reading (optional)',
      completionType: 'OPTIONAL' as const,
      minCourses: 0,
      courses: INDUCTION.optional,
    },
  ];
  const program = await db.program.create({
    data: {
      kind: 'PROGRAM',
      shortName: 'HCCINDUCT2021',
      fullName: 'Hertfordshire Induction - 2021',
      summary:
        'Your induction to Hertfordshire County Council. Complete Week One in your first week, then at least two of the Week Two courses.',
      categoryId,
      ownerTeamId: ctx.teamIds.hr,
      keywords: ['induction', 'new starter'],
      createdAt: clock.months(-40),
      courseSets: {
        create: sets.map((s, sortOrder) => ({
          label: s.label,
          sortOrder,
          completionType: s.completionType,
          minCourses: s.minCourses,
          nextOperator: 'THEN' as const,
          timeAllowedDays: sortOrder === 0 ? 7 : 14,
          courses: { create: s.courses.map((c, i) => ({ courseId: ledger.course(c).id, sortOrder: i })) },
        })),
      },
      assignments: { create: [{ type: 'AUDIENCE', audienceId, dueType: 'RELATIVE', dueWithinValue: 28 }] },
    },
    select: { id: true, assignments: { select: { id: true } } },
  });
  const assignmentId = program.assignments[0]?.id as number;
  const learners = ctx.people.filter((p) => ctx.audienceMembers.get('All HCC staff')?.has(p.id));
  const users: Prisma.ProgramUserCreateManyInput[] = [];
  const completions: Prisma.ProgramCompletionCreateManyInput[] = [];
  for (const user of learners) {
    const assignedAt = clock.day(-rng.int(30, 700));
    users.push({ programId: program.id, userId: user.id, assignmentId, assignedAt });
    const profile =
      user.username === '90011' ? 'sam' : rng.pick(['done', 'done', 'done', 'done', 'week2', 'week1'] as const);
    const plan: [string, CourseState][] =
      profile === 'sam'
        ? [
            ['WELCOME', 'COMPLETE'],
            ['ICTSEC', 'IN_PROGRESS'],
            ['DATAPROT', 'NOT_STARTED'],
          ]
        : [
            ...INDUCTION.week1.map((c, i): [string, CourseState] => [
              c,
              profile === 'week1' && i > 0 ? 'IN_PROGRESS' : 'COMPLETE',
            ]),
            ...INDUCTION.week2.map((c, i): [string, CourseState] => [
              c,
              profile === 'done'
                ? i < 2
                  ? 'COMPLETE'
                  : 'NOT_STARTED'
                : profile === 'week2' && i === 0
                  ? 'COMPLETE'
                  : 'NOT_STARTED',
            ]),
            ...(profile === 'done' && rng.chance(0.4)
              ? [[rng.pick(INDUCTION.optional), 'COMPLETE'] as [string, CourseState]]
              : []),
          ];
    plan.forEach(([course, state], index) => {
      ledger.record(user, course, {
        state,
        source: 'PROGRAM',
        programId: program.id,
        enrolledAt: assignedAt,
        completedAt: addDays(assignedAt, 2 + index * 2),
        steps: 1,
      });
    });
    // Progress from the learner's actual course states (a course may have been recorded by a certification).
    const done = (c: string) => ledger.state(user, c) === 'COMPLETE';
    const week1 = INDUCTION.week1.every(done);
    const week2 = INDUCTION.week2.filter(done).length >= 2;
    const started = [...INDUCTION.week1, ...INDUCTION.week2].some(
      (c) => ledger.state(user, c) && ledger.state(user, c) !== 'NOT_STARTED',
    );
    const complete = week1 && week2;
    const finishedAt = complete
      ? [...INDUCTION.week1, ...INDUCTION.week2]
          .map((c) => ledger.completedAt(user, c)?.getTime() ?? 0)
          .reduce((a, b) => Math.max(a, b), 0)
      : 0;
    completions.push({
      programId: program.id,
      userId: user.id,
      status: complete ? 'COMPLETE' : 'INCOMPLETE',
      progressPercent: complete ? 100 : week1 ? 50 : 0,
      assignedAt,
      dueAt: addDays(assignedAt, 28),
      startedAt: started ? addDays(assignedAt, 1) : null,
      completedAt: complete ? new Date(finishedAt) : null,
    });
  }
  await bulkInsert(db, 'ProgramUser', users);
  await bulkInsert(db, 'ProgramCompletion', completions);
}

export function isHcc(p: Person): boolean {
  return p.org === 'hcc';
}
