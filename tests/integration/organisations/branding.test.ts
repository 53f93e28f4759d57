/** @jest-environment node */
import { db } from '@/lib/db';
import { getBranding, listOrganisationContacts } from '@/lib/organisations/queries';
import { DEFAULT_BRANDING } from '@/lib/organisations/rules';
import { disconnect, resetDb } from '../../helpers/db';
import { createOrganisation } from '../../factories/people';

beforeAll(resetDb);
afterAll(disconnect);

describe('organisation branding reads', () => {
  it('returns the organisation brand and contacts', async () => {
    const org = await createOrganisation(db, {
      name: 'Watford Borough Council',
      primaryColour: '#6a1b4d',
      contactEmail: 'learning@watford.example',
      contactPhone: '01923 555000',
      contactHours: 'Monday to Thursday, 9am to 5pm',
      helpHtml: '<p>Ask your manager first.</p>',
    });
    const branding = await getBranding(org.id);
    expect(branding).toMatchObject({
      organisationId: org.id,
      name: 'Watford Borough Council',
      logoText: 'iLearn+',
      primaryColour: '#6a1b4d',
      contactEmail: 'learning@watford.example',
      helpHtml: '<p>Ask your manager first.</p>',
    });
  });

  it('falls back to the default brand for an unknown organisation', async () => {
    expect(await getBranding(999_999)).toEqual(DEFAULT_BRANDING);
  });

  it('lists only organisations that have support contacts, by name', async () => {
    await createOrganisation(db, { name: 'Aardvark Trust' });
    await createOrganisation(db, { name: 'Barnet Partners', contactEmail: 'help@barnet.example' });
    const names = (await listOrganisationContacts()).map((o) => o.name);
    expect(names).toContain('Barnet Partners');
    expect(names).toContain('Watford Borough Council');
    expect(names).not.toContain('Aardvark Trust');
    expect([...names].sort()).toEqual(names);
  });
});
