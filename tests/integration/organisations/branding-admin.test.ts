/** @jest-environment node */
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { updateOrganisationBranding } from '@/lib/organisations/commands';
import { getBranding, getOrganisationForAdmin, listOrganisationsForAdmin } from '@/lib/organisations/queries';
import { disconnect, resetDb } from '../../helpers/db';
import { addToLdTeam, createOrganisation, createUser } from '../../factories/people';

beforeAll(resetDb);
afterAll(disconnect);

const valid = {
  logoText: ' WBC iLearn+ ',
  primaryColour: '#6A1B4D',
  accentColour: '#00703c',
  contactEmail: 'learning@watford.example',
  contactPhone: '01923 555000',
  contactHours: 'Monday to Thursday, 9am to 5pm',
  helpHtml: 'Ask your manager first.\nThen email us.',
  dashboardBlocks: ['recent', 'compliance'],
};

async function viewerFor(userId: number): Promise<Viewer> {
  const viewer = await loadViewer(userId, 1);
  if (!viewer) throw new Error('no viewer');
  return viewer;
}

describe('organisation branding administration', () => {
  let orgId: number;
  let siteAdmin: Viewer;
  let ldAdmin: Viewer;
  let learner: Viewer;

  beforeAll(async () => {
    const org = await createOrganisation(db, { name: 'Watford Borough Council', shortName: 'WBC' });
    orgId = org.id;
    siteAdmin = await viewerFor((await createUser(db, { organisationId: org.id, isSiteAdmin: true })).id);
    const ld = await createUser(db, { organisationId: org.id });
    await addToLdTeam(db, ld.id, 'HR L&D');
    ldAdmin = await viewerFor(ld.id);
    learner = await viewerFor((await createUser(db, { organisationId: org.id })).id);
  });

  it('lets a site admin change the brand and help details, and records who did it', async () => {
    await updateOrganisationBranding(siteAdmin, orgId, valid);
    const branding = await getBranding(orgId);
    expect(branding).toMatchObject({
      logoText: 'WBC iLearn+',
      primaryColour: '#6a1b4d',
      contactEmail: 'learning@watford.example',
      helpHtml: 'Ask your manager first.\nThen email us.',
    });
    // Dashboard blocks are stored in display order, whatever order the form sent them in.
    expect((await getOrganisationForAdmin(siteAdmin, orgId)).dashboardBlocks).toEqual(['compliance', 'recent']);
    const audit = await db.auditLog.findFirst({ where: { entityType: 'Organisation', entityId: String(orgId) } });
    expect(audit).toMatchObject({ actorId: siteAdmin.id, action: 'organisation.branding.update' });
  });

  it('empty optional fields clear the value', async () => {
    await updateOrganisationBranding(siteAdmin, orgId, { ...valid, contactPhone: '  ', helpHtml: '', logoText: '' });
    const branding = await getBranding(orgId);
    expect(branding.contactPhone).toBeNull();
    expect(branding.helpHtml).toBeNull();
    expect(branding.logoText).toBe('iLearn+');
  });

  it('refuses colours white text cannot be read on, malformed colours and bad emails, changing nothing', async () => {
    const before = await getBranding(orgId);
    let caught: unknown;
    try {
      await updateOrganisationBranding(siteAdmin, orgId, {
        ...valid,
        primaryColour: '#ffdd00',
        accentColour: 'green; background:url(x)',
        contactEmail: 'not an email',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(Object.keys((caught as ValidationError).fieldErrors).sort()).toEqual([
      'accentColour',
      'contactEmail',
      'primaryColour',
    ]);
    expect((caught as ValidationError).fieldErrors.primaryColour).toMatch(/contrast/);
    expect(await getBranding(orgId)).toEqual(before);
  });

  it('refuses a Home dashboard with no blocks or an unknown block, changing nothing', async () => {
    const before = await getOrganisationForAdmin(siteAdmin, orgId);
    for (const dashboardBlocks of [[], ['compliance', 'weather']]) {
      const error = await updateOrganisationBranding(siteAdmin, orgId, { ...valid, dashboardBlocks }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(['dashboardBlocks']);
    }
    const empty = await updateOrganisationBranding(siteAdmin, orgId, { ...valid, dashboardBlocks: [] }).catch((e) => e);
    expect((empty as ValidationError).fieldErrors.dashboardBlocks).toBe('Choose at least one block for the Home page');
    expect(await getOrganisationForAdmin(siteAdmin, orgId)).toEqual(before);
  });

  it('is refused to L&D admins and learners, for writes and reads', async () => {
    for (const viewer of [ldAdmin, learner]) {
      await expect(
        updateOrganisationBranding(viewer, orgId, { ...valid, primaryColour: '#000000' }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listOrganisationsForAdmin(viewer)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getOrganisationForAdmin(viewer, orgId)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await getBranding(orgId)).primaryColour).toBe('#6a1b4d');
  });

  it('reports an unknown organisation as not found', async () => {
    await expect(updateOrganisationBranding(siteAdmin, 987_654, valid)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOrganisationForAdmin(siteAdmin, 987_654)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists organisations with their member counts', async () => {
    const list = await listOrganisationsForAdmin(siteAdmin);
    expect(list.find((o) => o.id === orgId)).toMatchObject({ name: 'Watford Borough Council', userCount: 3 });
  });
});
