/** @jest-environment node */
import { db } from '@/lib/db';
import { importUsers, unsafeImportUsersFromCommandLine } from '@/lib/accounts/hr-import';
import { signInWithPassword } from '@/lib/accounts/sign-in';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/viewer';
import { disconnect, resetDb } from '../../helpers/db';
import { createLdAdmin, createOrganisation, createSiteAdmin } from '../../factories/accounts';

let admin: Viewer;

beforeAll(async () => {
  await resetDb();
  admin = (await createSiteAdmin()).viewer;
  await createOrganisation({ slug: 'herts', name: 'Hertfordshire County Council', shortName: 'HCC', ssoEnabled: true });
  await createOrganisation({ slug: 'schools', name: 'Schools', shortName: 'Schools' });
});
afterAll(disconnect);

const HEADER = 'personnel_number,first_name,last_name,email,organisation,manager_personnel_number,job_title';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('HR import', () => {
  it('creates staff, sets managers found later in the file, and reports bad rows without stopping', async () => {
    const report = await importUsers(
      admin,
      csv(
        '70001,Amy,Ash,amy.ash@herts.gov.uk,HCC,70002,Officer',
        '70002,Ben,Birch,ben.birch@herts.gov.uk,herts,,Manager',
        '70003,,Cedar,c@herts.gov.uk,herts,,',
        '70004,Dee,Dogwood,not-an-email,herts,,',
        '70005,Eve,Elm,,Nowhere Council,,',
        '70001,Amy,Again,,herts,,',
        '70006,Fay,Fir,,schools,79999,Teacher',
      ),
    );
    expect(report).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(report.rejected).toEqual([
      { line: 4, personnelNumber: '70003', reason: 'First name is missing' },
      { line: 5, personnelNumber: '70004', reason: 'Email address is not valid' },
      { line: 6, personnelNumber: '70005', reason: 'Unknown organisation "Nowhere Council"' },
      { line: 7, personnelNumber: '70001', reason: 'This personnel number appears more than once in the file' },
    ]);
    expect(report.warnings).toEqual([
      { line: 8, personnelNumber: '70006', message: expect.stringMatching(/79999 was not found/) },
    ]);
    const amy = await db.user.findUniqueOrThrow({
      where: { username: '70001' },
      include: { jobAssignments: { include: { manager: true } } },
    });
    expect(amy).toMatchObject({ authMethod: 'SSO', personnelNumber: '70001' });
    expect(amy.jobAssignments[0]?.manager?.username).toBe('70002');
    expect((await db.user.findUniqueOrThrow({ where: { username: '70006' } })).authMethod).toBe('MANUAL');
  });

  it('is idempotent: a re-import updates changed rows and never duplicates', async () => {
    const before = await db.user.count();
    const report = await importUsers(
      admin,
      csv(
        '70001,Amy,Ash-Smith,amy.ash@herts.gov.uk,HCC,70002,Senior Officer',
        '70002,Ben,Birch,ben.birch@herts.gov.uk,herts,,Manager',
      ),
    );
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1, rejected: [] });
    expect(await db.user.count()).toBe(before);
    const amy = await db.user.findUniqueOrThrow({ where: { username: '70001' }, include: { jobAssignments: true } });
    expect(amy.lastName).toBe('Ash-Smith');
    expect(amy.jobAssignments).toHaveLength(1);
    expect(amy.jobAssignments[0]?.title).toBe('Senior Officer');
  });

  it('rejects an email already used by another account', async () => {
    const report = await importUsers(admin, csv('70010,Gus,Gum,amy.ash@herts.gov.uk,herts,,'));
    expect(report.rejected).toEqual([
      { line: 2, personnelNumber: '70010', reason: 'Email address is already used by the account 70001' },
    ]);
  });

  it('refuses a file with missing columns, and non-site-admins', async () => {
    await expect(importUsers(admin, 'personnel_number,first_name\n1,a')).rejects.toThrow(ValidationError);
    const ld = (await createLdAdmin()).viewer;
    await expect(importUsers(ld, csv('70020,Hal,Hazel,,herts,,'))).rejects.toThrow(ForbiddenError);
    expect(await db.user.count({ where: { username: '70020' } })).toBe(0);
  });

  it('refuses a missing viewer instead of skipping the check', async () => {
    await expect(importUsers(null as never, csv('70021,Ida,Ink,,herts,,'))).rejects.toThrow(ForbiddenError);
    expect(await db.user.count({ where: { username: '70021' } })).toBe(0);
  });

  it('accepts the command-line operator (no viewer) and audits the run', async () => {
    const report = await unsafeImportUsersFromCommandLine(csv('70030,Ivy,Iris,,herts,,'));
    expect(report.created).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'users.hr-import' } })).toBeGreaterThanOrEqual(2);
  });
});

describe('HR import: new starters get their login details', () => {
  const TEMP = /Temporary password:\s*(\S+)/;
  const emailsTo = (to: string) => db.emailMessage.findMany({ where: { toAddress: to }, orderBy: { id: 'asc' } });
  let ip = 0;
  const signIn = (username: string, password: string) =>
    signInWithPassword({ username, password, ip: `10.9.0.${++ip}` });

  it('emails each kind of starter, queued with the account, and each can sign in', async () => {
    const report = await importUsers(
      admin,
      csv(
        '71001,Mia,Moss,mia.moss@herts.gov.uk,herts,71003,Officer',
        '71002,Noor,Nash,noor.nash@schools.example,schools,,Teacher',
        '71004,Pat,Pine,,herts,71003,Caretaker',
        '71003,Priya,Shah,priya.shah@herts.gov.uk,herts,,Team leader',
        '71005,Quin,Quill,,schools,,Cleaner',
      ),
    );
    expect(report).toMatchObject({ created: 5, rejected: [] });
    const byNumber = Object.fromEntries(report.loginDetails.map((d) => [d.personnelNumber, d]));
    expect(byNumber['71001']).toMatchObject({
      sentTo: 'person',
      signIn: 'automatic',
      address: 'mia.moss@herts.gov.uk',
    });
    expect(byNumber['71002']).toMatchObject({
      sentTo: 'person',
      signIn: 'manual',
      address: 'noor.nash@schools.example',
    });
    expect(byNumber['71004']).toMatchObject({
      sentTo: 'manager',
      signIn: 'manual',
      address: 'priya.shah@herts.gov.uk',
    });
    expect(byNumber['71005']).toMatchObject({ sentTo: 'admin', address: null });

    // Automatic login (HCC has single sign-on): username, no password.
    const [mia] = await emailsTo('mia.moss@herts.gov.uk');
    expect(mia?.text).toContain('71001');
    expect(mia?.text).toMatch(/Automatic login/);
    expect(mia?.text).not.toMatch(TEMP);
    expect(await db.user.findUniqueOrThrow({ where: { username: '71001' } })).toMatchObject({
      authMethod: 'SSO',
      passwordHash: null,
    });

    // Manual login with a temporary password to change at first login.
    const [noor] = await emailsTo('noor.nash@schools.example');
    const noorPassword = noor?.text.match(TEMP)?.[1];
    expect(noorPassword).toBeTruthy();
    expect(await signIn('71002', noorPassword!)).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { username: '71002' } })).mustChangePassword).toBe(true);

    // No email address: manual login, the details go to the manager (found later in the file).
    const toPriya = await emailsTo('priya.shah@herts.gov.uk');
    const forPat = toPriya.find((m) => m.subject.includes('Pat Pine'));
    expect(forPat?.text).toContain('71004');
    const patPassword = forPat?.text.match(TEMP)?.[1];
    expect(await signIn('71004', patPassword!)).toMatchObject({ ok: true });
    const pat = await db.user.findUniqueOrThrow({ where: { username: '71004' }, include: { jobAssignments: true } });
    expect(pat).toMatchObject({ authMethod: 'MANUAL', email: null, mustChangePassword: true });
    expect(pat.jobAssignments[0]?.managerId).toBe(
      (await db.user.findUniqueOrThrow({ where: { username: '71003' } })).id,
    );

    // No email and no manager: nothing emailed, listed for a site admin, no password anyone could know.
    const quin = await db.user.findUniqueOrThrow({ where: { username: '71005' } });
    expect(quin).toMatchObject({ authMethod: 'MANUAL', passwordHash: null, mustChangePassword: true });
    expect(await db.emailMessage.count({ where: { userId: quin.id } })).toBe(0);
  });

  it('sends nothing again on a re-import of the same file', async () => {
    const before = await db.emailMessage.count();
    const report = await importUsers(
      admin,
      csv(
        '71001,Mia,Moss,mia.moss@herts.gov.uk,herts,71003,Officer',
        '71004,Pat,Pine,,herts,71003,Caretaker',
        '71003,Priya,Shah,priya.shah@herts.gov.uk,herts,,Team leader',
      ),
    );
    expect(report).toMatchObject({ created: 0, unchanged: 3, loginDetails: [] });
    expect(await db.emailMessage.count()).toBe(before);
  });

  it('gives an account an earlier import left with no way in its details once its manager is known', async () => {
    const stranded = await db.user.create({
      data: {
        username: '71006',
        personnelNumber: '71006',
        firstName: 'Rae',
        lastName: 'Reed',
        organisationId: (await db.organisation.findUniqueOrThrow({ where: { slug: 'herts' } })).id,
        authMethod: 'SSO',
        jobAssignments: { create: { title: null } },
      },
    });
    const report = await importUsers(admin, csv('71006,Rae,Reed,,herts,71003,'));
    expect(report.loginDetails).toEqual([
      expect.objectContaining({ personnelNumber: '71006', sentTo: 'manager', address: 'priya.shah@herts.gov.uk' }),
    ]);
    const mail = (await emailsTo('priya.shah@herts.gov.uk')).find((m) => m.subject.includes('Rae Reed'));
    expect(await signIn('71006', mail!.text.match(TEMP)![1]!)).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: stranded.id } })).authMethod).toBe('MANUAL');
  });
});
