/** @jest-environment node */
// Systems access requests ([team] #12 item 5): the form opens only once the required eLearning is complete (the
// page says why), one request per learner (double and parallel submits safe, again only after a refusal),
// completion on submit, the owning team's queue and status changes with a note, emails to the learner and the
// team, the form's questions, and refusals for another learner, someone not enrolled and another team's admin.
import { db } from '@/lib/db';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { stopBoss } from '@/lib/jobs/boss';
import { sendAccessRequest, updateAccessForm, updateAccessRequestStatus } from '@/lib/access-requests/commands';
import {
  getAccessRequestForTeam,
  getAccessRequestPage,
  listAccessRequests,
  requireManagedAccessForm,
} from '@/lib/access-requests/queries';
import { parseFieldLines } from '@/lib/access-requests/rules';
import { updateAccessRequestSchema } from '@/lib/access-requests/schemas';
import { enrol, makeActivity, makeCourse, makeLdAdmin, makeLearner, makeTeam } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';
import { resetQueue } from '../../helpers/jobs';

beforeAll(async () => {
  await resetDb();
  await resetQueue();
});
afterAll(async () => {
  await stopBoss();
  await disconnect();
});

async function setup() {
  const team = await makeTeam();
  const admin = (await makeLdAdmin(team.id)).viewer;
  const outsider = (await makeLdAdmin((await makeTeam()).id)).viewer;
  const course = await makeCourse({ ownerTeamId: team.id, fullName: 'LCS systems training' });
  const elearning = await makeActivity(course.id, { type: 'SCORM', name: 'LCS eLearning', requireView: false });
  const activity = await makeActivity(course.id, {
    type: 'ACCESS_REQUEST',
    name: 'Request access to LCS',
    requireView: false,
    requireSubmit: true,
  });
  await db.accessRequestForm.create({
    data: { activityId: activity.id, systemName: 'LCS', notifyEmail: 'lcs.access@example.test' },
  });
  await db.activityRestriction.create({ data: { activityId: activity.id, requiredActivityId: elearning.id } });
  const learner = await makeLearner({ firstName: 'Sam' });
  await enrol(learner.user.id, course.id);
  return { admin, outsider, course, elearning, activity, learner };
}

const completeElearning = (userId: number, activityId: number) =>
  db.activityCompletion.create({ data: { userId, activityId, state: 'COMPLETE', completedAt: new Date() } });

const ANSWERS = {
  'field-team': 'Children’s Services North',
  'field-manager': 'Priya Shah',
  'field-reason': 'Case notes',
};
const status = (requestId: number, s: string, note?: string) =>
  updateAccessRequestSchema.parse({ requestId: String(requestId), status: s, note });

describe('learner sends a request', () => {
  it('says why it is locked until the eLearning is complete, then sends once, completes and emails', async () => {
    const { activity, elearning, learner } = await setup();
    const locked = await getAccessRequestPage(learner.viewer, activity.id);
    expect(locked.canSend).toBe(false);
    expect(locked.lockedReasons).toEqual(['Available after you complete LCS eLearning']);
    await expect(sendAccessRequest(learner.viewer, activity.id, ANSWERS)).rejects.toThrow(
      /Available after you complete LCS eLearning/,
    );
    expect(await db.accessRequest.count()).toBe(0);

    await completeElearning(learner.user.id, elearning.id);
    expect((await getAccessRequestPage(learner.viewer, activity.id)).canSend).toBe(true);
    await expect(sendAccessRequest(learner.viewer, activity.id, { 'field-team': 'x' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await sendAccessRequest(learner.viewer, activity.id, ANSWERS)).toEqual({ created: true });
    const page = await getAccessRequestPage(learner.viewer, activity.id);
    expect(page.request).toMatchObject({ status: 'SUBMITTED', details: { team: 'Children’s Services North' } });
    expect(page.canSend).toBe(false);
    const completion = await db.activityCompletion.findUniqueOrThrow({
      where: { activityId_userId: { activityId: activity.id, userId: learner.user.id } },
    });
    expect(completion.state).toBe('COMPLETE');
    const mails = await db.emailMessage.findMany({ orderBy: { id: 'asc' } });
    expect(mails.map((m) => [m.template, m.toAddress])).toEqual([
      ['access-request-received', learner.user.email],
      ['access-request-team-new', 'lcs.access@example.test'],
    ]);
    expect(mails[1]!.text).toContain('Priya Shah');
  });

  it('keeps one request per learner under double and parallel submits', async () => {
    const { activity, elearning, learner } = await setup();
    await completeElearning(learner.user.id, elearning.id);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => sendAccessRequest(learner.viewer, activity.id, ANSWERS)),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await sendAccessRequest(learner.viewer, activity.id, ANSWERS)).toEqual({ created: false });
    expect(await db.accessRequest.count({ where: { userId: learner.user.id } })).toBe(1);
    expect(
      await db.emailMessage.count({ where: { userId: learner.user.id, template: 'access-request-received' } }),
    ).toBe(1);
  });

  it('refuses someone not enrolled, and hides requests from other learners', async () => {
    const { activity, elearning, learner } = await setup();
    const stranger = await makeLearner();
    await completeElearning(stranger.user.id, elearning.id);
    await expect(sendAccessRequest(stranger.viewer, activity.id, ANSWERS)).rejects.toBeInstanceOf(ForbiddenError);
    await completeElearning(learner.user.id, elearning.id);
    await sendAccessRequest(learner.viewer, activity.id, ANSWERS);
    // Another person's page shows only their own (none), never the learner's request.
    expect((await getAccessRequestPage(stranger.viewer, activity.id)).request).toBeNull();
    const [request] = await db.accessRequest.findMany({ where: { userId: learner.user.id } });
    await expect(getAccessRequestForTeam(stranger.viewer, request!.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateAccessRequestStatus(stranger.viewer, status(request!.id, 'GRANTED'))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getAccessRequestPage(stranger.viewer, elearning.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('the owning team', () => {
  it('sees the queue, moves a request through in progress to refused (with a note) and granted, emailing each time', async () => {
    const { admin, outsider, activity, elearning, learner } = await setup();
    await completeElearning(learner.user.id, elearning.id);
    await sendAccessRequest(learner.viewer, activity.id, ANSWERS);
    const queue = await listAccessRequests(admin, { status: 'open', page: 1 });
    expect(queue.total).toBe(1);
    const id = queue.rows[0]!.id;
    expect(queue.rows[0]).toMatchObject({ systemName: 'LCS', status: 'SUBMITTED' });
    expect((await listAccessRequests(outsider, { status: 'all', page: 1 })).total).toBe(0);
    await expect(getAccessRequestForTeam(outsider, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateAccessRequestStatus(outsider, status(id, 'GRANTED'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getAccessRequestForTeam(admin, 99_999_999)).rejects.toBeInstanceOf(NotFoundError);

    const detail = await getAccessRequestForTeam(admin, id);
    expect(detail.answers).toEqual([
      { label: 'Your team', value: 'Children’s Services North' },
      { label: 'Your line manager’s name', value: 'Priya Shah' },
      { label: 'What you need the system for', value: 'Case notes' },
    ]);

    await updateAccessRequestStatus(admin, status(id, 'IN_PROGRESS'));
    expect(updateAccessRequestSchema.safeParse({ requestId: String(id), status: 'DECLINED' }).success).toBe(false);
    await updateAccessRequestStatus(admin, status(id, 'DECLINED', 'Your role does not need LCS.'));
    const refused = await getAccessRequestPage(learner.viewer, activity.id);
    expect(refused.request).toMatchObject({ status: 'DECLINED', note: 'Your role does not need LCS.' });
    expect(refused.canSend).toBe(true);
    expect((await listAccessRequests(admin, { status: 'open', page: 1 })).total).toBe(0);

    // A new request after the refusal reuses the row, back to submitted; then it is granted.
    expect(await sendAccessRequest(learner.viewer, activity.id, { ...ANSWERS, 'field-reason': 'New role' })).toEqual({
      created: true,
    });
    expect(await db.accessRequest.count({ where: { userId: learner.user.id } })).toBe(1);
    await updateAccessRequestStatus(admin, status(id, 'GRANTED'));
    const statusMails = await db.emailMessage.findMany({
      where: { userId: learner.user.id, template: 'access-request-status' },
      orderBy: { id: 'asc' },
    });
    expect(statusMails.map((m) => m.subject)).toEqual([
      'Your request for access to LCS: in progress',
      'Your request for access to LCS: refused',
      'Your request for access to LCS: granted',
    ]);
    expect(statusMails[1]!.text).toContain('Your role does not need LCS.');
  });

  it('sets the questions; other teams and learners may not', async () => {
    const { admin, outsider, learner, activity, elearning } = await setup();
    const input = {
      activityId: activity.id,
      systemName: 'LCS',
      instructionsHtml: null,
      notifyEmail: null,
      fieldLines: 'Your area [North | South]\nLong: Anything else (optional)',
    };
    await updateAccessForm(admin, input);
    const { form } = await requireManagedAccessForm(admin, activity.id);
    expect(form.fields).toEqual([
      { key: 'q1', label: 'Your area', type: 'SELECT', options: ['North', 'South'], required: true },
      { key: 'q2', label: 'Anything else', type: 'LONG_TEXT', options: [], required: false },
    ]);
    for (const viewer of [outsider, learner.viewer]) {
      await expect(updateAccessForm(viewer, { ...input, systemName: 'Hacked' })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(updateAccessForm(admin, { ...input, fieldLines: '' })).rejects.toBeInstanceOf(ValidationError);
    await completeElearning(learner.user.id, elearning.id);
    await expect(sendAccessRequest(learner.viewer, activity.id, { 'field-q1': 'West' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await sendAccessRequest(learner.viewer, activity.id, { 'field-q1': 'North' })).toEqual({ created: true });
    expect(parseFieldLines('A [one]').ok).toBe(false);
  });
});
