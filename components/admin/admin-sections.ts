// The admin areas, in one list: the admin landing page shows them as cards and the admin layout as a sub-nav.
// To add an area, add one line here. `siteAdminOnly` areas are hidden from L&D admins.
import type { Viewer } from '@/lib/auth/viewer';

export type AdminSection = { title: string; href: string; description: string; siteAdminOnly?: boolean };

export const ADMIN_SECTIONS: AdminSection[] = [
  {
    title: 'Courses',
    href: '/admin/courses',
    description: 'Create and edit courses, their activities, completion rules and enrolments.',
  },
  {
    title: 'Categories',
    href: '/admin/categories',
    description: 'Organise Find Learning into categories and subcategories.',
  },
  {
    title: 'Audiences',
    href: '/admin/audiences',
    description: 'Groups of people, listed by hand or matched by rules, for visibility and assignment.',
  },
  {
    title: 'Workshops and sessions',
    href: '/admin/workshops',
    description: 'Sessions, attendees, waitlists, attendance and sign-in sheets.',
  },
  {
    title: 'Programs and certifications',
    href: '/admin/programs',
    description: 'Build programs and certifications from course sets, assign them and set due dates and renewal rules.',
  },
  {
    title: 'Certification overview',
    href: '/admin/certifications',
    description: 'Certified, window open, expired and overdue people per certification and organisation.',
  },
  {
    title: 'Access requests',
    href: '/admin/access-requests',
    description: 'Learners’ requests for access to systems (LCS, IES, EYES) once their training is complete.',
  },
  {
    title: 'Content problem reports',
    href: '/admin/content-reports',
    description: 'Problems learners reported with your courses: broken links, out-of-date content. Resolve them here.',
  },
  { title: 'Rooms', href: '/admin/rooms', description: 'Rooms and virtual classrooms used by workshop sessions.' },
  {
    title: 'Quizzes',
    href: '/admin/quizzes',
    description: 'Quizzes, question banks and results for the courses you manage.',
  },
  {
    title: 'Organisations',
    href: '/admin/organisations',
    description: 'Brand colours and the help and contact details each organisation sees.',
    siteAdminOnly: true,
  },
  {
    title: 'Users',
    href: '/admin/users',
    description: 'Find, create and edit accounts; unlock, suspend, roles and HR import.',
    siteAdminOnly: true,
  },
  {
    title: 'Account requests',
    href: '/admin/account-requests',
    description: 'Approve or reject requests for new accounts.',
    siteAdminOnly: true,
  },
  {
    title: 'Security settings',
    href: '/admin/settings/security',
    description: 'Password policy, lock-out and automatic login rules.',
    siteAdminOnly: true,
  },
  {
    title: 'Email outbox',
    href: '/admin/emails',
    description: 'Every email iLearn+ has sent or kept, with attachments.',
    siteAdminOnly: true,
  },
  {
    title: 'System status',
    href: '/admin/system',
    description: 'Database, email delivery and the browser used for PDFs.',
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
