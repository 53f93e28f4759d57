// Everything else the admin and learner screens need to look lived-in: evidence, account requests, access
// requests, content problem reports, evaluation responses, outbox emails and an audit trail of the seeded admin
// actions.
import type { Catalogue } from './catalogue';
import type { Person, SeedContext } from './context';
import { addDays } from './random';

export async function seedExtras(ctx: SeedContext, catalogue: Catalogue): Promise<void> {
  const { db, clock } = ctx;
  const p = (u: string) => ctx.byUsername.get(u) as Person;
  const sam = p('90011');
  const admin = p('ilearn.admin');
  const desiree = p('90003');

  await db.evidence.createMany({
    data: [
      {
        userId: sam.id,
        title: 'Level 3 Diploma in Adult Care',
        description: 'Completed through West Herts College, funded by the apprenticeship levy.',
        completedOn: clock.day(-420),
        hours: 180,
        provider: 'West Herts College',
      },
      {
        userId: sam.id,
        title: 'Moving and handling refresher (practical)',
        description: 'Practical session at the Stevenage day centre.',
        completedOn: clock.day(-150),
        hours: 2.5,
        provider: 'Adult Care Services L&D',
      },
      {
        userId: sam.id,
        title: 'Mental Capacity Act webinar',
        completedOn: clock.day(-33),
        hours: 1,
        provider: 'Social Care Institute for Excellence',
      },
      {
        userId: p('90012').id,
        title: 'First aid at work (3 days)',
        completedOn: clock.day(-210),
        hours: 18,
        provider: 'St John Ambulance',
      },
    ],
  });

  await db.accountRequest.createMany({
    data: [
      {
        firstName: 'Maya',
        lastName: 'Robertson',
        email: 'maya.robertson@gmail.com',
        organisationId: ctx.orgIds.schools,
        jobTitle: 'Supply Teacher',
        managerName: 'Karen Doyle',
        managerEmail: 'head@oakwood.herts.sch.uk',
        workplace: 'Oakwood Primary School',
        reason: 'Safeguarding training before starting supply work.',
        status: 'AWAITING_CONFIRMATION',
        createdAt: clock.day(-1, 16, 20),
      },
      {
        firstName: 'Daniel',
        lastName: 'Okoro',
        email: 'daniel.okoro@watford.gov.uk',
        organisationId: ctx.orgIds.wbc,
        jobTitle: 'Housing Officer',
        managerName: 'Sarah Price',
        managerEmail: 'sarah.price@watford.gov.uk',
        workplace: 'Watford Town Hall',
        status: 'PENDING',
        emailConfirmedAt: clock.day(-2, 10, 5),
        createdAt: clock.day(-2, 9, 50),
      },
      {
        firstName: 'Ruth',
        lastName: 'Ainsworth',
        email: 'ruth.ainsworth@carehome-example.co.uk',
        organisationOther: 'Meadowbank Care Home',
        jobTitle: 'Care Worker',
        managerName: 'Paul Grant',
        managerEmail: 'manager@carehome-example.co.uk',
        workplace: 'Meadowbank Care Home, Hitchin',
        reason: 'Dementia Awareness for our commissioned care staff.',
        status: 'PENDING',
        emailConfirmedAt: clock.day(-4, 14, 0),
        createdAt: clock.day(-4, 13, 40),
      },
      {
        firstName: 'Tyler',
        lastName: 'Brooks',
        email: 'tyler.brooks@hotmail.co.uk',
        organisationOther: 'None',
        jobTitle: 'Student',
        managerName: 'n/a',
        managerEmail: 'n/a@example.com',
        status: 'REJECTED',
        emailConfirmedAt: clock.day(-12),
        decidedById: admin.id,
        decidedAt: clock.day(-11, 10),
        rejectionReason:
          'iLearn+ is for council, school and partner staff only. Please contact your employer about training.',
        createdAt: clock.day(-12, 8),
      },
    ],
  });

  // Every completed access request activity has the request behind it; most have been granted already.
  const submitted = await db.activityCompletion.findMany({
    where: { state: 'COMPLETE', activity: { type: 'ACCESS_REQUEST' } },
    select: { userId: true, completedAt: true, activity: { select: { accessRequestForm: { select: { id: true } } } } },
    orderBy: [{ activityId: 'asc' }, { userId: 'asc' }],
  });
  await db.accessRequest.createMany({
    data: submitted.map((c, i) => {
      const at = c.completedAt ?? clock.day(-10);
      const status = i % 5 === 0 ? ('SUBMITTED' as const) : i % 11 === 3 ? ('DECLINED' as const) : ('GRANTED' as const);
      return {
        formId: c.activity.accessRequestForm?.id as number,
        userId: c.userId,
        status,
        details: { team: ctx.people.find((x) => x.id === c.userId)?.title ?? '', reason: 'Recording case notes' },
        submittedAt: at,
        handledById: status === 'SUBMITTED' ? null : desiree.id,
        handledAt: status === 'SUBMITTED' ? null : addDays(at, 2),
        note:
          status === 'DECLINED' ? 'Your role does not need access to this system. Please speak to your manager.' : null,
      };
    }),
  });

  // "Report a problem with this content": one open and one resolved report on the first course HR L&D owns.
  const hrTeam = await db.ldTeamMember.findFirst({ where: { userId: desiree.id }, select: { teamId: true } });
  const reported = await db.course.findFirst({
    where: { ownerTeamId: hrTeam?.teamId ?? -1, activities: { some: { visible: true } } },
    orderBy: { id: 'asc' },
    select: { id: true, activities: { where: { visible: true }, orderBy: { sortOrder: 'asc' }, take: 1 } },
  });
  if (reported) {
    await db.contentProblemReport.createMany({
      data: [
        {
          courseId: reported.id,
          userId: sam.id,
          where: reported.activities[0]?.name ?? null,
          message: 'The link to the guidance document opens a page that says it has moved.',
          createdAt: clock.day(-2, 10),
        },
        {
          courseId: reported.id,
          userId: p('90012').id,
          message: 'The course details still give the old phone number for the team.',
          createdAt: clock.day(-20, 14),
          status: 'RESOLVED',
          resolvedAt: clock.day(-18, 9),
          resolvedById: desiree.id,
          resolutionNote: 'Thank you: the contact details are now up to date.',
        },
      ],
    });
  }

  // Evaluation responses from some people who attended a workshop.
  const attended = await db.booking.findMany({
    where: { status: { in: ['FULLY_ATTENDED', 'PARTIALLY_ATTENDED'] } },
    select: {
      userId: true,
      workshop: { select: { activity: { select: { courseId: true } } } },
      session: { select: { dates: { select: { endsAt: true }, take: 1 } } },
    },
    orderBy: { id: 'asc' },
  });
  const formsByCourse = await db.feedbackForm.findMany({
    select: {
      id: true,
      activity: { select: { courseId: true } },
      items: { select: { id: true, type: true, options: true }, orderBy: { sortOrder: 'asc' } },
    },
  });
  const responses = attended.filter((_, i) => i % 2 === 0);
  const created = await db.feedbackResponse.createManyAndReturn({
    data: responses.flatMap((b) => {
      const form = formsByCourse.find((f) => f.activity.courseId === b.workshop.activity.courseId);
      const ended = b.session.dates[0]?.endsAt ?? clock.day(-1);
      return form ? [{ formId: form.id, userId: b.userId, submittedAt: addDays(ended, 1) }] : [];
    }),
    select: { id: true, formId: true, userId: true, submittedAt: true },
  });
  await db.feedbackAnswer.createMany({
    data: created.flatMap((r) => {
      const form = formsByCourse.find((f) => f.id === r.formId);
      return (form?.items ?? []).flatMap((item) => {
        if (item.type === 'DROPDOWN')
          return [
            {
              responseId: r.id,
              itemId: item.id,
              value: item.options[new Date(r.submittedAt.getTime() - 86400_000).getUTCMonth()] ?? 'January',
            },
          ];
        if (item.type === 'SCALE') return [{ responseId: r.id, itemId: item.id, value: String(ctx.rng.int(3, 4)) }];
        if (item.type === 'LONG_TEXT' && ctx.rng.chance(0.4))
          return [
            {
              responseId: r.id,
              itemId: item.id,
              value: ctx.rng.pick([
                'Really useful, thank you.',
                'More time for the group exercises would help.',
                'The trainer was excellent.',
              ]),
            },
          ];
        return [];
      });
    }),
  });
  // The evaluation activity is complete for the people who submitted it.
  const feedbackActivity = await db.feedbackForm.findMany({ select: { id: true, activityId: true } });
  await db.activityCompletion.createMany({
    data: created.map((r) => ({
      activityId: feedbackActivity.find((f) => f.id === r.formId)?.activityId as number,
      userId: r.userId,
      state: 'COMPLETE' as const,
      viewedAt: r.submittedAt,
      completedAt: r.submittedAt,
    })),
    skipDuplicates: true,
  });

  // An approved account and a password reset in the outbox, for the admin outbox page.
  const priya = p('90002');
  const noEmail = ctx.people.find((x) => x.username === '90016');
  await db.emailMessage.createMany({
    data: [
      {
        template: 'new-account-manager',
        toAddress: priya.email as string,
        userId: noEmail?.id ?? null,
        subject: `iLearn+ account for ${noEmail?.firstName} ${noEmail?.lastName}`,
        html: `<p>Dear ${priya.firstName},</p><p>An iLearn+ account has been created for ${noEmail?.firstName} ${noEmail?.lastName}, who has no email address. Please pass on their username, ${noEmail?.username}. They will choose a new password when they first sign in.</p>`,
        text: `Dear ${priya.firstName},\n\nAn iLearn+ account has been created for ${noEmail?.firstName} ${noEmail?.lastName}, who has no email address. Please pass on their username, ${noEmail?.username}.`,
        status: 'OUTBOX',
        createdAt: clock.day(-3, 11),
      },
      {
        template: 'account-request-rejected',
        toAddress: 'tyler.brooks@hotmail.co.uk',
        subject: 'Your iLearn+ account request',
        html: '<p>Thank you for your request. iLearn+ is for council, school and partner staff only, so we cannot create an account for you.</p>',
        text: 'Thank you for your request. iLearn+ is for council, school and partner staff only, so we cannot create an account for you.',
        status: 'OUTBOX',
        createdAt: clock.day(-11, 10),
      },
    ],
  });

  await db.auditLog.createMany({
    data: [
      {
        actorId: admin.id,
        action: 'account_request.reject',
        entityType: 'AccountRequest',
        details: { email: 'tyler.brooks@hotmail.co.uk' },
        createdAt: clock.day(-11, 10),
      },
      {
        actorId: admin.id,
        action: 'settings.update',
        entityType: 'Setting',
        entityId: 'password_policy',
        details: { minLength: 8 },
        createdAt: clock.day(-90, 9),
      },
      {
        actorId: desiree.id,
        action: 'course.update',
        entityType: 'Course',
        entityId: String(catalogue.courses.get('WRITCOMM')?.id),
        details: { field: 'costPence', to: 13500 },
        createdAt: clock.day(-45, 14),
      },
      {
        actorId: desiree.id,
        action: 'session.create',
        entityType: 'WorkshopSession',
        details: { course: 'Written Communication' },
        createdAt: clock.day(-44, 14),
      },
      {
        actorId: p('90004').id,
        action: 'session.create',
        entityType: 'WorkshopSession',
        details: { course: 'Active Supervision' },
        createdAt: clock.day(-35, 10),
      },
    ],
  });
}
