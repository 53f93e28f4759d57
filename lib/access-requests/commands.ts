// Systems access request writes. A learner sends one request per form (again only after a refusal), once the
// activity's restrictions (the required eLearning) are met; sending completes the activity. The owning team moves
// it through submitted → in progress → granted / refused with a note. Every change emails the learner, in the same
// transaction as the change (sendEmailWithin), and a new request emails the team's address.
import { requireCourseManager } from '@/lib/auth/course-manager';
import type { Viewer } from '@/lib/auth/viewer';
import { recordActivityFacts } from '@/lib/completion/facts';
import { getActivityAccess } from '@/lib/completion/queries';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { ForbiddenError, isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prepareEmail, sendEmailWithin, wakeEmailWorkers } from '@/lib/notifications/send-email';
import { accessRequestEmailTemplates } from '@/emails/access-request-email';
import { requireManagedAccessForm } from './queries';
import {
  accessFields,
  canSendRequest,
  checkAccessAnswers,
  parseFieldLines,
  STATUS_LABELS,
  statusMessage,
} from './rules';
import type { AccessFormSettingsInput, UpdateAccessRequestInput } from './schemas';

const NOT_FOUND = 'We could not find that access request.';

/**
 * Sends the viewer's request. `created: false` when they already have one that is not refused (a double click or a
 * second tab): nothing changes.
 */
export async function sendAccessRequest(
  viewer: Viewer,
  activityId: number,
  raw: Record<string, string | undefined>,
  now = new Date(),
): Promise<{ created: boolean }> {
  const access = await getActivityAccess(viewer, activityId);
  if (access.activity.type !== 'ACCESS_REQUEST') throw new NotFoundError(NOT_FOUND);
  if (!access.available) {
    throw new ForbiddenError(
      `You can request access once you meet the conditions on this page. ${access.lockedReasons.join('. ')}.`,
    );
  }
  const form = await db.accessRequestForm.findUnique({
    where: { activityId },
    select: {
      id: true,
      systemName: true,
      notifyEmail: true,
      fields: true,
      requests: { where: { userId: viewer.id }, select: { id: true, status: true } },
    },
  });
  if (!form) throw new NotFoundError(NOT_FOUND);
  const existing = form.requests[0] ?? null;
  if (!canSendRequest(existing)) return { created: false };
  const fields = accessFields(form.fields);
  const checked = checkAccessAnswers(fields, raw);
  if (!checked.ok) throw new ValidationError(checked.fieldErrors, 'Answer the questions shown below');

  await prepareEmail();
  let created: boolean;
  try {
    created = await db.$transaction(async (tx) => {
      if (existing) {
        // After a refusal the same row starts again; the condition makes two resubmissions at once count once.
        const { count } = await tx.accessRequest.updateMany({
          where: { id: existing.id, status: 'DECLINED' },
          data: {
            status: 'SUBMITTED',
            details: checked.details,
            submittedAt: now,
            handledAt: null,
            handledById: null,
            note: null,
            updatedAt: now,
          },
        });
        if (count === 0) return false;
      } else {
        await tx.accessRequest.create({
          data: { formId: form.id, userId: viewer.id, details: checked.details, submittedAt: now },
          select: { id: true },
        });
      }
      await recordActivityFacts(tx, {
        userId: viewer.id,
        activityId,
        facts: { submitted: true, viewed: true },
        at: now,
      });
      await emailOnSubmit(tx, viewer, { ...form, fields }, checked.details, access, now);
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { created: false };
    throw error;
  }
  if (created) wakeEmailWorkers();
  return { created };
}

async function emailOnSubmit(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  form: { id: number; systemName: string; notifyEmail: string | null; fields: ReturnType<typeof accessFields> },
  details: Record<string, string>,
  access: { activity: { id: number }; course: { fullName: string } },
  now: Date,
): Promise<void> {
  const key = `${form.id}:${viewer.id}:${now.getTime()}`;
  const answers = form.fields.filter((f) => details[f.key]).map((f) => ({ label: f.label, value: details[f.key]! }));
  if (viewer.email) {
    await sendEmailWithin(tx, {
      to: viewer.email,
      template: accessRequestEmailTemplates.received,
      props: {
        subject: `We have your request for access to ${form.systemName}`,
        title: 'Request sent',
        recipientName: viewer.firstName,
        paragraphs: [
          `Your request for access to ${form.systemName} has gone to the team that looks after it. We will email you when its status changes.`,
        ],
        details: [{ label: 'System', value: form.systemName }, ...answers],
        action: { label: 'View your request', url: `${env.appUrl}/access-requests/${access.activity.id}` },
        appUrl: env.appUrl,
      },
      dedupeKey: `access-request-received:${key}`,
      userId: viewer.id,
    });
  }
  if (form.notifyEmail) {
    await sendEmailWithin(tx, {
      to: form.notifyEmail,
      template: accessRequestEmailTemplates['team-new'],
      props: {
        subject: `New request for access to ${form.systemName}: ${viewer.firstName} ${viewer.lastName}`,
        title: `New request for access to ${form.systemName}`,
        paragraphs: [
          `${viewer.firstName} ${viewer.lastName} (${viewer.username}) has completed ${access.course.fullName} and asks for access to ${form.systemName}.`,
        ],
        details: answers,
        action: { label: 'Open the request queue', url: `${env.appUrl}/admin/access-requests` },
        appUrl: env.appUrl,
      },
      dedupeKey: `access-request-team:${key}`,
      organisationId: viewer.organisationId,
    });
  }
}

/** The owning team sets the status (a note is required to refuse); the learner is emailed with the note. */
export async function updateAccessRequestStatus(
  viewer: Viewer,
  input: UpdateAccessRequestInput,
  now = new Date(),
): Promise<void> {
  const request = await db.accessRequest.findUnique({
    where: { id: input.requestId },
    select: {
      id: true,
      status: true,
      userId: true,
      user: { select: { firstName: true, email: true } },
      form: { select: { systemName: true, activity: { select: { id: true, courseId: true } } } },
    },
  });
  if (!request) throw new NotFoundError(NOT_FOUND);
  await requireCourseManager(viewer, request.form.activity.courseId);
  await prepareEmail();
  await db.$transaction(async (tx) => {
    await tx.accessRequest.update({
      where: { id: request.id },
      data: { status: input.status, note: input.note, handledById: viewer.id, handledAt: now, updatedAt: now },
    });
    if (!request.user.email) return;
    const system = request.form.systemName;
    await sendEmailWithin(tx, {
      to: request.user.email,
      template: accessRequestEmailTemplates.status,
      props: {
        subject: `Your request for access to ${system}: ${STATUS_LABELS[input.status].toLowerCase()}`,
        title: `Access request: ${STATUS_LABELS[input.status]}`,
        recipientName: request.user.firstName,
        paragraphs: [statusMessage(input.status, system)],
        details: [
          { label: 'System', value: system },
          { label: 'Status', value: STATUS_LABELS[input.status] },
          ...(input.note ? [{ label: 'Note from the team', value: input.note }] : []),
        ],
        action: { label: 'View your request', url: `${env.appUrl}/access-requests/${request.form.activity.id}` },
        appUrl: env.appUrl,
      },
      dedupeKey: `access-request-status:${request.id}:${now.getTime()}`,
      userId: request.userId,
    });
  });
  wakeEmailWorkers();
}

/** The form's set-up: system name, instructions, the team's address and the questions (one a line). */
export async function updateAccessForm(viewer: Viewer, input: AccessFormSettingsInput): Promise<void> {
  const { form } = await requireManagedAccessForm(viewer, input.activityId);
  const parsed = parseFieldLines(input.fieldLines);
  if (!parsed.ok) throw new ValidationError({ fieldLines: parsed.error });
  await db.accessRequestForm.update({
    where: { id: form.id },
    data: {
      systemName: input.systemName,
      instructionsHtml: input.instructionsHtml,
      notifyEmail: input.notifyEmail,
      fields: parsed.fields,
    },
  });
}
