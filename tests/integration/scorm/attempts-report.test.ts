/** @jest-environment node */
// The attempts report's CSV: one row per attempt with status, score, time and last access, formulas neutralised,
// archived attempts marked; only the course's managers may export it.
import { db } from '@/lib/db';
import { parseCsv } from '@/lib/csv';
import { ForbiddenError } from '@/lib/errors';
import { commitScormAttempt, launchScormAttempt, resetLearnerScormTracks } from '@/lib/scorm/commands';
import { scormAttemptsCsv } from '@/lib/scorm/report-csv';
import { disconnect, resetDb } from '../../helpers/db';
import { makeLdAdmin, makeTeam } from '../../factories/learning';
import { makeScormCourse } from '../../factories/scorm';

beforeAll(resetDb);
afterAll(disconnect);

const passed = {
  cmi: {
    suspend_data: '',
    core: {
      lesson_status: 'passed',
      lesson_location: 'assessment',
      exit: '',
      session_time: '00:12:30',
      total_time: '00:12:30', // scorm-again adds the session to the total on LMSFinish
      score: { raw: '90', min: '0', max: '100' },
    },
    objectives: {},
    interactions: {},
  },
};

describe('attempts report CSV', () => {
  it('lists each attempt with status, score, time and last access; archived ones marked', async () => {
    const s = await makeScormCourse();
    await db.user.update({ where: { id: s.learner.user.id }, data: { firstName: '=HYPERLINK("http://x")' } });
    const launch = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    await commitScormAttempt(s.learner.viewer, { attemptId: launch.attemptId, seq: 1, terminate: true, cmi: passed });
    const [header, row, ...rest] = parseCsv(await scormAttemptsCsv(s.admin.viewer, s.activity.id));
    expect(rest).toEqual([]);
    expect(header).toEqual([
      'Learner',
      'Username',
      'Attempt',
      'Status',
      'Completion status',
      'Success status',
      'Score %',
      'Time (seconds)',
      'Started',
      'Last access',
      'Archived',
    ]);
    expect(row?.slice(0, 8)).toEqual([
      `'=HYPERLINK("http://x") ${s.learner.user.lastName}`,
      s.learner.user.username,
      '1',
      'Passed',
      'completed',
      'passed',
      '90',
      '750',
    ]);
    expect(new Date(row![9]!).getTime()).toBeGreaterThanOrEqual(new Date(row![8]!).getTime());
    expect(row![10]).toBe('no');

    await resetLearnerScormTracks(s.admin.viewer, { activityId: s.activity.id, userId: s.learner.user.id });
    const [, archived] = parseCsv(await scormAttemptsCsv(s.admin.viewer, s.activity.id));
    expect(archived![10]).toBe('yes');
  });

  it("is refused to learners and to other teams' admins", async () => {
    const s = await makeScormCourse();
    const other = await makeLdAdmin((await makeTeam()).id);
    await expect(scormAttemptsCsv(s.learner.viewer, s.activity.id)).rejects.toThrow(ForbiddenError);
    await expect(scormAttemptsCsv(other.viewer, s.activity.id)).rejects.toThrow(ForbiddenError);
  });
});
