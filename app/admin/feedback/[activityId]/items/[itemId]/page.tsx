import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FeedbackItemForm } from '@/components/feedback/admin/item-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { buttonClass } from '@/components/ui/button';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getFeedbackAdmin } from '@/lib/feedback/queries';
import { parseIdParam } from '@/lib/validation';
import { deleteFeedbackItemAction, updateFeedbackItemAction } from '../../../actions';

export const metadata: Metadata = { title: 'Edit question' };

export default async function EditFeedbackItemPage({
  params,
}: {
  params: Promise<{ activityId: string; itemId: string }>;
}) {
  const viewer = await requireAdminPage();
  const raw = await params;
  const activityId = parseIdParam(raw.activityId);
  const itemId = parseIdParam(raw.itemId);
  const page = await pageOrNotFound(() => getFeedbackAdmin(viewer, activityId));
  const item = page.items.find((i) => i.id === itemId);
  if (!item) notFound();
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: page.course.fullName, href: `/admin/courses/${page.course.id}/activities` },
          { label: page.activity.name, href: `/admin/feedback/${activityId}` },
          { label: 'Edit question' },
        ]}
      />
      <h1 className="text-3xl font-bold">Edit question</h1>
      {item.answerCount > 0 ? (
        <p className="mt-2">
          {item.answerCount} {item.answerCount === 1 ? 'person has' : 'people have'} answered this question, so its type
          cannot change. Rewording it changes how earlier answers read in the results.
        </p>
      ) : null}
      <FeedbackItemForm
        action={updateFeedbackItemAction}
        fields={{ itemId }}
        submitText="Save question"
        initial={{
          type: item.type,
          label: item.label,
          hint: item.hint ?? '',
          groupLabel: item.groupLabel ?? '',
          options: item.options.join('\n'),
          required: item.required,
        }}
      />
      <h2 className="mt-12 border-t border-slate-300 pt-6 text-2xl font-bold">Delete this question</h2>
      <p className="mt-2">
        {item.answerCount > 0
          ? `Its ${item.answerCount} ${item.answerCount === 1 ? 'answer is' : 'answers are'} deleted with it. You cannot undo this.`
          : 'You cannot undo this.'}
      </p>
      <form action={deleteFeedbackItemAction} className="mt-4">
        <input type="hidden" name="itemId" value={item.id} />
        <button type="submit" className={buttonClass('warning')}>
          Delete this question
        </button>
      </form>
    </div>
  );
}
