import type { AdminSection } from '@/components/admin/admin-sections';
import { NavLinkItem } from '@/components/layout/nav-link';

const LINK =
  'flex min-h-11 items-center border-l-4 border-transparent px-3 py-2 text-[var(--link)] underline underline-offset-2 hover:decoration-2 aria-[current=page]:border-[var(--brand)] aria-[current=page]:font-bold aria-[current=page]:no-underline';

/** The admin area's own navigation: the landing page and each section this viewer may use. */
export function AdminSubNav({ sections }: { sections: AdminSection[] }) {
  return (
    <nav aria-label="Admin" className="mb-8 md:mb-0">
      <ul className="list-none border-b border-slate-300 pb-4 md:border-b-0 md:pb-0">
        <li>
          <NavLinkItem href="/admin" label="Admin home" className={LINK} />
        </li>
        {sections.map((section) => (
          <li key={section.href}>
            <NavLinkItem href={section.href} label={section.title} className={LINK} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
