// Feedback reads: the learner's form page (scoped by the activity's access rules) and, for the course's managers,
// the form editor and the results. Anonymous forms never return who answered.
import { requireCourseManager } from '@/lib/auth/course-manager';
import type { Viewer } from '@/lib/auth/viewer';
import { getActivityAccess, type ActivityAccess } from '@/lib/completion/queries';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FeedbackItemType } from '@/lib/generated/prisma/enums';
import { formOpenProblem, summariseItem, type ItemSummary } from './rules';

const NOT_FOUND = 'We could not find that feedback form.';

export type FeedbackItemView = {
  id: number;
  type: FeedbackItemType;
  label: string;
  hint: string | null;
  groupLabel: string | null;
  options: string[];
  required: boolean;
  sortOrder: number;
};

const ITEM_SELECT = {
  id: true,
  type: true,
  label: true,
  hint: true,
  groupLabel: true,
  options: true,
  required: true,
  sortOrder: true,
} as const;

const ITEM_ORDER: Prisma.FeedbackItemOrderByWithRelationInput[] = [{ sortOrder: 'asc' }, { id: 'asc' }];

const FORM_SELECT = {
  id: true,
  introHtml: true,
  anonymous: true,
  opensAt: true,
  closesAt: true,
  thankYouText: true,
  items: { select: ITEM_SELECT, orderBy: ITEM_ORDER },
} satisfies Prisma.FeedbackFormSelect;

export type FeedbackPage = ActivityAccess & {
  form: {
    id: number;
    introHtml: string | null;
    anonymous: boolean;
    thankYouText: string | null;
    closesAt: Date | null;
    items: FeedbackItemView[];
  };
  /** Why the form takes no responses now (not open yet, closed), when it does not. */
  closedReason: string | null;
  submittedAt: Date | null;
};

/** The feedback form for the viewer: NotFoundError unless they may see the activity and it is a feedback form. */
export async function getFeedbackPage(viewer: Viewer, activityId: number, now = new Date()): Promise<FeedbackPage> {
  const access = await getActivityAccess(viewer, activityId);
  if (access.activity.type !== 'FEEDBACK') throw new NotFoundError(NOT_FOUND);
  const form = await db.feedbackForm.findUnique({ where: { activityId }, select: FORM_SELECT });
  if (!form) throw new NotFoundError(NOT_FOUND);
  const response = await db.feedbackResponse.findFirst({
    where: { formId: form.id, userId: viewer.id, current: true },
    select: { submittedAt: true },
  });
  return {
    ...access,
    form: {
      id: form.id,
      introHtml: form.introHtml,
      anonymous: form.anonymous,
      thankYouText: form.thankYouText,
      closesAt: form.closesAt,
      items: form.items,
    },
    closedReason: formOpenProblem(form, now),
    submittedAt: response?.submittedAt ?? null,
  };
}

/** The feedback activity and its form, when the viewer manages its course (another team: ForbiddenError). */
export async function requireManagedFeedback(viewer: Viewer, activityId: number) {
  const activity = Number.isInteger(activityId)
    ? await db.activity.findUnique({
        where: { id: activityId },
        select: {
          id: true,
          name: true,
          type: true,
          courseId: true,
          feedbackForm: { select: { id: true } },
        },
      })
    : null;
  if (!activity || activity.type !== 'FEEDBACK' || !activity.feedbackForm) throw new NotFoundError(NOT_FOUND);
  const course = await requireCourseManager(viewer, activity.courseId);
  return { activity: { id: activity.id, name: activity.name }, course, formId: activity.feedbackForm.id };
}

export type FeedbackAdmin = Awaited<ReturnType<typeof requireManagedFeedback>> & {
  form: {
    anonymous: boolean;
    introHtml: string | null;
    thankYouText: string | null;
    opensAt: Date | null;
    closesAt: Date | null;
  };
  items: (FeedbackItemView & { answerCount: number })[];
  responseCount: number;
};

/** The form editor: settings, questions (with how many answers each has) and the number of responses. */
export async function getFeedbackAdmin(viewer: Viewer, activityId: number): Promise<FeedbackAdmin> {
  const managed = await requireManagedFeedback(viewer, activityId);
  const [form, responseCount] = await Promise.all([
    db.feedbackForm.findUniqueOrThrow({
      where: { id: managed.formId },
      select: {
        anonymous: true,
        introHtml: true,
        thankYouText: true,
        opensAt: true,
        closesAt: true,
        items: {
          select: { ...ITEM_SELECT, _count: { select: { answers: true } } },
          orderBy: ITEM_ORDER,
        },
      },
    }),
    db.feedbackResponse.count({ where: { formId: managed.formId } }),
  ]);
  return {
    ...managed,
    form: {
      anonymous: form.anonymous,
      introHtml: form.introHtml,
      thankYouText: form.thankYouText,
      opensAt: form.opensAt,
      closesAt: form.closesAt,
    },
    items: form.items.map(({ _count, ...item }) => ({ ...item, answerCount: _count.answers })),
    responseCount,
  };
}

export type FeedbackResults = Awaited<ReturnType<typeof requireManagedFeedback>> & {
  anonymous: boolean;
  responseCount: number;
  items: (FeedbackItemView & {
    summary: ItemSummary;
    /** Free-text answers with who wrote them (null on anonymous forms). */
    texts: { value: string; by: string | null }[];
  })[];
};

/** Results per question: counts, averages and distribution; free text (named only when the form is not anonymous). */
export async function getFeedbackResults(viewer: Viewer, activityId: number): Promise<FeedbackResults> {
  const managed = await requireManagedFeedback(viewer, activityId);
  const [form, answers, responseCount] = await Promise.all([
    db.feedbackForm.findUniqueOrThrow({
      where: { id: managed.formId },
      select: { anonymous: true, items: { select: ITEM_SELECT, orderBy: ITEM_ORDER } },
    }),
    db.feedbackAnswer.findMany({
      where: { response: { formId: managed.formId } },
      select: {
        itemId: true,
        value: true,
        response: { select: { user: { select: { firstName: true, lastName: true } } } },
      },
      orderBy: [{ responseId: 'asc' }],
    }),
    db.feedbackResponse.count({ where: { formId: managed.formId } }),
  ]);
  const byItem = new Map<number, typeof answers>();
  for (const a of answers) byItem.set(a.itemId, [...(byItem.get(a.itemId) ?? []), a]);
  return {
    ...managed,
    anonymous: form.anonymous,
    responseCount,
    items: form.items.map((item) => {
      const mine = byItem.get(item.id) ?? [];
      const isText = item.type === 'SHORT_TEXT' || item.type === 'LONG_TEXT';
      return {
        ...item,
        summary: summariseItem(
          item,
          mine.map((a) => a.value),
        ),
        texts: isText
          ? mine.map((a) => ({
              value: a.value,
              by: form.anonymous ? null : `${a.response.user.firstName} ${a.response.user.lastName}`,
            }))
          : [],
      };
    }),
  };
}

/** Every response with its answers, for the CSV export (names and usernames only when the form is named). */
export async function listFeedbackResponses(viewer: Viewer, activityId: number) {
  const managed = await requireManagedFeedback(viewer, activityId);
  const [form, responses] = await Promise.all([
    db.feedbackForm.findUniqueOrThrow({
      where: { id: managed.formId },
      select: { anonymous: true, items: { select: ITEM_SELECT, orderBy: ITEM_ORDER } },
    }),
    db.feedbackResponse.findMany({
      where: { formId: managed.formId },
      select: {
        id: true,
        submittedAt: true,
        user: { select: { firstName: true, lastName: true, username: true } },
        answers: { select: { itemId: true, value: true } },
      },
      orderBy: { id: 'asc' },
    }),
  ]);
  return {
    ...managed,
    anonymous: form.anonymous,
    items: form.items.filter((i) => i.type !== 'LABEL'),
    responses: responses.map((r) => ({
      submittedAt: r.submittedAt,
      learner: form.anonymous ? null : { name: `${r.user.firstName} ${r.user.lastName}`, username: r.user.username },
      answers: new Map(r.answers.map((a) => [a.itemId, a.value])),
    })),
  };
}
