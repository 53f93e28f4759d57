'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** Tabs where each tab is its own URL (shareable, bookmarkable). */
export function TabLinks({ label, tabs }: { label: string; tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mt-6 border-b border-slate-300">
      <ul className="flex list-none flex-wrap gap-1">
        {tabs.map((tab) => {
          const current = pathname === tab.href || (tab.href !== tabs[0]?.href && pathname.startsWith(`${tab.href}/`));
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center border-x border-t px-4 py-2 focus-visible:outline-3 focus-visible:outline-[var(--focus)] ${
                  current
                    ? '-mb-px border-slate-300 bg-white font-bold'
                    : 'border-transparent bg-slate-100 text-[var(--link)] underline'
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
