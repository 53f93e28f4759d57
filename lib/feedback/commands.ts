// Feedback writes. A learner submits once (the unique (form, learner, current) row makes a double submit or two tabs
// safe) and the submission completes the activity in the same transaction; a course reset makes it history. L&D build
// the questions and settings.
import { requireCourseManager } from '@/lib/auth/course-manager';
import type { Viewer } from '@/lib/auth/viewer';
import { recordActivityFacts } from '@/lib/completion/facts';
import { getActivityAccess } from '@/lib/completion/queries';
import type { CompletionTx } from '@/lib/completion/events';
import { db } from '@/lib/db';
import { ForbiddenError, isUniqueViolation, NotFoundError, UserError, ValidationError } from '@/lib/errors';
import { requireManagedFeedback } from './queries';
import { checkAnswers, formOpenProblem } from './rules';
// Inputs arrive parsed by their schemas (./schemas.ts) in the action wrapper, as activity inputs do.
import type { FeedbackItemInput, FeedbackSettingsInput } from './schemas';

const NOT_FOUND = 'We could not find that feedback form.';

/**
 * Records the viewer's response and completes the activity. `created: false` when they had already responded
 * (a double click, a second tab): nothing changes and no error is shown.
 */
export async function submitFeedback(
  viewer: Viewer,
  activityId: number,
  raw: Record<string, string | undefined>,
  now = new Date(),
): Promise<{ created: boolean }> {
  const access = await getActivityAccess(viewer, activityId);
  if (access.activity.type !== 'FEEDBACK') throw new NotFoundError(NOT_FOUND);
  if (!access.available) {
    throw new ForbiddenError(
      access.lockedReasons.length > 0
        ? `You cannot send this feedback yet. ${access.lockedReasons.join('. ')}.`
        : 'You cannot send this feedback yet.',
    );
  }
  const form = await db.feedbackForm.findUnique({
    where: { activityId },
    select: {
      id: true,
      opensAt: true,
      closesAt: true,
      items: { select: { id: true, type: true, label: true, options: true, required: true } },
    },
  });
  if (!form) throw new NotFoundError(NOT_FOUND);
  if (!form.items.some((i) => i.type !== 'LABEL')) throw new UserError('This feedback form has no questions yet.');
  const closed = formOpenProblem(form, now);
  if (closed) throw new UserError(closed);
  const existing = await db.feedbackResponse.findFirst({
    where: { formId: form.id, userId: viewer.id, current: true },
    select: { id: true },
  });
  if (existing) return { created: false };
  const checked = checkAnswers(form.items, raw);
  if (!checked.ok) throw new ValidationError(checked.fieldErrors, 'Answer the questions shown below');
  try {
    await db.$transaction(async (tx) => {
      await tx.feedbackResponse.create({
        data: {
          formId: form.id,
          userId: viewer.id,
          submittedAt: now,
          answers: { createMany: { data: checked.answers } },
        },
        select: { id: true },
      });
      await recordActivityFacts(tx, {
        userId: viewer.id,
        activityId,
        facts: { submitted: true, viewed: true },
        at: now,
      });
    });
  } catch (error) {
    // The same learner submitting twice at once: the other request's response stands.
    if (isUniqueViolation(error)) return { created: false };
    throw error;
  }
  return { created: true };
}

/**
 * A course reset makes the learner's responses on its feedback forms history (kept for the results), so they can
 * answer again. Runs in the reset's transaction (lib/feedback/completion-subscriber.ts).
 */
export async function archiveFeedbackResponses(
  tx: CompletionTx,
  input: { userId: number; courseId: number; at: Date },
): Promise<number> {
  const { count } = await tx.feedbackResponse.updateMany({
    where: { userId: input.userId, current: true, form: { activity: { courseId: input.courseId } } },
    data: { current: null, archivedAt: input.at },
  });
  return count;
}

/**
 * Settings: introduction, thank-you text, anonymous or named, and when it takes responses (learners are refused
 * outside those times, with the date). A form answered anonymously stays anonymous.
 */
export async function updateFeedbackSettings(viewer: Viewer, input: FeedbackSettingsInput): Promise<void> {
  const { formId } = await requireManagedFeedback(viewer, input.activityId);
  const form = await db.feedbackForm.findUniqueOrThrow({
    where: { id: formId },
    select: { anonymous: true, _count: { select: { responses: true } } },
  });
  if (form.anonymous && !input.anonymous && form._count.responses > 0) {
    throw new ValidationError({
      anonymous: 'People have already answered this form anonymously, so it cannot record names now',
    });
  }
  await db.feedbackForm.update({
    where: { id: formId },
    data: {
      anonymous: input.anonymous,
      introHtml: input.introHtml,
      thankYouText: input.thankYouText,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
    },
  });
}

function itemData(input: FeedbackItemInput) {
  return {
    type: input.type,
    label: input.label,
    hint: input.hint,
    groupLabel: input.type === 'SCALE' ? input.groupLabel : null,
    options: input.type === 'DROPDOWN' ? input.options : [],
    required: input.type === 'LABEL' ? false : input.required,
  };
}

/** Adds a question at the end of the form. */
export async function addFeedbackItem(viewer: Viewer, activityId: number, input: FeedbackItemInput): Promise<number> {
  const { formId } = await requireManagedFeedback(viewer, activityId);
  const last = await db.feedbackItem.aggregate({ where: { formId }, _max: { sortOrder: true } });
  const item = await db.feedbackItem.create({
    data: { formId, sortOrder: (last._max.sortOrder ?? 0) + 10, ...itemData(input) },
    select: { id: true },
  });
  return item.id;
}

/** The item, when the viewer manages the course of its form. */
async function requireManagedItem(viewer: Viewer, itemId: number) {
  const item = Number.isInteger(itemId)
    ? await db.feedbackItem.findUnique({
        where: { id: itemId },
        select: {
          id: true,
          formId: true,
          type: true,
          sortOrder: true,
          form: { select: { activityId: true, activity: { select: { courseId: true } } } },
          _count: { select: { answers: true } },
        },
      })
    : null;
  if (!item) throw new NotFoundError('We could not find that question.');
  await requireCourseManager(viewer, item.form.activity.courseId);
  return item;
}

/** Edits a question. Its type cannot change once people have answered it (their answers would not fit). */
export async function updateFeedbackItem(
  viewer: Viewer,
  itemId: number,
  input: FeedbackItemInput,
): Promise<{ activityId: number }> {
  const item = await requireManagedItem(viewer, itemId);
  if (item.type !== input.type && item._count.answers > 0) {
    throw new ValidationError({ type: 'People have answered this question, so its type cannot change' });
  }
  await db.feedbackItem.update({ where: { id: item.id }, data: itemData(input) });
  return { activityId: item.form.activityId };
}

/** Deletes a question and its answers. */
export async function deleteFeedbackItem(viewer: Viewer, itemId: number): Promise<{ activityId: number }> {
  const item = await requireManagedItem(viewer, itemId);
  await db.feedbackItem.delete({ where: { id: item.id } });
  return { activityId: item.form.activityId };
}

/** Swaps a question with its neighbour above or below. */
export async function moveFeedbackItem(
  viewer: Viewer,
  itemId: number,
  direction: 'up' | 'down',
): Promise<{ activityId: number }> {
  const item = await requireManagedItem(viewer, itemId);
  await db.$transaction(async (tx) => {
    const items = await tx.feedbackItem.findMany({
      where: { formId: item.formId },
      select: { id: true },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    });
    const index = items.findIndex((i) => i.id === item.id);
    const other = direction === 'up' ? index - 1 : index + 1;
    if (other < 0 || other >= items.length) return;
    [items[index], items[other]] = [items[other]!, items[index]!];
    for (const [position, row] of items.entries()) {
      await tx.feedbackItem.update({ where: { id: row.id }, data: { sortOrder: (position + 1) * 10 } });
    }
  });
  return { activityId: item.form.activityId };
}
