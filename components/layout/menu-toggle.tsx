'use client';
import { usePathname } from 'next/navigation';
import { useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

const noSubscription = () => () => {};

/** On narrow screens a "Menu" button shows and hides the task bar; from 768px wide the task bar is always shown. */
export function MenuToggle({ panelId, children }: { panelId: string; children: ReactNode }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const pathname = usePathname() ?? '';
  // Open only on the page where it was opened, so following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  // False in the server HTML, true once React runs here (tests wait for it before using the menus).
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="inline-flex min-h-11 items-center gap-2 rounded border-2 border-white px-3 py-2 font-semibold text-white md:hidden"
      >
        Menu
        <span aria-hidden="true" className="text-xs">
          {open ? '▲' : '▼'}
        </span>
      </button>
      <div
        id={panelId}
        data-ready={hydrated}
        className={`${open ? 'block' : 'hidden'} w-full md:block`}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            setOpen(false);
            buttonRef.current?.focus();
          }
        }}
      >
        {children}
      </div>
    </>
  );
}
