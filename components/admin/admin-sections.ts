// The admin areas, in one list: the admin landing page shows them as cards and the admin layout as a sub-nav.
// To add an area, add one line here. `siteAdminOnly` areas are hidden from L&D admins.
import type { Viewer } from '@/lib/auth/viewer';

export type AdminSection = { title: string; href: string; description: string; siteAdminOnly?: boolean };

export const ADMIN_SECTIONS: AdminSection[] = [
  {
    title: 'Emails',
    href: '/admin/emails',
    description: 'Every email iLearn+ has sent or kept in the outbox. Read them and retry failures.',
    siteAdminOnly: true,
  },
];

/** The areas this viewer may use (the pages themselves check again). */
export function adminSectionsFor(
  viewer: Pick<Viewer, 'isSiteAdmin'>,
  sections: AdminSection[] = ADMIN_SECTIONS,
): AdminSection[] {
  return sections.filter((section) => !section.siteAdminOnly || viewer.isSiteAdmin);
}
