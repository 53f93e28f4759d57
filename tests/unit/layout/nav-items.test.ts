/** @jest-environment node */
import { adminSectionsFor, type AdminSection } from '@/components/admin/admin-sections';
import {
  isCurrentPath,
  isNavMenu,
  NAV_ITEMS,
  resolveNav,
  resolveProfileItems,
  type NavEntry,
} from '@/components/layout/nav-items';
import type { Viewer } from '@/lib/auth/viewer';

const base: Viewer = {
  id: 1,
  username: '90011',
  firstName: 'Sam',
  lastName: 'Taylor',
  email: null,
  organisationId: 1,
  isSiteAdmin: false,
  ldTeamIds: [],
  isManager: false,
  mustChangePassword: false,
  authMethod: 'MANUAL',
};

function labels(entries: NavEntry[]): string[] {
  return entries.flatMap((e) =>
    isNavMenu(e) ? [e.label, ...e.items.map((i) => `${e.label} › ${i.label}`)] : [e.label],
  );
}

describe('task bar for each role', () => {
  it('a learner with nothing mandatory outstanding', () => {
    expect(labels(resolveNav({ viewer: base, hasRequiredLearning: false }))).toEqual([
      'Home',
      'Find Learning',
      'My Learning',
      'My Learning › Record of Learning',
      'My Learning › My bookings',
    ]);
  });

  it('Required Learning appears only when there is some', () => {
    expect(labels(resolveNav({ viewer: base, hasRequiredLearning: true }))).toContain(
      'My Learning › Required Learning',
    );
  });

  it('My Team for managers only, Admin for L&D and site admins only', () => {
    const manager = labels(resolveNav({ viewer: { ...base, isManager: true }, hasRequiredLearning: false }));
    expect(manager).toContain('My Team');
    expect(manager).not.toContain('Admin');
    const ld = labels(resolveNav({ viewer: { ...base, ldTeamIds: [3] }, hasRequiredLearning: false }));
    expect(ld).toContain('Admin');
    expect(ld).not.toContain('My Team');
    expect(labels(resolveNav({ viewer: { ...base, isSiteAdmin: true }, hasRequiredLearning: false }))).toContain(
      'Admin',
    );
  });

  it('hands plain data (no functions) to client components and drops empty menus', () => {
    const resolved = resolveNav({ viewer: base, hasRequiredLearning: false }, [
      { label: 'Empty', id: 'empty', items: [{ label: 'Hidden', href: '/hidden', show: () => false }] },
      ...NAV_ITEMS,
    ]);
    expect(labels(resolved)).not.toContain('Empty');
    expect(JSON.parse(JSON.stringify(resolved))).toEqual(resolved);
    expect(resolveProfileItems({ viewer: base, hasRequiredLearning: false })).toEqual([
      { label: 'Profile', href: '/profile' },
    ]);
  });

  it('every configured link is a site path', () => {
    const hrefs = NAV_ITEMS.flatMap((e) => (isNavMenu(e) ? e.items.map((i) => i.href) : [e.href]));
    for (const href of hrefs) expect(href).toMatch(/^\/[a-z0-9/-]*$/);
  });
});

describe('isCurrentPath', () => {
  it('matches a section and its sub-pages, and Home only exactly', () => {
    expect(isCurrentPath('/admin', '/admin/users/3')).toBe(true);
    expect(isCurrentPath('/admin', '/administrator')).toBe(false);
    expect(isCurrentPath('/', '/')).toBe(true);
    expect(isCurrentPath('/', '/help')).toBe(false);
  });
});

describe('adminSectionsFor', () => {
  const sections: AdminSection[] = [
    { title: 'Courses', href: '/admin/courses', description: 'Courses' },
    { title: 'Organisations', href: '/admin/organisations', description: 'Branding', siteAdminOnly: true },
  ];

  it('hides site-admin-only areas from L&D admins', () => {
    expect(adminSectionsFor({ isSiteAdmin: false }, sections).map((s) => s.title)).toEqual(['Courses']);
    expect(adminSectionsFor({ isSiteAdmin: true }, sections).map((s) => s.title)).toEqual(['Courses', 'Organisations']);
  });
});
