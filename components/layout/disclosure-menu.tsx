'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { isCurrentPath, type NavLink } from '@/components/layout/nav-items';

/**
 * A disclosure menu (a button that shows and hides a list of links), not an ARIA menu: Tab moves through
 * the links, Escape closes and puts focus back on the button, and it closes when focus or a click leaves it.
 */
export function DisclosureMenu({
  label,
  items,
  children,
  buttonClassName = '',
  panelClassName = '',
}: {
  label: ReactNode;
  items: NavLink[];
  children?: ReactNode;
  buttonClassName?: string;
  panelClassName?: string;
}) {
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const pathname = usePathname() ?? '';
  // Open only on the page where it was opened, so following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpenOn(null);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className={buttonClassName}
      >
        {label}
        <span aria-hidden="true" className={`ml-1 inline-block text-xs ${open ? 'rotate-180' : ''}`}>
          ▼
        </span>
      </button>
      <div id={panelId} hidden={!open} className={panelClassName}>
        <ul className="list-none">
          {items.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrentPath(item.href, pathname) ? 'page' : undefined}
                className="flex min-h-11 items-center px-4 py-2 text-[var(--link)] underline underline-offset-2 hover:decoration-2 aria-[current=page]:font-bold"
              >
                {item.label}
              </Link>
            </li>
          ))}
          {children}
        </ul>
      </div>
    </div>
  );
}
