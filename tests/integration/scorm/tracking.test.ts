/** @jest-environment node */
import { Readable } from 'node:stream';
import { resetCourseForUser } from '@/lib/course-reset/commands';
import { db } from '@/lib/db';
import { ConflictError, NotFoundError, UserError } from '@/lib/errors';
import {
  commitScormAttempt,
  launchScormAttempt,
  resetLearnerScormTracks,
  uploadScormPackage,
} from '@/lib/scorm/commands';
import {
  getScormActivityView,
  getScormContentFile,
  listOwnScormNotes,
  listScormAttemptsReport,
} from '@/lib/scorm/queries';
import { buildDemoPackage } from '../../../prisma/seed/scorm/build';
import { disconnect, resetDb } from '../../helpers/db';
import { enrol, makeActivity, makeLdAdmin, makeLearner, makeTeam } from '../../factories/learning';
import { makeScormCourse } from '../../factories/scorm';

beforeAll(resetDb);
afterAll(disconnect);

/** The CMI object scorm-again renders for a SCORM 1.2 commit. */
function cmi12(o: {
  status?: string;
  location?: string;
  suspend?: string;
  raw?: string;
  exit?: string;
  objectives?: [string, string][];
  session?: string;
  total?: string;
}) {
  return {
    cmi: {
      suspend_data: o.suspend ?? '',
      core: {
        lesson_status: o.status ?? 'incomplete',
        lesson_location: o.location ?? '',
        exit: o.exit ?? '',
        session_time: o.session ?? '00:01:00',
        ...(o.total ? { total_time: o.total } : {}),
        score: { raw: o.raw ?? '', min: '0', max: '100' },
      },
      objectives: Object.fromEntries(
        (o.objectives ?? []).map(([id, status], i) => [String(i), { id, status, score: { raw: '' } }]),
      ),
      interactions: {},
    },
  };
}

async function stateOf(userId: number, activityId: number) {
  return (await db.activityCompletion.findUnique({ where: { activityId_userId: { activityId, userId } } }))?.state;
}

describe('launch and resume', () => {
  it('starts attempt 1, then resumes it at the saved location with the suspend data', async () => {
    const s = await makeScormCourse();
    const first = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    expect(first).toMatchObject({ kind: 'new', attemptNumber: 1, lastSeq: 0, version: 'SCORM_12' });
    expect(first.launchUrl).toBe(`/scorm/${s.activity.id}/content/index.html`);
    await commitScormAttempt(s.learner.viewer, {
      attemptId: first.attemptId,
      seq: 1,
      terminate: true,
      cmi: cmi12({ location: 'duties-2', suspend: '{"seen":{"intro-1":true}}', exit: 'suspend', total: '00:03:00' }),
    });
    const again = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    expect(again).toMatchObject({ kind: 'resume', attemptId: first.attemptId, lastSeq: 1 });
    const core = again.cmi.core as Record<string, string>;
    expect(core.lesson_location).toBe('duties-2');
    expect(core.entry).toBe('resume');
    expect(core.total_time).toBe('0000:03:00');
    expect(again.cmi.suspend_data).toBe('{"seen":{"intro-1":true}}');
  });

  it('creates one attempt when launched twice at once', async () => {
    const s = await makeScormCourse();
    const results = await Promise.all(
      [1, 2, 3].map(() => launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false })),
    );
    expect(new Set(results.map((r) => r.attemptId)).size).toBe(1);
  });

  it('refuses people who may not take the activity', async () => {
    const s = await makeScormCourse();
    const stranger = await makeLearner();
    await expect(launchScormAttempt(stranger.viewer, { activityId: s.activity.id, newAttempt: false })).rejects.toThrow(
      UserError,
    );
    const page = await makeActivity(s.course.id, { type: 'PAGE' });
    await expect(launchScormAttempt(s.learner.viewer, { activityId: page.id, newAttempt: false })).rejects.toThrow(
      NotFoundError,
    );
  });

  it('keeps an eLearning locked until its restriction is met', async () => {
    const s = await makeScormCourse();
    const second = await makeActivity(s.course.id, { type: 'SCORM', name: 'Part 2' });
    await db.activityRestriction.create({ data: { activityId: second.id, requiredActivityId: s.activity.id } });
    await expect(launchScormAttempt(s.learner.viewer, { activityId: second.id, newAttempt: false })).rejects.toThrow(
      /Data Protection eLearning/,
    );
  });
});

describe('commits', () => {
  it('stores status, score, times, location, suspend data, objectives and interactions', async () => {
    const s = await makeScormCourse();
    const launch = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    const data = cmi12({
      status: 'passed',
      raw: '80',
      location: 'assessment',
      suspend: 'abc',
      session: '00:02:30',
      total: '00:10:00',
      objectives: [['introduction', 'completed']],
    });
    (data.cmi.interactions as Record<string, unknown>)['0'] = { id: 'q1', type: 'choice', student_response: '1' };
    const result = await commitScormAttempt(s.learner.viewer, {
      attemptId: launch.attemptId,
      seq: 1,
      terminate: false,
      cmi: data,
    });
    expect(result).toEqual({ stored: true, seq: 1, finished: true });
    const attempt = await db.scormAttempt.findUniqueOrThrow({ where: { id: launch.attemptId } });
    expect(attempt).toMatchObject({
      completionStatus: 'completed',
      successStatus: 'passed',
      location: 'assessment',
      suspendData: 'abc',
      sessionTimeSeconds: 150,
      totalTimeSeconds: 600,
      interactionCount: 1,
      commitSeq: 1,
    });
    expect(Number(attempt.scoreRaw)).toBe(80);
    expect(attempt.objectives).toEqual([
      expect.objectContaining({ id: 'introduction', name: 'Introduction', done: true }),
    ]);
  });

  it('ignores a repeated or a late older commit: newer data is never overwritten', async () => {
    const s = await makeScormCourse();
    const { attemptId } = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    const commit = (seq: number, location: string) =>
      commitScormAttempt(s.learner.viewer, { attemptId, seq, terminate: false, cmi: cmi12({ location }) });
    await commit(2, 'page-2');
    expect(await commit(1, 'page-1')).toEqual({ stored: false, seq: 2, finished: false });
    expect(await commit(2, 'page-2-again')).toEqual({ stored: false, seq: 2, finished: false });
    expect((await db.scormAttempt.findUniqueOrThrow({ where: { id: attemptId } })).location).toBe('page-2');
  });

  it('keeps the newest of many parallel commits', async () => {
    const s = await makeScormCourse();
    const { attemptId } = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    const order = [5, 3, 9, 1, 7, 2, 10, 4, 8, 6];
    await Promise.all(
      order.map((seq) =>
        commitScormAttempt(s.learner.viewer, { attemptId, seq, terminate: false, cmi: cmi12({ location: `p${seq}` }) }),
      ),
    );
    const attempt = await db.scormAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ commitSeq: 10, location: 'p10' });
  });

  it("refuses someone else's attempt", async () => {
    const s = await makeScormCourse();
    const { attemptId } = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    const other = await makeLearner();
    await enrol(other.user.id, s.course.id);
    await expect(
      commitScormAttempt(other.viewer, { attemptId, seq: 1, terminate: false, cmi: cmi12({}) }),
    ).rejects.toThrow(NotFoundError);
  });

  it('refuses to save once the learner is suspended or unenrolled, keeping what was saved', async () => {
    const s = await makeScormCourse();
    const { attemptId } = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    await commitScormAttempt(s.learner.viewer, { attemptId, seq: 1, terminate: false, cmi: cmi12({ location: 'p1' }) });
    const where = { userId_courseId: { userId: s.learner.user.id, courseId: s.course.id } };
    await db.enrolment.update({ where, data: { status: 'SUSPENDED' } });
    const refused = commitScormAttempt(s.learner.viewer, { attemptId, seq: 2, terminate: false, cmi: cmi12({}) });
    await expect(refused).rejects.toThrow('You are no longer enrolled on this course, so progress cannot be saved.');
    await db.enrolment.delete({ where });
    await expect(
      commitScormAttempt(s.learner.viewer, { attemptId, seq: 2, terminate: false, cmi: cmi12({}) }),
    ).rejects.toThrow(UserError);
    expect(await db.scormAttempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      commitSeq: 1,
      location: 'p1',
    });
  });

  it('a commit that changes no status or score leaves the completion record alone; a finish re-checks it', async () => {
    const s = await makeScormCourse();
    const { attemptId } = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    const commit = (seq: number, terminate = false) =>
      commitScormAttempt(s.learner.viewer, { attemptId, seq, terminate, cmi: cmi12({ location: `p${seq}` }) });
    await commit(1);
    const first = await db.activityCompletion.findUniqueOrThrow({
      where: { activityId_userId: { activityId: s.activity.id, userId: s.learner.user.id } },
    });
    expect(first.state).toBe('INCOMPLETE');
    await db.activityCompletion.update({ where: { id: first.id }, data: { state: 'COMPLETE' } });
    await commit(2);
    expect(await stateOf(s.learner.user.id, s.activity.id)).toBe('COMPLETE');
    await commit(3, true);
    expect(await stateOf(s.learner.user.id, s.activity.id)).toBe('INCOMPLETE');
  });

  it('never takes back a pass when the learner reviews the module later', async () => {
    const s = await makeScormCourse();
    const { attemptId } = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    await commitScormAttempt(s.learner.viewer, {
      attemptId,
      seq: 1,
      terminate: false,
      cmi: cmi12({ status: 'passed', raw: '90' }),
    });
    await commitScormAttempt(s.learner.viewer, {
      attemptId,
      seq: 2,
      terminate: false,
      cmi: cmi12({ status: 'incomplete', raw: '' }),
    });
    const attempt = await db.scormAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ completionStatus: 'completed', successStatus: 'passed' });
    expect(Number(attempt.scoreRaw)).toBe(90);
    expect(await stateOf(s.learner.user.id, s.activity.id)).toBe('COMPLETE_PASS');
  });
});

describe('completion', () => {
  it('ticks the activity, moves the course and unlocks what waited for it', async () => {
    const s = await makeScormCourse();
    const quiz = await makeActivity(s.course.id, { type: 'PAGE', name: 'Assessment', requireView: true });
    await db.activityRestriction.create({ data: { activityId: quiz.id, requiredActivityId: s.activity.id } });
    const { attemptId } = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    await commitScormAttempt(s.learner.viewer, {
      attemptId,
      seq: 1,
      terminate: false,
      cmi: cmi12({ status: 'incomplete' }),
    });
    expect(await stateOf(s.learner.user.id, s.activity.id)).toBe('INCOMPLETE');
    await commitScormAttempt(s.learner.viewer, {
      attemptId,
      seq: 2,
      terminate: false,
      cmi: cmi12({ status: 'completed' }),
    });
    expect(await stateOf(s.learner.user.id, s.activity.id)).toBe('COMPLETE');
    const course = await db.courseCompletion.findUniqueOrThrow({
      where: { userId_courseId: { userId: s.learner.user.id, courseId: s.course.id } },
    });
    expect(course.progressPercent).toBe(50);
    const { getActivityAccess } = await import('@/lib/completion/queries');
    expect((await getActivityAccess(s.learner.viewer, quiz.id)).available).toBe(true);
  });

  it('with "passed" required, a fail completes as a fail and the course stays incomplete', async () => {
    const s = await makeScormCourse({ activity: { requirePassingGrade: true, requireScormStatus: true } });
    const { attemptId } = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    await commitScormAttempt(s.learner.viewer, {
      attemptId,
      seq: 1,
      terminate: false,
      cmi: cmi12({ status: 'failed', raw: '40' }),
    });
    expect(await stateOf(s.learner.user.id, s.activity.id)).toBe('COMPLETE_FAIL');
    const notes = await listOwnScormNotes(s.learner.viewer, s.course.id);
    expect(notes.get(s.activity.id)?.whyIncomplete.join(' ')).toMatch(/did not pass the assessment \(you scored 40%\)/);
    await commitScormAttempt(s.learner.viewer, {
      attemptId,
      seq: 2,
      terminate: false,
      cmi: cmi12({ status: 'passed', raw: '80' }),
    });
    expect(await stateOf(s.learner.user.id, s.activity.id)).toBe('COMPLETE_PASS');
  });

  it('with a minimum score, explains the score still needed', async () => {
    const s = await makeScormCourse({ activity: { requireScormStatus: false, requireMinScore: 75 } });
    const { attemptId } = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    await commitScormAttempt(s.learner.viewer, {
      attemptId,
      seq: 1,
      terminate: false,
      cmi: cmi12({ status: 'completed', raw: '60' }),
    });
    expect(await stateOf(s.learner.user.id, s.activity.id)).toBe('INCOMPLETE');
    const view = await getScormActivityView(s.learner.viewer, s.activity.id);
    expect(view.whyIncomplete).toContain('You need a score of at least 75%; your score is 60%.');
    await commitScormAttempt(s.learner.viewer, {
      attemptId,
      seq: 2,
      terminate: false,
      cmi: cmi12({ status: 'completed', raw: '75' }),
    });
    expect(await stateOf(s.learner.user.id, s.activity.id)).toBe('COMPLETE');
  });

  it('says which sections the module reports as not done', async () => {
    const s = await makeScormCourse();
    const { attemptId } = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    await commitScormAttempt(s.learner.viewer, {
      attemptId,
      seq: 1,
      terminate: false,
      cmi: cmi12({
        objectives: [
          ['introduction', 'completed'],
          ['your-duties', 'completed'],
          ['reporting-a-breach', 'completed'],
          ['sharing-data', 'incomplete'],
          ['assessment', 'not attempted'],
        ],
      }),
    });
    const notes = await listOwnScormNotes(s.learner.viewer, s.course.id);
    expect(notes.get(s.activity.id)?.whyIncomplete[0]).toBe(
      'The module reports 3 of 5 sections complete: Introduction, Your duties and Reporting a breach are done; ' +
        'Sharing data and Assessment are not.',
    );
  });
});

describe('attempts and resets', () => {
  it('starts a new attempt when asked after a finished one, up to the maximum', async () => {
    const s = await makeScormCourse();
    await db.scormPackage.update({ where: { activityId: s.activity.id }, data: { maxAttempts: 2 } });
    const launch = (newAttempt: boolean) =>
      launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt });
    const one = await launch(false);
    await commitScormAttempt(s.learner.viewer, {
      attemptId: one.attemptId,
      seq: 1,
      terminate: true,
      cmi: cmi12({ status: 'failed', raw: '20' }),
    });
    expect((await launch(false)).kind).toBe('review');
    const two = await launch(true);
    expect(two).toMatchObject({ kind: 'new', attemptNumber: 2, lastSeq: 0 });
    await commitScormAttempt(s.learner.viewer, {
      attemptId: two.attemptId,
      seq: 1,
      terminate: true,
      cmi: cmi12({ status: 'failed', raw: '30' }),
    });
    const three = await launch(true);
    expect(three).toMatchObject({ kind: 'review', attemptNumber: 2 });
    expect(three.reason).toMatch(/all 2 attempts/);
  });

  it('a course reset archives the tracks; the next launch starts afresh and the history stays', async () => {
    const s = await makeScormCourse();
    const one = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    await commitScormAttempt(s.learner.viewer, {
      attemptId: one.attemptId,
      seq: 1,
      terminate: true,
      cmi: cmi12({ status: 'passed', raw: '100' }),
    });
    await resetCourseForUser(db, { userId: s.learner.user.id, courseId: s.course.id, reason: 'RECERTIFICATION' });
    await expect(
      commitScormAttempt(s.learner.viewer, { attemptId: one.attemptId, seq: 2, terminate: false, cmi: cmi12({}) }),
    ).rejects.toThrow(ConflictError);
    const next = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    expect(next).toMatchObject({ kind: 'new', attemptNumber: 2 });
    expect((next.cmi.core as Record<string, string>).lesson_location).toBe('');
    const view = await getScormActivityView(s.learner.viewer, s.activity.id);
    expect(view.attempts.map((a) => [a.attemptNumber, a.archived])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(await stateOf(s.learner.user.id, s.activity.id)).not.toBe('COMPLETE');
  });

  it("an admin resets one learner's tracks; other teams' admins and learners may not", async () => {
    const s = await makeScormCourse();
    const one = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    await commitScormAttempt(s.learner.viewer, {
      attemptId: one.attemptId,
      seq: 1,
      terminate: true,
      cmi: cmi12({ status: 'completed' }),
    });
    const otherAdmin = await makeLdAdmin((await makeTeam()).id);
    const input = { activityId: s.activity.id, userId: s.learner.user.id };
    await expect(resetLearnerScormTracks(otherAdmin.viewer, input)).rejects.toThrow();
    await expect(resetLearnerScormTracks(s.learner.viewer, input)).rejects.toThrow();
    expect(await resetLearnerScormTracks(s.admin.viewer, input)).toEqual({ archived: 1 });
    expect(await stateOf(s.learner.user.id, s.activity.id)).toBe('INCOMPLETE');
    const report = await listScormAttemptsReport(s.admin.viewer, s.activity.id);
    expect(report).toEqual([
      expect.objectContaining({ attemptNumber: 1, archived: true, completionStatus: 'completed' }),
    ]);
    await expect(listScormAttemptsReport(otherAdmin.viewer, s.activity.id)).rejects.toThrow();
  });

  it('replacing the package keeps the learners’ tracks', async () => {
    const s = await makeScormCourse();
    const one = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    await commitScormAttempt(s.learner.viewer, {
      attemptId: one.attemptId,
      seq: 1,
      terminate: false,
      cmi: cmi12({ location: 'p3' }),
    });
    const replaced = await uploadScormPackage(
      s.admin.viewer,
      { activityId: s.activity.id, body: Readable.from([await buildDemoPackage('SCORM_2004')]), filename: 'v2.zip' },
      { store: s.store },
    );
    expect(replaced).toMatchObject({ replaced: true, version: 'SCORM_2004', packageId: s.upload.packageId });
    const again = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    expect(again).toMatchObject({ kind: 'resume', attemptId: one.attemptId, version: 'SCORM_2004' });
    expect(again.cmi.location).toBe('p3');
  });
});

describe('package files', () => {
  it('serves files with their content type to the learner, and nothing to strangers or outside the package', async () => {
    const s = await makeScormCourse();
    const file = await getScormContentFile(s.learner.viewer, s.activity.id, ['course.js'], s.store);
    expect(file.contentType).toBe('text/javascript; charset=utf-8');
    file.body.destroy();
    const admin = await getScormContentFile(s.admin.viewer, s.activity.id, ['index.html'], s.store);
    expect(admin.contentType).toMatch(/^text\/html/);
    admin.body.destroy();
    const stranger = await makeLearner();
    await expect(getScormContentFile(stranger.viewer, s.activity.id, ['index.html'], s.store)).rejects.toThrow(
      NotFoundError,
    );
    for (const bad of [['..', 'secret'], ['a', '..', '..', 'x'], ['%2e%2e'], ['missing.html'], ['a\\..\\b']]) {
      await expect(getScormContentFile(s.learner.viewer, s.activity.id, bad, s.store)).rejects.toThrow(NotFoundError);
    }
  });
});
