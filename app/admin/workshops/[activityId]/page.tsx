import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { QuestionForm } from '@/components/workshops/admin/question-form';
import { WorkshopSettingsForm } from '@/components/workshops/admin/settings-form';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getWorkshopAdmin } from '@/lib/workshops/admin-queries';
import { formatDateTimeRange } from '@/lib/format';
import { deleteQuestionAction } from '../actions';
import { addQuestionAction, saveSettingsAction } from '@/app/admin/workshops/actions';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Manage workshop' };

export default async function AdminWorkshopPage({
  params,
  searchParams,
}: {
  params: Promise<{ activityId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { activityId } = await params;
  const created = (await searchParams).created === '1';
  const viewer = await requireAdminPage();
  const { workshop, sessions, audiences } = await pageOrNotFound(() =>
    getWorkshopAdmin(viewer, parseIdParam(activityId)),
  );
  const w = workshop;
  const defaults: Record<string, string> = {
    details: w.detailsHtml ?? '',
    eligibleAudienceId: w.eligibleAudienceId ? String(w.eligibleAudienceId) : '',
    approval: w.approval,
    terms: w.termsHtml ?? '',
    cancellationPolicy: w.cancellationPolicy,
    cancellationCutoffHours: w.cancellationCutoffHours ? String(w.cancellationCutoffHours) : '',
    cancellationFee: w.cancellationFeePence ? (w.cancellationFeePence / 100).toFixed(2) : '',
    cancellationPolicyText: w.cancellationPolicyHtml ?? '',
    cancellationReasons: w.cancellationReasons.join('\n'),
    reminderDays: w.reminderDaysBefore.join(', '),
    ...(w.allowMultipleBookings ? { allowMultipleBookings: 'on' } : {}),
    ...(w.copyManager ? { copyManager: 'on' } : {}),
    ...(w.sendEvaluationRequest ? { sendEvaluationRequest: 'on' } : {}),
  };
  return (
    <>
      <Breadcrumbs items={[{ label: 'Workshops', href: '/admin/workshops' }, { label: w.activity.name }]} />
      {created ? (
        <NotificationBanner tone="success">
          Workshop added. Now add its sessions and check the booking settings below.
        </NotificationBanner>
      ) : null}
      <h1 className="text-3xl font-bold">
        {w.activity.course.fullName}: {w.activity.name}
      </h1>
      <p className="mt-2 text-lg">
        <Link href={`/admin/activities/${w.activityId}`} className="text-[var(--link)] underline">
          Activity settings (name, completion, restrictions)
        </Link>
      </p>
      <section className="mt-6">
        <h2 className="text-2xl font-bold">Sessions</h2>
        <p className="mt-2">
          <Link href={`/admin/workshops/${w.activityId}/sessions/new`} className={buttonClass('primary')}>
            Add a session
          </Link>
        </p>
        {sessions.length === 0 ? (
          <p className="mt-4">No sessions yet.</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-300 border-y border-slate-300">
            {sessions.map((s) => (
              <li key={s.id} className="py-3">
                <Link href={`/admin/workshops/sessions/${s.id}`} className="font-semibold text-[var(--link)] underline">
                  {s.dates[0]
                    ? formatDateTimeRange(s.dates[0].startsAt, s.dates[0].endsAt, s.dates[0].timezone)
                    : 'No dates yet'}
                </Link>
                {s.dates.length > 1 ? ` and ${s.dates.length - 1} more date${s.dates.length > 2 ? 's' : ''}` : ''}
                {s.dates[0]?.room ? `, ${s.dates[0].room.name}` : ''} · {s.capacityText}
                {s.status === 'CANCELLED' ? ' · Cancelled' : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="mt-8">
        <h2 className="text-2xl font-bold">Booking questions</h2>
        {w.questions.length ? (
          <ul className="mt-2 space-y-2">
            {w.questions.map((q) => (
              <li key={q.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {q.label} ({q.type === 'SELECT' ? `one of: ${q.options.join(', ')}` : q.type.toLowerCase()}
                  {q.required ? ', required' : ', optional'})
                </span>
                <form action={deleteQuestionAction}>
                  <input type="hidden" name="activityId" value={w.activityId} />
                  <input type="hidden" name="questionId" value={q.id} />
                  <button type="submit" className="min-h-11 text-[var(--link)] underline">
                    Remove<span className="sr-only"> {q.label}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">No questions. Learners sign up without a questionnaire.</p>
        )}
        <QuestionForm action={addQuestionAction} activityId={w.activityId} />
      </section>
      <section className="mt-8">
        <h2 className="text-2xl font-bold">Settings</h2>
        <WorkshopSettingsForm
          action={saveSettingsAction}
          activityId={w.activityId}
          defaults={defaults}
          audiences={audiences}
        />
      </section>
    </>
  );
}
