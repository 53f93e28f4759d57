// Reads of organisation branding and help/contact details. These are not private: every member of an
// organisation sees them in the task bar and footer, and the signed-out help page lists every contact.
import { cache } from 'react';
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { DEFAULT_BRANDING, type Branding } from '@/lib/organisations/rules';

/** The organisation columns behind Branding; the viewer load selects them too (one statement per request). */
export const BRANDING_SELECT = {
  id: true,
  name: true,
  shortName: true,
  logoText: true,
  primaryColour: true,
  accentColour: true,
  contactEmail: true,
  contactPhone: true,
  contactHours: true,
  helpHtml: true,
} as const satisfies Prisma.OrganisationSelect;

export type BrandingRow = Prisma.OrganisationGetPayload<{ select: typeof BRANDING_SELECT }>;

/** Branding from an organisation row (the default brand when there is none). */
export function toBranding(org: BrandingRow | null): Branding {
  if (!org) return DEFAULT_BRANDING;
  return {
    organisationId: org.id,
    name: org.name,
    shortName: org.shortName,
    logoText: org.logoText?.trim() || 'iLearn+',
    primaryColour: org.primaryColour,
    accentColour: org.accentColour,
    contactEmail: org.contactEmail,
    contactPhone: org.contactPhone,
    contactHours: org.contactHours,
    helpHtml: org.helpHtml,
  };
}

/** The brand and help details of one organisation; cached per request (the shell and pages share one read). */
export const getBranding = cache(async (organisationId: number): Promise<Branding> => {
  return toBranding(await db.organisation.findUnique({ where: { id: organisationId }, select: BRANDING_SELECT }));
});

export type OrganisationContact = {
  id: number;
  name: string;
  contactEmail: string | null;
  contactPhone: string | null;
  contactHours: string | null;
};

/** Support contacts of every organisation that has one, for visitors who cannot sign in. */
export async function listOrganisationContacts(): Promise<OrganisationContact[]> {
  return db.organisation.findMany({
    where: { OR: [{ contactEmail: { not: null } }, { contactPhone: { not: null } }] },
    select: { id: true, name: true, contactEmail: true, contactPhone: true, contactHours: true },
    orderBy: { name: 'asc' },
  });
}

export type OrganisationLoginFacts = {
  id: number;
  name: string;
  ssoEnabled: boolean;
  usernamePrefix: string | null;
};

/** Per organisation: does it use automatic login, and what its usernames start with (for the login help). */
export async function listOrganisationLoginFacts(): Promise<OrganisationLoginFacts[]> {
  return db.organisation.findMany({
    select: { id: true, name: true, ssoEnabled: true, usernamePrefix: true },
    orderBy: { name: 'asc' },
  });
}

export type OrganisationSummary = {
  id: number;
  name: string;
  shortName: string;
  kind: string;
  primaryColour: string;
  contactEmail: string | null;
  userCount: number;
};

/** Every organisation, for the site admins' list. */
export async function listOrganisationsForAdmin(viewer: Viewer): Promise<OrganisationSummary[]> {
  assertSiteAdmin(viewer);
  const rows = await db.organisation.findMany({
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      primaryColour: true,
      contactEmail: true,
      _count: { select: { users: true } },
    },
    orderBy: { name: 'asc' },
  });
  return rows.map(({ _count, ...org }) => ({ ...org, userCount: _count.users }));
}

export type OrganisationBrandingDetails = Branding & {
  organisationId: number;
  slug: string;
  dashboardBlocks: string[];
};

/** One organisation's editable branding and help details, for site admins. */
export async function getOrganisationForAdmin(viewer: Viewer, id: number): Promise<OrganisationBrandingDetails> {
  assertSiteAdmin(viewer);
  const org = await db.organisation.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      logoText: true,
      primaryColour: true,
      accentColour: true,
      contactEmail: true,
      contactPhone: true,
      contactHours: true,
      helpHtml: true,
      dashboardBlocks: true,
    },
  });
  if (!org) throw new NotFoundError();
  const { id: organisationId, logoText, ...rest } = org;
  return { ...rest, organisationId, logoText: logoText ?? '' };
}
