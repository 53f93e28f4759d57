import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { buttonClass } from '@/components/ui/button';
import { ProgressBar } from '@/components/learning/progress-bar';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getFeedbackResults } from '@/lib/feedback/queries';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Feedback results' };

export default async function FeedbackResultsPage({ params }: { params: Promise<{ activityId: string }> }) {
  const viewer = await requireAdminPage();
  const activityId = parseIdParam((await params).activityId);
  const page = await pageOrNotFound(() => getFeedbackResults(viewer, activityId));
  const shown = page.items.filter((i) => i.summary.kind !== 'none');
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: page.course.fullName, href: `/admin/courses/${page.course.id}/activities` },
          { label: page.activity.name, href: `/admin/feedback/${activityId}` },
          { label: 'Results' },
        ]}
      />
      <h1 className="text-3xl font-bold">Results: {page.activity.name}</h1>
      <p className="mt-2 text-lg">
        {page.responseCount} {page.responseCount === 1 ? 'response' : 'responses'} ·{' '}
        {page.anonymous ? 'anonymous (names are not recorded in the results)' : 'named'}
      </p>
      {page.responseCount > 0 ? (
        <p className="mt-4">
          <a href={`/admin/feedback/${activityId}/results.csv`} className={buttonClass('secondary')}>
            Export responses (CSV)
          </a>
        </p>
      ) : (
        <p className="mt-4">Nobody has sent feedback yet.</p>
      )}
      {shown.map((item, index) => {
        const s = item.summary;
        if (s.kind === 'none') return null;
        return (
          <section key={item.id} className="mt-8 border-t border-slate-300 pt-4" aria-labelledby={`q-${item.id}`}>
            {item.groupLabel ? <p className="text-slate-700">{item.groupLabel}</p> : null}
            <h2 id={`q-${item.id}`} className="text-xl font-bold">
              {index + 1}. {item.label}
            </h2>
            <p className="mt-1">
              {s.answered} {s.answered === 1 ? 'answer' : 'answers'}
              {s.kind === 'scale' && s.average !== null ? (
                <>
                  {' '}
                  · average <strong>{s.average.toFixed(2)}</strong> out of 4
                </>
              ) : null}
            </p>
            {s.kind === 'scale' || s.kind === 'choice' ? (
              <table className="mt-2 w-full max-w-2xl text-left">
                <caption className="sr-only">Answers to {item.label}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-800">
                    <th scope="col" className="py-2 pr-4">
                      Answer
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Count
                    </th>
                    <th scope="col" className="py-2">
                      Share
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {s.distribution.map((d) => (
                    <tr key={d.value} className="border-b border-slate-300">
                      <th scope="row" className="py-2 pr-4 font-normal">
                        {d.label}
                      </th>
                      <td className="py-2 pr-4">{d.count}</td>
                      <td className="py-2">
                        <ProgressBar percent={d.percent} label={`of answers chose ${d.label}`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {s.kind === 'text' ? (
              item.texts.length === 0 ? (
                <p className="mt-2 text-slate-700">No answers.</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {item.texts.map((t, i) => (
                    <li key={i} className="border-l-4 border-slate-300 pl-3">
                      <p className="whitespace-pre-line">{t.value}</p>
                      {t.by ? <p className="text-sm text-slate-600">{t.by}</p> : null}
                    </li>
                  ))}
                </ul>
              )
            ) : null}
          </section>
        );
      })}
      <p className="mt-10">
        <Link href={`/admin/feedback/${activityId}`} className="text-[var(--link)] underline">
          Back to the questions
        </Link>
      </p>
    </div>
  );
}
