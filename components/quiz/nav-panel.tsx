import type { NavItem } from '@/lib/quiz/queries';

/** Question buttons: each saves the page and jumps to that question's page (free navigation only). */
export function QuizNavPanel({
  nav,
  currentPage,
  canJump,
  disabled,
}: {
  nav: NavItem[];
  currentPage: number;
  canJump: boolean;
  disabled?: boolean;
}) {
  return (
    <details open className="mt-4 border border-slate-300 p-3 [&:not([open])]:pb-3">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">Quiz navigation</summary>
      <ol className="mt-2 flex list-none flex-wrap gap-2">
        {nav.map((item) => {
          const answered = item.status === 'Answer saved';
          const current = item.page === currentPage;
          const look = `flex size-11 items-center justify-center border-2 font-semibold ${
            answered ? 'border-slate-800 bg-slate-300' : 'border-slate-500 bg-white'
          } ${current ? 'outline-3 outline-offset-1 outline-[var(--brand)]' : ''}`;
          const label = `Question ${item.number}, ${item.status.toLowerCase()}${current ? ', this page' : ''}`;
          return (
            <li key={item.slot}>
              {canJump ? (
                <button
                  type="submit"
                  name="goto"
                  value={item.page}
                  disabled={disabled}
                  className={`${look} focus-visible:outline-3 focus-visible:outline-[var(--focus)]`}
                  aria-label={label}
                >
                  {item.number}
                </button>
              ) : (
                <span className={look} aria-label={label} role="img">
                  {item.number}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="mt-2 text-sm text-slate-700">Shaded: answer saved.</p>
    </details>
  );
}
