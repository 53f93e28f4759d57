'use client';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/action-result';

function Message({ state }: { state: ActionResult | null }) {
  if (!state) return null;
  return (
    <p
      role={state.ok ? 'status' : 'alert'}
      className={`mt-2 text-sm font-semibold ${state.ok ? 'text-green-800' : 'text-red-700'}`}
    >
      {state.message}
    </p>
  );
}

/** "Mark as done" for an activity the learner completes by hand. */
export function MarkActivityForm({
  action,
  courseId,
  activityId,
  activityName,
  done,
}: {
  action: FormAction;
  courseId: number;
  activityId: number;
  activityName: string;
  done: boolean;
}) {
  const { state, formAction } = useActionForm(action);
  return (
    <form action={formAction} className="mt-2">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="complete" value={done ? 'no' : 'yes'} />
      <SubmitButton variant="secondary" pendingText="Saving…" className="text-sm">
        {done ? 'Mark as not done' : 'Mark as done'}
        <span className="sr-only">: {activityName}</span>
      </SubmitButton>
      <Message state={state} />
    </form>
  );
}

/** "Mark this course as complete" for courses with a self-completion criterion. */
export function MarkCourseCompleteForm({ action, courseId }: { action: FormAction; courseId: number }) {
  const { state, formAction } = useActionForm(action);
  return (
    <form action={formAction} className="mt-4">
      <input type="hidden" name="courseId" value={courseId} />
      <SubmitButton variant="secondary" pendingText="Saving…">
        Mark this course as complete
      </SubmitButton>
      <Message state={state} />
    </form>
  );
}
