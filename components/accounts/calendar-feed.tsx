import { buttonClass } from '@/components/ui/button';

type Props = {
  url: string | null;
  createAction: (formData: FormData) => Promise<void>;
  turnOffAction: (formData: FormData) => Promise<void>;
};

/** The profile's private calendar feed: the subscription link, a new link (the old one stops), or off. */
export function CalendarFeed({ url, createAction, turnOffAction }: Props) {
  return (
    <section aria-labelledby="calendar-heading" className="mb-8">
      <h2 id="calendar-heading" className="mb-2 text-2xl font-bold">
        Calendar feed
      </h2>
      <p className="mb-4">
        Add your workshop bookings and your certification dates (renewal windows, expiry and due dates) to Outlook or
        Google Calendar. Subscribe to the link from your calendar app (in Outlook: Add calendar, then Subscribe from
        web). Keep the link private: anyone with it can see these dates.
      </p>
      {url ? (
        <>
          <label htmlFor="calendar-url" className="block text-lg font-semibold">
            Your calendar link
          </label>
          <input
            id="calendar-url"
            readOnly
            value={url}
            className="mt-2 mb-4 block w-full max-w-2xl border-2 border-slate-800 bg-slate-50 px-3 py-2 font-mono text-sm"
          />
          <div className="flex flex-wrap gap-4">
            <form action={createAction}>
              <button type="submit" className={buttonClass('secondary')}>
                Create a new link
              </button>
            </form>
            <form action={turnOffAction}>
              <button type="submit" className={buttonClass('warning')}>
                Turn off the calendar feed
              </button>
            </form>
          </div>
          <p className="mt-2 text-slate-700">A new link, or turning the feed off, stops the old link working.</p>
        </>
      ) : (
        <form action={createAction}>
          <button type="submit" className={buttonClass('primary')}>
            Create my calendar link
          </button>
        </form>
      )}
    </section>
  );
}
