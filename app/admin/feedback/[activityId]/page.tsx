import type { Metadata } from 'next';
import Link from 'next/link';
import { FeedbackItemForm } from '@/components/feedback/admin/item-form';
import { FeedbackSettingsForm } from '@/components/feedback/admin/settings-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { buttonClass } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getFeedbackAdmin } from '@/lib/feedback/queries';
import { ITEM_TYPE_LABELS } from '@/lib/feedback/rules';
import { parseIdParam } from '@/lib/validation';
import { utcToWallClock } from '@/lib/workshops/rules';
import { addFeedbackItemAction, moveFeedbackItemAction, updateFeedbackSettingsAction } from '../actions';

export const metadata: Metadata = { title: 'Feedback form' };

const BANNERS: Record<string, string> = {
  created: 'Feedback activity added. Add its questions below.',
  added: 'Question added.',
  saved: 'Question saved.',
  deleted: 'Question deleted.',
};

export default async function FeedbackAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ activityId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireAdminPage();
  const activityId = parseIdParam((await params).activityId);
  const page = await pageOrNotFound(() => getFeedbackAdmin(viewer, activityId));
  const flags = await searchParams;
  const banner = Object.keys(BANNERS).find((k) => flags[k]);
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Courses', href: '/admin/courses' },
          { label: page.course.fullName, href: `/admin/courses/${page.course.id}/activities` },
          { label: page.activity.name },
        ]}
      />
      {banner ? <NotificationBanner tone="success">{BANNERS[banner]}</NotificationBanner> : null}
      <h1 className="text-3xl font-bold">{page.activity.name}</h1>
      <p className="mt-2 text-lg">
        {page.course.fullName} ·{' '}
        <Link href={`/admin/feedback/${activityId}/results`} className="text-[var(--link)] underline">
          Results ({page.responseCount} {page.responseCount === 1 ? 'response' : 'responses'})
        </Link>{' '}
        ·{' '}
        <Link href={`/feedback/${activityId}`} className="text-[var(--link)] underline">
          Learner view
        </Link>{' '}
        ·{' '}
        <Link href={`/admin/activities/${activityId}`} className="text-[var(--link)] underline">
          Activity settings (name, completion, restrictions)
        </Link>
      </p>
      <p className="mt-2">
        Use the activity&apos;s restrictions to open the form only once other activities are done (for example
        &quot;Available after you complete Book your workshop&quot;).
      </p>

      <h2 className="mt-10 text-2xl font-bold">Questions</h2>
      {page.items.length === 0 ? (
        <p className="mt-2">There are no questions yet. Learners cannot send feedback until you add one.</p>
      ) : (
        <ol className="mt-4 list-none">
          {page.items.map((item, index) => (
            <li key={item.id} className="border-b border-slate-300 py-4">
              <p className="text-sm text-slate-600">
                {ITEM_TYPE_LABELS[item.type]}
                {item.type === 'LABEL' ? '' : item.required ? ' · required' : ' · optional'} · {item.answerCount}{' '}
                {item.answerCount === 1 ? 'answer' : 'answers'}
              </p>
              {item.groupLabel ? <p className="text-slate-700">{item.groupLabel}</p> : null}
              <p className="text-lg font-semibold">{item.label}</p>
              {item.type === 'DROPDOWN' ? <p className="text-slate-700">Choices: {item.options.join(', ')}</p> : null}
              <div className="mt-2 flex flex-wrap items-center gap-4">
                <Link href={`/admin/feedback/${activityId}/items/${item.id}`} className="text-[var(--link)] underline">
                  Edit<span className="sr-only"> question {index + 1}</span>
                </Link>
                {index > 0 ? (
                  <form action={moveFeedbackItemAction}>
                    <input type="hidden" name="itemId" value={item.id} />
                    <input type="hidden" name="direction" value="up" />
                    <button type="submit" className={buttonClass('secondary')}>
                      Move up<span className="sr-only"> question {index + 1}</span>
                    </button>
                  </form>
                ) : null}
                {index < page.items.length - 1 ? (
                  <form action={moveFeedbackItemAction}>
                    <input type="hidden" name="itemId" value={item.id} />
                    <input type="hidden" name="direction" value="down" />
                    <button type="submit" className={buttonClass('secondary')}>
                      Move down<span className="sr-only"> question {index + 1}</span>
                    </button>
                  </form>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}

      <h2 className="mt-10 text-2xl font-bold">Add a question</h2>
      <FeedbackItemForm action={addFeedbackItemAction} fields={{ activityId }} submitText="Add question" />

      <h2 className="mt-12 border-t border-slate-300 pt-6 text-2xl font-bold">Settings</h2>
      <FeedbackSettingsForm
        action={updateFeedbackSettingsAction}
        activityId={activityId}
        initial={{
          anonymous: page.form.anonymous,
          introHtml: page.form.introHtml ?? '',
          thankYouText: page.form.thankYouText ?? '',
          opensAt: page.form.opensAt ? utcToWallClock(page.form.opensAt) : '',
          closesAt: page.form.closesAt ? utcToWallClock(page.form.closesAt) : '',
        }}
        lockedAnonymous={page.form.anonymous && page.responseCount > 0}
      />
    </div>
  );
}
