// The task bar in one place. To add a link, add one line here (a top-level item or a child of a menu).
// `show` decides who sees an item; every href must be a page that exists.
import { canSeeAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';

export type NavContext = { viewer: Viewer; hasRequiredLearning: boolean };
type Show = (context: NavContext) => boolean;

/** `description` is shown where the home page lists the areas of the site. */
export type NavLinkConfig = { label: string; href: string; description?: string; show?: Show };
export type NavMenuConfig = { label: string; id: string; items: NavLinkConfig[]; show?: Show };
export type NavEntryConfig = NavLinkConfig | NavMenuConfig;

export const NAV_ITEMS: NavEntryConfig[] = [
  { label: 'Home', href: '/' },
  {
    label: 'Find Learning',
    href: '/find-learning',
    description: 'Search and browse courses, programs and certifications.',
  },
  {
    label: 'My Learning',
    id: 'my-learning',
    items: [
      {
        label: 'Record of Learning',
        href: '/record-of-learning',
        description: 'Everything you are enrolled on or have completed, with dates and certificates.',
      },
      { label: 'My bookings', href: '/bookings', description: 'Your upcoming and past workshop bookings.' },
      {
        label: 'Required Learning',
        href: '/required-learning',
        description: 'Mandatory learning you still need to complete.',
        show: (c) => c.hasRequiredLearning,
      },
    ],
  },
  {
    label: 'My Team',
    href: '/team',
    description: 'The learning of the people who report to you.',
    show: (c) => c.viewer.isManager,
  },
  {
    label: 'Admin',
    href: '/admin',
    description: 'Manage courses, sessions, people and reports.',
    show: (c) => canSeeAdmin(c.viewer),
  },
];

/** Links in the profile menu, above "Sign out". */
export const PROFILE_ITEMS: NavLinkConfig[] = [{ label: 'Profile', href: '/profile' }];

// What the client components receive: plain data, already filtered for this viewer.
export type NavLink = { label: string; href: string; description?: string };
export type NavMenu = { label: string; id: string; items: NavLink[] };
export type NavEntry = NavLink | NavMenu;

export function isNavMenu(entry: NavEntry | NavEntryConfig): entry is NavMenu {
  return 'items' in entry;
}

function visible(entry: { show?: Show }, context: NavContext): boolean {
  return entry.show ? entry.show(context) : true;
}

function toLinks(items: NavLinkConfig[], context: NavContext): NavLink[] {
  return items
    .filter((i) => visible(i, context))
    .map(({ label, href, description }) => (description ? { label, href, description } : { label, href }));
}

/** The entries this viewer sees; a menu left with no visible links is dropped. */
export function resolveNav(context: NavContext, entries: NavEntryConfig[] = NAV_ITEMS): NavEntry[] {
  const out: NavEntry[] = [];
  for (const entry of entries) {
    if (!visible(entry, context)) continue;
    if (isNavMenu(entry)) {
      const items = toLinks(entry.items, context);
      if (items.length > 0) out.push({ label: entry.label, id: entry.id, items });
    } else {
      const [link] = toLinks([entry], context);
      if (link) out.push(link);
    }
  }
  return out;
}

export function resolveProfileItems(context: NavContext, items: NavLinkConfig[] = PROFILE_ITEMS): NavLink[] {
  return toLinks(items, context);
}

/** True when `href` is the current page or a section that contains it ("/" only matches itself). */
export function isCurrentPath(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(`${href}/`);
}
