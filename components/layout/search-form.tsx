/** The task bar's course search: a plain GET form, so it works before scripts load. */
export function SearchForm() {
  return (
    <form
      role="search"
      aria-label="Site"
      action="/find-learning"
      method="get"
      className="flex w-full items-stretch md:w-auto"
    >
      <label htmlFor="task-bar-search" className="sr-only">
        Search for courses
      </label>
      <input
        id="task-bar-search"
        name="q"
        type="search"
        autoComplete="off"
        maxLength={200}
        className="min-h-11 w-full min-w-0 border-2 border-slate-900 bg-white px-3 py-2 text-base text-slate-900 md:w-56"
      />
      <button
        type="submit"
        className="min-h-11 shrink-0 border-2 border-l-0 border-slate-900 bg-slate-100 px-4 font-semibold text-slate-900 hover:bg-slate-200"
      >
        Search
      </button>
    </form>
  );
}
