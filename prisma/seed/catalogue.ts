// Inserts categories, courses, visibility, enrolment methods, activities (with restrictions and completion
// criteria), the quiz question banks, the evaluation form, access request forms and certificates.
import { bulkInsertReturning } from './bulk';
import type { SeedContext } from './context';
import { CATEGORIES, COURSES, defaultActivities, type ActivitySpec, type CourseSpec } from './catalogue-data';
import { seedQuizzes, type QuizInfo } from './quizzes';
import { HOME_BLOCK_TITLES } from '../../lib/records/blocks';

/** The self-enrolment welcome: it names the Home section by the heading Home shows. */
export function courseWelcomeText(fullName: string): string {
  return `Welcome to ${fullName}. You can find this course again under "${HOME_BLOCK_TITLES.in_progress}" on your Home page.`;
}

export type SeededActivity = ActivitySpec & { id: number; tracked: boolean };
export type SeededCourse = {
  id: number;
  spec: CourseSpec;
  activities: SeededActivity[];
  /** Activities whose completion counts towards the course (none when completion is off). */
  criteria: SeededActivity[];
};
export type Catalogue = {
  courses: Map<string, SeededCourse>;
  categoryIds: Map<string, number>;
  quizzes: Map<string, QuizInfo>;
};

export async function seedCatalogue(ctx: SeedContext): Promise<Catalogue> {
  const { db, clock, teamIds } = ctx;

  // Categories, one level at a time (ids are needed for the materialised path).
  const categoryIds = new Map<string, number>();
  const paths = new Map<string, string>();
  for (let depth = 0; depth < 4; depth++) {
    const level = CATEGORIES.filter((c) => {
      let d = 0;
      for (let p = c.parent; p; p = CATEGORIES.find((x) => x.key === p)?.parent) d++;
      return d === depth;
    });
    if (level.length === 0) continue;
    const rows = await db.category.createManyAndReturn({
      data: level.map((c, sortOrder) => ({
        name: c.name,
        description: c.description ?? null,
        parentId: c.parent ? (categoryIds.get(c.parent) ?? null) : null,
        depth,
        sortOrder,
        ownerTeamId: c.team ? teamIds[c.team] : null,
      })),
      select: { id: true, name: true, parentId: true },
    });
    for (const c of level) {
      const parentId = c.parent ? categoryIds.get(c.parent) : null;
      const row = rows.find((r) => r.name === c.name && r.parentId === (parentId ?? null));
      if (!row) throw new Error(`Seed: category ${c.key} missing`);
      categoryIds.set(c.key, row.id);
      paths.set(c.key, `${c.parent ? paths.get(c.parent) : '/'}${row.id}/`);
    }
  }
  // The path includes the category's own id ("/1/4/9/"), so it is written once every id is known.
  await db.$executeRawUnsafe(
    `UPDATE "Category" AS c SET "path" = v.path FROM json_to_recordset($1::json) AS v(id int, path text) WHERE c.id = v.id`,
    JSON.stringify(CATEGORIES.map((c) => ({ id: categoryIds.get(c.key), path: paths.get(c.key) }))),
  );

  const rows = await bulkInsertReturning<{ id: number; shortName: string }>(
    db,
    'Course',
    COURSES.map((c) => ({
      shortName: c.shortName,
      fullName: c.fullName,
      summary: c.summary,
      aim: c.aim,
      audienceText: c.forText,
      lengthText: c.length,
      costPence: c.costPence ?? null,
      format: c.format,
      keywords: c.keywords,
      overviewHtml: c.overviewHtml ?? `<p>${c.summary}</p>`,
      categoryId: categoryIds.get(c.category) as number,
      ownerTeamId: teamIds[c.team],
      smeName: c.sme ?? (c.team === 'hr' ? 'Desiree Blair' : c.team === 'libraries' ? 'Gill Winters' : null),
      contactText:
        c.team === 'hr'
          ? '01992 555000 (option 2 then 5) or ilearn@hertfordshire.gov.uk'
          : c.team === 'libraries'
            ? 'Gill Winters or Library.Courses@hertfordshire.gov.uk'
            : null,
      contactEmail:
        c.team === 'libraries'
          ? 'Library.Courses@hertfordshire.gov.uk'
          : c.team === 'hr'
            ? 'ilearn@hertfordshire.gov.uk'
            : null,
      lastReviewedAt: clock.months(-(c.reviewedMonthsAgo ?? 6)),
      visibility: c.visibility ?? 'EVERYONE',
      completionEnabled: c.completionEnabled ?? true,
      completionAggregation: c.aggregation ?? 'ALL',
      createdAt: clock.months(-30),
    })),
    ['id', 'shortName'],
  );
  const courseId = new Map(rows.map((r) => [r.shortName, r.id]));
  const idOf = (c: CourseSpec) => courseId.get(c.shortName) as number;

  await db.courseOrganisation.createMany({
    data: COURSES.flatMap((c) =>
      (c.organisations ?? []).map((o) => ({ courseId: idOf(c), organisationId: ctx.orgIds[o] })),
    ),
  });
  await db.courseAudience.createMany({
    data: COURSES.flatMap((c) =>
      (c.audiences ?? []).map((a) => ({ courseId: idOf(c), audienceId: ctx.audienceIds.get(a) as number })),
    ),
  });
  await db.enrolmentMethod.createMany({
    data: COURSES.flatMap((c) => {
      const methods: {
        courseId: number;
        type: 'SELF_BEFORE_CONTENT' | 'SELF_AFTER_VIEW' | 'PROGRAM' | 'MANUAL';
        sortOrder: number;
        welcomeText?: string;
      }[] = [];
      if (c.enrol === 'PROGRAM') methods.push({ courseId: idOf(c), type: 'PROGRAM', sortOrder: 0 });
      else
        methods.push({
          courseId: idOf(c),
          type: c.enrol,
          sortOrder: 0,
          welcomeText: courseWelcomeText(c.fullName),
        });
      methods.push({ courseId: idOf(c), type: 'MANUAL', sortOrder: 1 });
      if (c.shortName === 'DATAPROT') methods.push({ courseId: idOf(c), type: 'SELF_BEFORE_CONTENT', sortOrder: 2 });
      return methods;
    }),
  });

  // Activities.
  const planned = COURSES.flatMap((c) => defaultActivities(c).map((a, sortOrder) => ({ course: c, a, sortOrder })));
  const activityRows = await bulkInsertReturning<{ id: number; courseId: number; sortOrder: number }>(
    db,
    'Activity',
    planned.map(({ course, a, sortOrder }) => {
      const mode = a.completionMode ?? 'AUTOMATIC';
      const auto = mode === 'AUTOMATIC';
      return {
        courseId: idOf(course),
        type: a.type,
        name: a.name,
        descriptionHtml: a.description ? `<p>${a.description}</p>` : null,
        sectionName: a.section ?? null,
        sortOrder,
        contentHtml: a.content ?? null,
        url: a.url ?? null,
        completionMode: mode,
        requireView: auto && (a.type === 'PAGE' || a.type === 'URL'),
        requireScormStatus: auto && a.type === 'SCORM',
        requirePassingGrade: auto && a.type === 'QUIZ',
        requireSubmit: auto && (a.type === 'FEEDBACK' || a.type === 'ACCESS_REQUEST'),
        requireAttendance: auto && a.type === 'WORKSHOP' ? ('PARTIALLY_OR_FULLY' as const) : null,
        createdAt: clock.months(-30),
      };
    }),
    ['id', 'courseId', 'sortOrder'],
  );
  const courses = new Map<string, SeededCourse>();
  for (const c of COURSES) {
    const acts: SeededActivity[] = defaultActivities(c).map((a, sortOrder) => {
      const row = activityRows.find((r) => r.courseId === idOf(c) && r.sortOrder === sortOrder);
      if (!row) throw new Error(`Seed: activity ${a.name} missing`);
      return { ...a, id: row.id, tracked: (a.completionMode ?? 'AUTOMATIC') !== 'NONE' };
    });
    const enabled = c.completionEnabled ?? true;
    courses.set(c.shortName, {
      id: idOf(c),
      spec: c,
      activities: acts,
      criteria: enabled ? acts.filter((a) => a.criterion) : [],
    });
  }

  const find = (course: SeededCourse, key: string) => {
    const found = course.activities.find((a) => a.key === key);
    if (!found) throw new Error(`Seed: ${course.spec.shortName} has no activity ${key}`);
    return found;
  };
  await db.activityRestriction.createMany({
    data: [...courses.values()].flatMap((course) =>
      course.activities.flatMap((a) =>
        (a.after ?? []).map((r) => ({
          activityId: a.id,
          requiredActivityId: find(course, r.key).id,
          requirement: r.requirement,
        })),
      ),
    ),
  });
  await db.courseCriterion.createMany({
    data: [...courses.values()].flatMap((course) =>
      course.criteria.map((a, sortOrder) => ({
        courseId: course.id,
        type: 'ACTIVITY' as const,
        activityId: a.id,
        sortOrder,
      })),
    ),
  });

  const all = [...courses.values()].flatMap((course) => course.activities.map((a) => ({ course, a })));
  await db.certificate.createMany({
    data: all
      .filter(({ a }) => a.type === 'CERTIFICATE')
      .map(({ course, a }) => ({
        activityId: a.id,
        title: 'Certificate of completion',
        bodyHtml: `<p>This is to certify that the named learner has successfully completed ${course.spec.fullName}.</p>`,
        signatoryName: 'Rachel Holt',
        signatoryTitle: 'Head of HR and Organisational Development',
      })),
  });
  await db.accessRequestForm.createMany({
    data: all
      .filter(({ a }) => a.type === 'ACCESS_REQUEST')
      .map(({ course, a }) => {
        const system = course.spec.fullName.split(' ')[0] as string;
        return {
          activityId: a.id,
          systemName: system,
          instructionsHtml: `<p>Tell us your team and your manager. Your request goes to the ${system} systems team, who will set up your account within five working days.</p>`,
          notifyEmail: `${system.toLowerCase()}.access@hertfordshire.gov.uk`,
        };
      }),
  });
  await seedFeedbackForms(
    ctx,
    all.filter(({ a }) => a.type === 'FEEDBACK').map(({ a }) => a.id),
  );
  const quizzes = await seedQuizzes(ctx, courses);
  return { courses, categoryIds, quizzes };
}

async function seedFeedbackForms(ctx: SeedContext, activityIds: number[]): Promise<void> {
  const forms = await ctx.db.feedbackForm.createManyAndReturn({
    data: activityIds.map((activityId) => ({
      activityId,
      introHtml:
        '<p>Your feedback helps us improve our workshops. Your answers go to the team that runs the course.</p>',
      thankYouText: 'Thank you for your feedback.',
    })),
    select: { id: true },
  });
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const group = 'Regarding pre-workshop experience, how would you rate the below statements?';
  const group2 = 'Regarding the workshop itself, how would you rate the below statements?';
  await ctx.db.feedbackItem.createMany({
    data: forms.flatMap(({ id: formId }) => [
      {
        formId,
        type: 'DROPDOWN' as const,
        label: 'What month did you attend the workshop?',
        options: months,
        sortOrder: 0,
      },
      { formId, type: 'SCALE' as const, groupLabel: group, label: 'The booking process was easy.', sortOrder: 1 },
      {
        formId,
        type: 'SCALE' as const,
        groupLabel: group,
        label: 'Accessing course materials was easy.',
        sortOrder: 2,
      },
      { formId, type: 'SCALE' as const, groupLabel: group2, label: 'The trainer knew the subject well.', sortOrder: 3 },
      {
        formId,
        type: 'SCALE' as const,
        groupLabel: group2,
        label: 'I will use what I learned in my job.',
        sortOrder: 4,
      },
      {
        formId,
        type: 'LONG_TEXT' as const,
        label: 'Is there anything else you would like to tell us?',
        required: false,
        sortOrder: 5,
      },
    ]),
  });
}
