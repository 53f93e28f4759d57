// Organisations (tenants) with their branding and help details, L&D teams and site settings.
import type { Db, OrgKey, TeamKey } from './context';

export const SEED_MARKER_SLUG = 'hcc';

const HCC_HELP = `<p>For help with iLearn+ (signing in, finding a course, your record of learning) email
<a href="mailto:ilearn@hertfordshire.gov.uk">ilearn@hertfordshire.gov.uk</a> or phone 01992 555557 (option 5),
Monday to Friday, 9am to 4pm.</p><p>For questions about the content of a course, contact the team named in the
course details.</p>`;

export async function seedOrganisations(db: Db): Promise<Record<OrgKey, number>> {
  const rows = await db.organisation.createManyAndReturn({
    data: [
      {
        slug: 'hcc',
        name: 'Hertfordshire County Council',
        shortName: 'HCC',
        kind: 'COUNCIL',
        emailDomains: ['hertfordshire.gov.uk'],
        primaryColour: '#1d4f91',
        accentColour: '#00703c',
        logoText: 'Hertfordshire County Council',
        helpHtml: HCC_HELP,
        contactEmail: 'ilearn@hertfordshire.gov.uk',
        contactPhone: '01992 555557 (option 5)',
        contactHours: 'Monday to Friday, 9am to 4pm',
        dashboardBlocks: ['compliance', 'due', 'in_progress', 'recent', 'certifications'],
        ssoEnabled: true,
      },
      {
        slug: 'schools',
        name: 'Hertfordshire Schools',
        shortName: 'Schools',
        kind: 'SCHOOLS',
        emailDomains: ['herts.sch.uk'],
        primaryColour: '#5a2d82',
        accentColour: '#8a1538',
        logoText: 'Hertfordshire Schools',
        helpHtml:
          '<p>For help with iLearn+ ask your school business manager first, or email ' +
          '<a href="mailto:ilearn@hertfordshire.gov.uk">ilearn@hertfordshire.gov.uk</a>.</p>',
        contactEmail: 'ilearn@hertfordshire.gov.uk',
        contactPhone: '01992 555557 (option 5)',
        contactHours: 'Monday to Friday, 9am to 4pm, term time',
        dashboardBlocks: ['due', 'in_progress', 'recent', 'certifications'],
      },
      {
        slug: 'wbc',
        name: 'Watford Borough Council',
        shortName: 'WBC',
        kind: 'PARTNER',
        usernamePrefix: 'wbc-',
        emailDomains: ['watford.gov.uk'],
        primaryColour: '#8c2a0e',
        accentColour: '#00594f',
        logoText: 'Watford Borough Council',
        helpHtml:
          '<p>Watford Borough Council staff: for help with your account contact the WBC Organisational ' +
          'Development team at <a href="mailto:learning@watford.gov.uk">learning@watford.gov.uk</a>.</p>',
        contactEmail: 'learning@watford.gov.uk',
        contactPhone: '01923 555600',
        contactHours: 'Monday to Thursday, 9am to 5pm; Friday 9am to 4:30pm',
        dashboardBlocks: ['due', 'in_progress', 'recent'],
      },
    ],
    select: { id: true, slug: true },
  });
  const id = (slug: OrgKey) => {
    const row = rows.find((r) => r.slug === slug);
    if (!row) throw new Error(`Seed: organisation ${slug} missing`);
    return row.id;
  };
  return { hcc: id('hcc'), schools: id('schools'), wbc: id('wbc') };
}

export const TEAMS: Record<TeamKey, { name: string; email: string; phone: string }> = {
  hr: { name: 'HR L&D', email: 'hrlearning&development@hertfordshire.gov.uk', phone: '01992 555000' },
  cs: { name: "Children's Services L&D", email: 'cs.workforce@hertfordshire.gov.uk', phone: '01992 555310' },
  acs: { name: 'Adult Care Services L&D', email: 'acs.learning@hertfordshire.gov.uk', phone: '01992 555420' },
  libraries: { name: 'Libraries L&D', email: 'Library.Courses@hertfordshire.gov.uk', phone: '01992 555530' },
  hs: { name: 'Health and Safety Team', email: 'health.safety@hertfordshire.gov.uk', phone: '01992 555640' },
};

export async function seedTeams(db: Db): Promise<Record<TeamKey, number>> {
  const keys = Object.keys(TEAMS) as TeamKey[];
  const rows = await db.ldTeam.createManyAndReturn({
    data: keys.map((key) => TEAMS[key]),
    select: { id: true, name: true },
  });
  const ids = {} as Record<TeamKey, number>;
  for (const key of keys) {
    const row = rows.find((r) => r.name === TEAMS[key].name);
    if (!row) throw new Error(`Seed: team ${key} missing`);
    ids[key] = row.id;
  }
  return ids;
}

export async function seedSettings(db: Db): Promise<void> {
  await db.setting.createMany({
    data: [
      {
        key: 'password_policy',
        value: { minLength: 8, minDigits: 1, minLower: 1, minUpper: 1, minSymbols: 0, reuseAfterChanges: 3 },
      },
      { key: 'lockout', value: { threshold: 5, windowMinutes: 30, durationMinutes: 30 } },
      {
        key: 'cancellation_reasons',
        value: ['Work commitments', 'Illness', 'Personal reasons', 'Booked in error', 'Other'],
      },
    ],
  });
}
