'use client';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Props = {
  action: FormAction;
  activityId: number;
  /** Opening and closing times as datetime-local values in UK time ("" for none). */
  initial: { anonymous: boolean; introHtml: string; thankYouText: string; opensAt: string; closesAt: string };
  /** Responses already given anonymously: the form cannot switch to recording names. */
  lockedAnonymous: boolean;
};

/** Feedback settings: introduction, thank-you message, anonymous or named, and when it takes responses. */
export function FeedbackSettingsForm({ action, activityId, initial, lockedAnonymous }: Props) {
  const { formAction, formKey, message, fieldErrors, done, value, checked } = useActionForm(action);
  return (
    <form action={formAction} key={formKey} className="mt-4">
      {done ? (
        <p role="status" className="mb-4 font-semibold text-green-800">
          {done}
        </p>
      ) : null}
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <input type="hidden" name="activityId" value={activityId} />
      <TextAreaField
        name="introHtml"
        label="Introduction"
        hint="Shown above the questions. Simple HTML is allowed (paragraphs, lists, links)."
        optional
        defaultValue={value('introHtml', initial.introHtml)}
        error={fieldErrors.introHtml}
      />
      <TextAreaField
        name="thankYouText"
        label="Thank-you message"
        hint="Shown when someone sends their feedback."
        optional
        rows={2}
        defaultValue={value('thankYouText', initial.thankYouText)}
        error={fieldErrors.thankYouText}
      />
      <TextField
        type="datetime-local"
        name="opensAt"
        label="Opens"
        hint="UK time. Leave empty to take feedback straight away. Before then learners see when it opens."
        optional
        className="max-w-xs"
        defaultValue={value('opensAt', initial.opensAt)}
        error={fieldErrors.opensAt}
      />
      <TextField
        type="datetime-local"
        name="closesAt"
        label="Closes"
        hint="UK time. Leave empty to keep it open. After then learners see that it has closed."
        optional
        className="max-w-xs"
        defaultValue={value('closesAt', initial.closesAt)}
        error={fieldErrors.closesAt}
      />
      <CheckboxField
        name="anonymous"
        value="yes"
        label="Anonymous: do not show who gave each answer"
        hint={
          lockedAnonymous
            ? 'People have already answered anonymously, so this form stays anonymous.'
            : 'Each person can still answer only once. Results and exports leave out names.'
        }
        defaultChecked={checked('anonymous', initial.anonymous)}
        error={fieldErrors.anonymous}
      />
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
