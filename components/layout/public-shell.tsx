import type { CSSProperties, ReactNode } from 'react';
import { BrandLogo } from '@/components/layout/brand-logo';
import { SiteFooter } from '@/components/layout/site-footer';
import { brandCssVariables, DEFAULT_BRANDING } from '@/lib/organisations/rules';

/** The frame of signed-out pages (login, help, errors): the default brand, no menus. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <div style={brandCssVariables(DEFAULT_BRANDING) as CSSProperties} className="flex min-h-screen flex-col">
      <header className="bg-[var(--brand)] text-white">
        <div className="mx-auto flex max-w-[1100px] items-center px-4 py-2">
          <BrandLogo branding={DEFAULT_BRANDING} showOrganisation={false} />
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-[1100px] flex-1 px-4 py-8 outline-none">
        {children}
      </main>
      <SiteFooter branding={null} />
    </div>
  );
}
