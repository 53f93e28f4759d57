/** @jest-environment node */
// Issue 11 item 6: L&D view and edit a learner's certification record (state and dates, a required reason, an
// audit trail shown on the record), and issue or revoke a certificate with a reason (a revoked certificate no
// longer verifies or opens, the learner sees why). Only the owning team and site admins; two admins at once never
// overwrite each other or double-issue.
import { adminIssueCertificate, listCourseCertificates, revokeCertificate } from '@/lib/certificates/admin';
import { getCertificateActivity, getCertificatePdf, verifyCertificate } from '@/lib/certificates/queries';
import {
  getCertificationRecordForAdmin,
  listCertificationLearners,
  updateCertificationRecord,
} from '@/lib/certifications/record-admin';
import { certificationRecordEditSchema } from '@/lib/certifications/record-edit';
import { db } from '@/lib/db';
import { ConflictError, ForbiddenError, UserError, ValidationError } from '@/lib/errors';
import { unsafeSyncProgramAssignments } from '@/lib/programs/assignments';
import { makeCertificateCourse } from '../../factories/certificates';
import { makeCourse, makeLdAdmin, makeLearner, makeTeam, makeUser, viewerFor } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

const NOW = new Date('2027-03-10T12:00:00Z');

beforeAll(resetDb);
afterAll(disconnect);

async function setUp() {
  const team = await makeTeam();
  const other = await makeTeam();
  const admin = await makeLdAdmin(team.id);
  const stranger = await makeLdAdmin(other.id);
  const learner = await makeLearner();
  const course = await makeCourse({ ownerTeamId: team.id });
  const program = await db.program.create({
    data: {
      kind: 'CERTIFICATION',
      shortName: `cert-${Math.random().toString(36).slice(2)}`,
      fullName: 'Fire Safety',
      ownerTeamId: team.id,
      certification: { create: {} },
      courseSets: { create: [{ label: 'Set', courses: { create: [{ courseId: course.id }] } }] },
      assignments: { create: [{ type: 'INDIVIDUAL', userId: learner.user.id }] },
    },
  });
  await unsafeSyncProgramAssignments({ programId: program.id, now: NOW });
  return { team, admin, stranger, learner, program };
}

const edit = (over: Record<string, string>) =>
  certificationRecordEditSchema.parse({ reason: 'Evidence seen', ...over });

async function version(programId: number, userId: number) {
  return (await getCertificationRecordForAdmin((await siteAdmin()).viewer, programId, userId, NOW)).record.version;
}

let admin0: { viewer: Awaited<ReturnType<typeof viewerFor>> } | null = null;
async function siteAdmin() {
  if (!admin0) admin0 = { viewer: await viewerFor((await makeUser({ isSiteAdmin: true })).id) };
  return admin0;
}

it('certifies a learner by hand with a reason, keeps the program record in step, and shows the audit trail', async () => {
  const { admin, learner, program } = await setUp();
  const before = await getCertificationRecordForAdmin(admin.viewer, program.id, learner.user.id, NOW);
  expect(before.state.key).toBe('not_certified');
  await updateCertificationRecord(
    admin.viewer,
    program.id,
    learner.user.id,
    edit({
      state: 'certified',
      timeCompleted: '2027-03-01',
      timeWindowOpens: '2029-02-01',
      timeExpires: '2029-03-01',
      reason: 'Completed the course at the fire service; certificate seen',
      version: before.record.version,
    }),
    { now: NOW },
  );
  const after = await getCertificationRecordForAdmin(admin.viewer, program.id, learner.user.id, NOW);
  expect(after.state.key).toBe('certified');
  expect(after.record).toMatchObject({
    status: 'CERTIFIED',
    renewalStatus: 'NOT_DUE',
    path: 'RECERT',
    timeCompleted: new Date('2027-03-01T00:00:00Z'),
    timeExpires: new Date('2029-03-01T00:00:00Z'),
    baselineTimeExpires: new Date('2029-03-01T00:00:00Z'),
  });
  const pc = await db.programCompletion.findUniqueOrThrow({
    where: { programId_userId: { programId: program.id, userId: learner.user.id } },
  });
  expect(pc).toMatchObject({ status: 'COMPLETE', progressPercent: 100, completedAt: new Date('2027-03-01T00:00:00Z') });
  expect(after.trail).toHaveLength(1);
  expect(after.trail[0]).toMatchObject({
    actor: `${admin.user.firstName} ${admin.user.lastName}`,
    reason: 'Completed the course at the fire service; certificate seen',
  });
  expect(after.trail[0]!.changes).toEqual(
    expect.arrayContaining([
      { field: 'Status', before: 'ASSIGNED', after: 'CERTIFIED' },
      { field: 'Expiry date', before: null, after: '2029-03-01T00:00:00.000Z' },
    ]),
  );

  // Then expired by hand: dates cleared, the due date is the day it expired, the program record is overdue again.
  await updateCertificationRecord(
    admin.viewer,
    program.id,
    learner.user.id,
    edit({ state: 'expired', dueAt: '2027-03-05', version: after.record.version, reason: 'Entered in error' }),
    { now: NOW },
  );
  const expired = await getCertificationRecordForAdmin(admin.viewer, program.id, learner.user.id, NOW);
  expect(expired.state).toMatchObject({ key: 'expired', overdue: true });
  expect(expired.record).toMatchObject({ timeCompleted: null, timeExpires: null, path: 'CERT' });
  expect(expired.trail.map((t) => t.reason)).toEqual([
    'Entered in error',
    'Completed the course at the fire service; certificate seen',
  ]);
  const pc2 = await db.programCompletion.findUniqueOrThrow({
    where: { programId_userId: { programId: program.id, userId: learner.user.id } },
  });
  expect(pc2).toMatchObject({ status: 'INCOMPLETE', completedAt: null, dueAt: new Date('2027-03-05T00:00:00Z') });

  const list = await listCertificationLearners(admin.viewer, program.id, { q: learner.user.username }, NOW);
  expect(list.rows.map((r) => [r.username, r.state.key])).toEqual([[learner.user.username, 'expired']]);
});

it('refuses impossible records with a message on the field, and changes nothing', async () => {
  const { admin, learner, program } = await setUp();
  const v = await version(program.id, learner.user.id);
  const attempt = (over: Record<string, string>) =>
    updateCertificationRecord(admin.viewer, program.id, learner.user.id, edit({ version: v, ...over }), { now: NOW });
  const errors = async (over: Record<string, string>) => {
    const e = await attempt(over).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).fieldErrors;
  };
  expect(await errors({ state: 'certified' })).toEqual({
    timeCompleted: 'Enter the completion date',
    timeWindowOpens: 'Enter the date the renewal window opens',
    timeExpires: 'Enter the expiry date',
  });
  expect(
    await errors({
      state: 'certified',
      timeCompleted: '2027-03-01',
      timeWindowOpens: '2027-02-01',
      timeExpires: '2029-03-01',
    }),
  ).toEqual({ timeWindowOpens: 'The window cannot open before the completion date' });
  expect(
    await errors({
      state: 'certified',
      timeCompleted: '2025-03-01',
      timeWindowOpens: '2026-02-01',
      timeExpires: '2026-03-01',
    }),
  ).toEqual({ timeExpires: 'This expiry date has passed: choose "Expired", or enter a later expiry date' });
  expect(
    await errors({
      state: 'certified',
      timeCompleted: '2027-04-01',
      timeWindowOpens: '2029-02-01',
      timeExpires: '2029-03-01',
    }),
  ).toEqual({ timeCompleted: 'The completion date cannot be in the future' });
  expect(await errors({ state: 'expired' })).toEqual({
    dueAt: 'Enter the due date: for an expired certification, the day it expired',
  });
  expect(await errors({ state: 'not_certified' })).toEqual({
    state: 'Nothing has changed: change the state or a date, or cancel',
  });
  // The schema: a reason is required, and a date must be real.
  const parsed = certificationRecordEditSchema.safeParse({
    state: 'expired',
    dueAt: '2027-02-30',
    reason: ' ',
    version: v,
  });
  expect(parsed.success).toBe(false);
  const issues = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join('.'), i.message]));
  expect(issues).toEqual({
    dueAt: 'Enter the due date as a real date, like 2027-03-31',
    reason: 'Enter the reason for this change',
  });
  const record = await getCertificationRecordForAdmin(admin.viewer, program.id, learner.user.id, NOW);
  expect(record.record.status).toBe('ASSIGNED');
  expect(record.trail).toEqual([]);
});

it('lets only the owning team and site admins see or change a record', async () => {
  const { stranger, learner, program } = await setUp();
  const v = await version(program.id, learner.user.id);
  await expect(getCertificationRecordForAdmin(stranger.viewer, program.id, learner.user.id)).rejects.toBeInstanceOf(
    ForbiddenError,
  );
  await expect(
    updateCertificationRecord(
      stranger.viewer,
      program.id,
      learner.user.id,
      edit({ state: 'expired', dueAt: '2027-01-01', version: v }),
    ),
  ).rejects.toBeInstanceOf(ForbiddenError);
  await expect(
    updateCertificationRecord(
      learner.viewer,
      program.id,
      learner.user.id,
      edit({ state: 'expired', dueAt: '2027-01-01', version: v }),
    ),
  ).rejects.toBeInstanceOf(ForbiddenError);
  await expect(listCertificationLearners(stranger.viewer, program.id)).rejects.toBeInstanceOf(ForbiddenError);
  const site = await siteAdmin();
  await updateCertificationRecord(
    site.viewer,
    program.id,
    learner.user.id,
    edit({ state: 'in_progress', version: v, reason: 'Started on paper' }),
    { now: NOW },
  );
  expect((await getCertificationRecordForAdmin(site.viewer, program.id, learner.user.id, NOW)).state.key).toBe(
    'in_progress',
  );
});

it('two admins saving the same record at once: one change lands, the other is told to reload', async () => {
  const { admin, learner, program } = await setUp();
  const second = await makeLdAdmin(program.ownerTeamId!);
  const v = await version(program.id, learner.user.id);
  const results = await Promise.allSettled([
    updateCertificationRecord(admin.viewer, program.id, learner.user.id, edit({ state: 'in_progress', version: v }), {
      now: NOW,
    }),
    updateCertificationRecord(
      second.viewer,
      program.id,
      learner.user.id,
      edit({ state: 'expired', dueAt: '2027-03-01', version: v }),
      { now: NOW },
    ),
  ]);
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
  expect(rejected.reason).toBeInstanceOf(ConflictError);
  const record = await getCertificationRecordForAdmin(admin.viewer, program.id, learner.user.id, NOW);
  expect(record.trail).toHaveLength(1);
});

describe('certificates', () => {
  async function certificateSetUp() {
    const team = await makeTeam();
    const admin = await makeLdAdmin(team.id);
    const stranger = await makeLdAdmin((await makeTeam()).id);
    const learner = await makeLearner();
    const c = await makeCertificateCourse({ ownerTeamId: team.id });
    await c.enrol(learner.user.id);
    await db.courseCompletion.update({
      where: { userId_courseId: { userId: learner.user.id, courseId: c.course.id } },
      data: { status: 'COMPLETE', progressPercent: 100, timeCompleted: new Date('2027-02-01T10:00:00Z') },
    });
    return { admin, stranger, learner, ...c };
  }

  it('issues by hand with the course completion date, refuses a second current one, revokes with a reason', async () => {
    const { admin, learner, course, certificate, activity } = await certificateSetUp();
    const issued = await adminIssueCertificate(
      admin.viewer,
      course.id,
      { certificateId: certificate.id, username: learner.user.username, reason: 'Completion imported from paper' },
      { now: NOW },
    );
    const verified = await verifyCertificate(issued.code, NOW);
    expect(verified).toMatchObject({ validity: 'valid', completedAt: new Date('2027-02-01T10:00:00Z') });
    await expect(
      adminIssueCertificate(
        admin.viewer,
        course.id,
        {
          certificateId: certificate.id,
          username: learner.user.username,
          reason: 'Again',
        },
        { now: NOW },
      ),
    ).rejects.toMatchObject({
      fieldErrors: {
        username: `${learner.user.firstName} ${learner.user.lastName} already has a current certificate from this activity. Revoke it first if it is wrong.`,
      },
    });

    await revokeCertificate(admin.viewer, course.id, issued.id, { reason: 'Issued to the wrong person' }, { now: NOW });
    expect(await verifyCertificate(issued.code, NOW)).toEqual({ validity: 'revoked', revokedAt: NOW });
    const page = await getCertificateActivity(learner.viewer, activity.id);
    expect(page.current).toBeNull();
    expect(page.previous[0]).toMatchObject({ revokedAt: NOW, revokedReason: 'Issued to the wrong person' });
    const open = await getCertificatePdf(learner.viewer, issued.id).catch((e: unknown) => e);
    expect(open).toBeInstanceOf(UserError);
    expect((open as Error).message).toContain('Reason: Issued to the wrong person');
    await expect(
      revokeCertificate(admin.viewer, course.id, issued.id, { reason: 'Twice' }, { now: NOW }),
    ).rejects.toBeInstanceOf(ConflictError);

    // A corrected one can be issued after the revoke.
    const again = await adminIssueCertificate(
      admin.viewer,
      course.id,
      { certificateId: certificate.id, username: learner.user.username, reason: 'Re-issued after the mix-up' },
      { now: NOW },
    );
    const list = await listCourseCertificates(admin.viewer, course.id);
    expect(list.rows.map((r) => [r.id, r.status])).toEqual(
      expect.arrayContaining([
        [again.id, 'current'],
        [issued.id, 'revoked'],
      ]),
    );
    const audit = await db.auditLog.findMany({
      where: { entityType: 'CertificateIssue', entityId: { in: [String(issued.id), String(again.id)] } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.action, (a.details as { reason: string }).reason])).toEqual([
      ['certificate.issue', 'Completion imported from paper'],
      ['certificate.revoke', 'Issued to the wrong person'],
      ['certificate.issue', 'Re-issued after the mix-up'],
    ]);
  });

  it('a hand-issued certificate of a certification course is valid until the certified cycle expires', async () => {
    const { admin, learner, course, certificate } = await certificateSetUp();
    const program = await db.program.create({
      data: {
        kind: 'CERTIFICATION',
        shortName: `cert-${Math.random().toString(36).slice(2)}`,
        fullName: 'Legionella',
        certification: { create: {} },
        courseSets: { create: [{ label: 'Set', courses: { create: [{ courseId: course.id }] } }] },
        assignments: { create: [{ type: 'INDIVIDUAL', userId: learner.user.id }] },
      },
      include: { certification: true },
    });
    await unsafeSyncProgramAssignments({ programId: program.id, now: NOW });
    await db.certificationCompletion.update({
      where: { certificationId_userId: { certificationId: program.certification!.id, userId: learner.user.id } },
      data: {
        status: 'CERTIFIED',
        path: 'RECERT',
        timeCompleted: new Date('2027-02-01T10:00:00Z'),
        timeWindowOpens: new Date('2029-01-01T10:00:00Z'),
        timeExpires: new Date('2029-02-01T10:00:00Z'),
      },
    });
    const issued = await adminIssueCertificate(
      admin.viewer,
      course.id,
      { certificateId: certificate.id, username: learner.user.username, reason: 'Lost the original' },
      { now: NOW },
    );
    expect(await verifyCertificate(issued.code, NOW)).toMatchObject({
      validity: 'valid',
      validUntil: new Date('2029-02-01T10:00:00Z'),
    });
  });

  it('needs a completion date for someone who has not completed, and refuses other teams and learners', async () => {
    const { admin, stranger, learner, course, certificate } = await certificateSetUp();
    const notDone = await makeUser();
    await expect(
      adminIssueCertificate(admin.viewer, course.id, {
        certificateId: certificate.id,
        username: notDone.username,
        reason: 'Done elsewhere',
      }),
    ).rejects.toMatchObject({
      fieldErrors: {
        completedAt: `${notDone.firstName} ${notDone.lastName} has not completed this course: enter the date they completed it`,
      },
    });
    const input = { certificateId: certificate.id, username: learner.user.username, reason: 'Trying' };
    await expect(adminIssueCertificate(stranger.viewer, course.id, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(adminIssueCertificate(learner.viewer, course.id, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCourseCertificates(stranger.viewer, course.id)).rejects.toBeInstanceOf(ForbiddenError);
    const issued = await adminIssueCertificate(admin.viewer, course.id, input, { now: NOW });
    await expect(revokeCertificate(stranger.viewer, course.id, issued.id, { reason: 'No' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // Another course's id with this issue: not found, never revoked through a course the admin manages.
    const mine = await makeCertificateCourse({ ownerTeamId: admin.viewer.ldTeamIds[0] });
    await expect(
      revokeCertificate(admin.viewer, mine.course.id, issued.id, { reason: 'Wrong course' }),
    ).rejects.toThrow('We could not find that certificate.');
  });

  it('two admins issuing or revoking at once: one certificate, one revoke, one audit entry each', async () => {
    const { admin, learner, course, certificate } = await certificateSetUp();
    const input = { certificateId: certificate.id, username: learner.user.username, reason: 'Paper record' };
    const issues = await Promise.allSettled(
      Array.from({ length: 5 }, () => adminIssueCertificate(admin.viewer, course.id, input, { now: NOW })),
    );
    expect(issues.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const id = (issues.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ id: number }>).value.id;
    const revokes = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        revokeCertificate(admin.viewer, course.id, id, { reason: 'Wrong' }, { now: NOW }),
      ),
    );
    expect(revokes.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      await db.auditLog.count({
        where: { entityType: 'CertificateIssue', entityId: String(id), action: 'certificate.revoke' },
      }),
    ).toBe(1);
    expect(await db.certificateIssue.count({ where: { certificateId: certificate.id, userId: learner.user.id } })).toBe(
      1,
    );
  });
});
