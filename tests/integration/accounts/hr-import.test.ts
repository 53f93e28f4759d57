/** @jest-environment node */
import { db } from '@/lib/db';
import { importUsers, unsafeImportUsersFromCommandLine } from '@/lib/accounts/hr-import';
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
