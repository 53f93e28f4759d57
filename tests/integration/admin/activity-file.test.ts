/** @jest-environment node */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getActivityFile } from '@/lib/completion/activity-page';
import { attachActivityFile } from '@/lib/completion/admin-commands';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { enrol, makeActivity, makeCourse, makeLdAdmin, makeLearner, makeTeam } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ilearn-activity-file-'));
process.env.DATA_DIR = dataDir;

beforeAll(resetDb);
afterAll(async () => {
  await disconnect();
  rmSync(dataDir, { recursive: true, force: true });
});

const pdf = (text: string) => {
  const bytes = Buffer.from(`%PDF-1.7\n${text}`);
  return { name: 'policy.pdf', type: 'application/pdf', size: bytes.length, bytes };
};

describe('FILE activities', () => {
  it('lets the owner team attach a file that only enrolled learners can download', async () => {
    const team = await makeTeam();
    const { viewer: admin } = await makeLdAdmin(team.id);
    const { viewer: otherAdmin } = await makeLdAdmin((await makeTeam()).id);
    const course = await makeCourse({ ownerTeamId: team.id });
    const activity = await makeActivity(course.id, { type: 'FILE', name: 'Policy' });
    const page = await makeActivity(course.id, { type: 'PAGE' });

    await expect(attachActivityFile(otherAdmin, activity.id, pdf('x'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attachActivityFile(admin, page.id, pdf('x'))).rejects.toBeInstanceOf(ValidationError);
    await expect(
      attachActivityFile(admin, activity.id, { ...pdf('x'), bytes: Buffer.from('MZ-not-a-pdf') }),
    ).rejects.toBeInstanceOf(ValidationError);
    await attachActivityFile(admin, activity.id, pdf('first'));
    await attachActivityFile(admin, activity.id, pdf('second'));

    const { user, viewer } = await makeLearner();
    await expect(getActivityFile(viewer, activity.id)).rejects.toBeInstanceOf(NotFoundError);
    await enrol(user.id, course.id);
    const file = await getActivityFile(viewer, activity.id);
    expect(file).toMatchObject({ filename: 'policy.pdf', mimeType: 'application/pdf' });
    expect(file.bytes.toString()).toContain('second');
  });
});
