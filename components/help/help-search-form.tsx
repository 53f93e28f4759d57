import { buttonClass } from '@/components/ui/button';
import { HELP_QUERY_MAX } from '@/lib/help/search';

/** Search over help topics: a plain GET form to /help, so it works before scripts load. */
export function HelpSearchForm({ query = '' }: { query?: string }) {
  return (
    <form role="search" aria-label="Help" action="/help" method="get" className="mt-6">
      <label htmlFor="help-q" className="block text-lg font-semibold">
        Search help
      </label>
      <p id="help-q-hint" className="text-slate-700">
        For example: pop-ups, cost code, certificate date
      </p>
      <div className="mt-2 flex max-w-xl items-stretch">
        <input
          id="help-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={HELP_QUERY_MAX}
          aria-describedby="help-q-hint"
          autoComplete="off"
          className="min-h-11 w-full min-w-0 border-2 border-slate-900 px-3 py-2 text-base"
        />
        <button type="submit" className={buttonClass('primary', 'shrink-0')}>
          Search
        </button>
      </div>
    </form>
  );
}
