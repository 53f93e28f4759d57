import type { CSSProperties, ReactNode } from 'react';
import { BrandLogo } from '@/components/layout/brand-logo';
import { DisclosureMenu } from '@/components/layout/disclosure-menu';
import { MenuToggle } from '@/components/layout/menu-toggle';
import { isNavMenu, resolveNav, resolveProfileItems } from '@/components/layout/nav-items';
import { NavLinkItem } from '@/components/layout/nav-link';
import { SearchForm } from '@/components/layout/search-form';
import { SignOutButton } from '@/components/layout/sign-out-button';
import { SiteFooter } from '@/components/layout/site-footer';
import { getShellBranding, type Viewer } from '@/lib/auth/viewer';
import { brandCssVariables } from '@/lib/organisations/rules';
import { hasRequiredLearning } from '@/lib/programs/queries';

const TOP_LINK =
  'flex min-h-11 items-center px-3 py-2 font-semibold text-white underline-offset-4 hover:underline aria-[current=page]:underline aria-[current=page]:decoration-4';
const MENU_BUTTON = `${TOP_LINK} w-full md:w-auto aria-expanded:bg-black/20`;
const PANEL =
  'border-2 border-slate-900 bg-white py-1 text-slate-900 md:absolute md:z-30 md:mt-1 md:min-w-60 md:shadow-lg';

/** The signed-in page frame: task bar with the viewer's menus, organisation branding, main content and footer. */
export async function AppShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const [branding, requiredLearning] = await Promise.all([getShellBranding(viewer), hasRequiredLearning(viewer)]);
  const context = { viewer, hasRequiredLearning: requiredLearning };
  const nav = resolveNav(context);
  const profileItems = resolveProfileItems(context);
  const name = `${viewer.firstName} ${viewer.lastName}`.trim() || viewer.username;

  return (
    <div style={brandCssVariables(branding) as CSSProperties} className="flex min-h-screen flex-col">
      <header className="bg-[var(--brand)] text-white">
        <div className="mx-auto flex max-w-[1100px] flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2">
          <BrandLogo branding={branding} showOrganisation />
          <MenuToggle panelId="task-bar">
            <div className="flex flex-col gap-3 border-t border-white/40 py-3 md:flex-row md:items-center md:justify-between md:border-t-0 md:py-1">
              <nav aria-label="Main">
                <ul className="flex list-none flex-col md:flex-row md:flex-wrap md:items-center">
                  {nav.map((entry) => (
                    <li key={entry.label}>
                      {isNavMenu(entry) ? (
                        <DisclosureMenu
                          label={entry.label}
                          items={entry.items}
                          buttonClassName={MENU_BUTTON}
                          panelClassName={`${PANEL} md:left-0`}
                        />
                      ) : (
                        <NavLinkItem href={entry.href} label={entry.label} className={TOP_LINK} />
                      )}
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="flex flex-col gap-3 md:flex-row md:items-center">
                <SearchForm />
                <DisclosureMenu
                  label={
                    <>
                      <span className="sr-only">Your account: </span>
                      {name}
                    </>
                  }
                  items={profileItems}
                  buttonClassName={MENU_BUTTON}
                  panelClassName={`${PANEL} md:right-0`}
                >
                  <li>
                    <SignOutButton className="flex min-h-11 w-full items-center px-4 py-2 text-left text-[var(--link)] underline underline-offset-2 hover:decoration-2" />
                  </li>
                </DisclosureMenu>
              </div>
            </div>
          </MenuToggle>
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-[1100px] flex-1 px-4 py-8 outline-none">
        {children}
      </main>
      <SiteFooter branding={branding} />
    </div>
  );
}
