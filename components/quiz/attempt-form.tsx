'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useRef } from 'react';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { Countdown } from '@/components/quiz/countdown';
import { QuizNavPanel } from '@/components/quiz/nav-panel';
import { QuestionCard, type AttemptQuestion } from '@/components/quiz/question-card';
import { useAutosave } from '@/components/quiz/use-autosave';
import { buttonClass } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { formatTime } from '@/lib/format';
import type { NavItem } from '@/lib/quiz/queries';

type Props = {
  attemptId: number;
  page: number;
  pageCount: number;
  navigation: 'FREE' | 'SEQUENTIAL';
  overdue: boolean;
  deadline: string | null;
  nav: NavItem[];
  questions: AttemptQuestion[];
};

/** One page of a quiz attempt: the questions, the navigation panel, autosave and the time left. */
export function AttemptForm({
  action: saveAttemptPageAction,
  attemptId,
  page,
  pageCount,
  navigation,
  overdue,
  deadline,
  nav,
  questions,
}: Props & { action: FormAction }) {
  const { formAction, pending, failed } = useActionForm(saveAttemptPageAction);
  const form = useRef<HTMLFormElement>(null);
  const summaryButton = useRef<HTMLButtonElement>(null);
  const router = useRouter();
  const onClosed = useCallback(() => router.push(`/quiz/attempts/${attemptId}/review`), [attemptId, router]);
  const { status, markDirty } = useAutosave(form, attemptId, page, onClosed);
  const onExpire = useCallback(() => summaryButton.current?.click(), []);
  const free = navigation === 'FREE';

  return (
    <form
      ref={form}
      action={formAction}
      onChange={markDirty}
      className="gap-8 md:grid md:grid-cols-[minmax(0,1fr)_14rem]"
    >
      <input type="hidden" name="attemptId" value={attemptId} />
      <div className="min-w-0">
        {deadline ? (
          <div className="mb-6 border-2 border-slate-800 p-3 sm:inline-block">
            <Countdown deadline={deadline} onExpire={onExpire} />
          </div>
        ) : null}
        {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} /> : null}
        {overdue ? (
          <div className="mb-6 border-l-4 border-red-700 bg-red-50 p-4" role="alert">
            Time is up. You can no longer change your answers, but you can still submit this attempt.
          </div>
        ) : null}
        {questions.map((q) => (
          <QuestionCard key={q.slot} question={q} disabled={overdue} />
        ))}
        <div className="mt-6 flex flex-wrap gap-4">
          {free && page > 1 ? (
            <button type="submit" name="goto" value={page - 1} disabled={pending} className={buttonClass('secondary')}>
              Previous page
            </button>
          ) : null}
          {page < pageCount ? (
            <button type="submit" name="goto" value={page + 1} disabled={pending} className={buttonClass('primary')}>
              Next page
            </button>
          ) : null}
          <button
            ref={summaryButton}
            type="submit"
            name="goto"
            value="summary"
            disabled={pending}
            className={buttonClass(page < pageCount ? 'secondary' : 'primary')}
          >
            Finish attempt…
          </button>
        </div>
        <p className="mt-4 text-slate-700" aria-live="polite">
          {pending
            ? 'Saving your answers…'
            : status.kind === 'saving'
              ? 'Saving your answers…'
              : status.kind === 'saved'
                ? `Your answers were saved at ${formatTime(status.at)}.`
                : status.kind === 'failed'
                  ? 'We could not save your answers just now. Check your connection: we will try again, and they are saved when you change page.'
                  : 'Your answers are saved when you change page, every minute, and when you leave.'}
        </p>
      </div>
      <aside className="mt-8 md:mt-0" aria-label="Quiz navigation">
        <QuizNavPanel nav={nav} currentPage={page} canJump={free} disabled={pending} />
      </aside>
    </form>
  );
}
