// What the help pages show beside the content: the support contacts and login facts of the reader's organisation
// (organisation settings), or of every organisation for someone signed out. Not private: the signed-out help page
// and the footer already show contacts.
import { ssoConfigured } from '@/lib/auth/options';
import type { Viewer } from '@/lib/auth/viewer';
import {
  getBranding,
  listOrganisationContacts,
  listOrganisationLoginFacts,
  type OrganisationContact,
  type OrganisationLoginFacts,
} from '@/lib/organisations/queries';
import { helpHtmlToParagraphs } from '@/lib/organisations/rules';

export type HelpContext = {
  /** The reader's organisation, when signed in. */
  organisation: { id: number; name: string } | null;
  /** The reader's organisation's contacts, or every organisation's when signed out. */
  contacts: OrganisationContact[];
  /** The organisation's own help text (organisation settings), as paragraphs. */
  organisationHelp: string[];
  /** Automatic login is set up on this site at all. */
  automaticLogin: boolean;
  loginFacts: OrganisationLoginFacts[];
};

export async function getHelpContext(viewer: Viewer | null): Promise<HelpContext> {
  const [branding, loginFacts] = await Promise.all([
    viewer ? getBranding(viewer.organisationId) : null,
    listOrganisationLoginFacts(),
  ]);
  const contacts: OrganisationContact[] = branding
    ? branding.contactEmail || branding.contactPhone
      ? [
          {
            id: viewer!.organisationId,
            name: branding.name,
            contactEmail: branding.contactEmail,
            contactPhone: branding.contactPhone,
            contactHours: branding.contactHours,
          },
        ]
      : []
    : await listOrganisationContacts();
  return {
    organisation: viewer && branding ? { id: viewer.organisationId, name: branding.name } : null,
    contacts,
    organisationHelp: helpHtmlToParagraphs(branding?.helpHtml),
    automaticLogin: ssoConfigured(),
    loginFacts,
  };
}
