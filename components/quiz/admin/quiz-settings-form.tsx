'use client';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { MAX_BANDS } from '@/lib/quiz/schemas';

export type QuizSettingsValues = {
  name: string;
  introHtml: string | null;
  maxGrade: number;
  passPercent: number | null;
  attemptsAllowed: number;
  gradingMethod: string;
  timeLimitSeconds: number | null;
  overdueHandling: string;
  questionsPerPage: number;
  navigation: string;
  shuffleChoices: boolean;
  reviewShowCorrectness: boolean;
  reviewShowMarks: boolean;
  reviewShowFeedback: boolean;
  reviewShowRightAnswer: boolean;
  reviewShowGeneralFeedback: boolean;
  reviewShowOverallFeedback: boolean;
  feedbackBands: { minPercent: number; feedback: string }[];
};

/** Quiz settings, review options and overall feedback bands. Values typed are kept when saving fails. */
export function QuizSettingsForm({
  action: updateQuizSettingsAction,
  activityId,
  initial,
}: {
  action: FormAction;
  activityId: number;
  initial: QuizSettingsValues;
}) {
  const { state: result, formAction, formKey } = useActionForm(updateQuizSettingsAction);
  const state: ActionResult = result ?? { ok: true };
  const values = state.ok ? undefined : state.values;
  const errors = state.ok ? {} : state.fieldErrors;
  // After a failed save, checkboxes come back from what was sent (unticked boxes are not sent at all).
  const checked = (name: keyof QuizSettingsValues) => (values ? values[name] === 'on' : Boolean(initial[name]));
  const v = (name: string, fallback: string) => values?.[name] ?? fallback;
  const band = (i: number) => initial.feedbackBands[i];

  return (
    <form key={formKey} action={formAction} noValidate>
      {state.ok ? null : <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />}
      {state.ok && state.message ? (
        <p role="status" className="mb-6 border-l-4 border-green-800 bg-green-50 p-4 font-semibold">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="activityId" value={activityId} />
      <TextField name="name" label="Quiz name" defaultValue={v('name', initial.name)} error={errors.name} />
      <TextAreaField
        name="introHtml"
        label="Introduction"
        optional
        hint="Shown on the quiz page before the learner starts."
        defaultValue={v('introHtml', initial.introHtml ?? '')}
        error={errors.introHtml}
      />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField
          name="passPercent"
          label="Pass mark (%)"
          optional
          hint="Leave blank for no pass mark."
          inputMode="decimal"
          defaultValue={v('passPercent', initial.passPercent === null ? '' : String(initial.passPercent))}
          error={errors.passPercent}
        />
        <TextField
          name="maxGrade"
          label="Maximum grade"
          inputMode="decimal"
          defaultValue={v('maxGrade', String(initial.maxGrade))}
          error={errors.maxGrade}
        />
        <TextField
          name="attemptsAllowed"
          label="Attempts allowed"
          hint="0 means unlimited."
          inputMode="numeric"
          defaultValue={v('attemptsAllowed', String(initial.attemptsAllowed))}
          error={errors.attemptsAllowed}
        />
        <SelectField
          name="gradingMethod"
          label="Grading method"
          placeholder={null}
          defaultValue={v('gradingMethod', initial.gradingMethod)}
          error={errors.gradingMethod}
          options={[
            { value: 'HIGHEST', label: 'Highest grade' },
            { value: 'AVERAGE', label: 'Average grade' },
            { value: 'FIRST', label: 'First attempt' },
            { value: 'LAST', label: 'Last attempt' },
          ]}
        />
        <TextField
          name="timeLimitMinutes"
          label="Time limit (minutes)"
          optional
          hint="Leave blank for no time limit."
          inputMode="numeric"
          defaultValue={v(
            'timeLimitMinutes',
            initial.timeLimitSeconds ? String(Math.round(initial.timeLimitSeconds / 60)) : '',
          )}
          error={errors.timeLimitMinutes}
        />
        <SelectField
          name="overdueHandling"
          label="When time runs out"
          placeholder={null}
          defaultValue={v('overdueHandling', initial.overdueHandling)}
          error={errors.overdueHandling}
          options={[
            { value: 'AUTOSUBMIT', label: 'Submit the attempt automatically' },
            { value: 'GRACE_PERIOD', label: 'Allow a grace period to submit, without changing answers' },
            { value: 'ABANDON', label: 'Attempts must be submitted before time runs out, or they do not count' },
          ]}
        />
        <TextField
          name="questionsPerPage"
          label="Questions per page"
          hint="0 puts every question on one page."
          inputMode="numeric"
          defaultValue={v('questionsPerPage', String(initial.questionsPerPage))}
          error={errors.questionsPerPage}
        />
        <SelectField
          name="navigation"
          label="Navigation"
          placeholder={null}
          defaultValue={v('navigation', initial.navigation)}
          error={errors.navigation}
          options={[
            { value: 'FREE', label: 'Free: learners can move between pages in any order' },
            { value: 'SEQUENTIAL', label: 'Sequential: forward only' },
          ]}
        />
      </div>
      <CheckboxField
        name="shuffleChoices"
        label="Shuffle the choices within questions"
        defaultChecked={checked('shuffleChoices')}
      />

      <fieldset className="mt-6">
        <legend className="text-xl font-bold">Review options</legend>
        <p className="mb-3 text-slate-700">
          What learners see when they review a submitted attempt. Correct answers are never sent before an attempt is
          submitted.
        </p>
        <CheckboxField
          name="reviewShowCorrectness"
          label="Whether each answer is correct"
          defaultChecked={checked('reviewShowCorrectness')}
        />
        <CheckboxField name="reviewShowMarks" label="Marks and grade" defaultChecked={checked('reviewShowMarks')} />
        <CheckboxField
          name="reviewShowFeedback"
          label="Feedback on the choices picked"
          defaultChecked={checked('reviewShowFeedback')}
        />
        <CheckboxField
          name="reviewShowGeneralFeedback"
          label="General feedback for each question"
          defaultChecked={checked('reviewShowGeneralFeedback')}
        />
        <CheckboxField
          name="reviewShowRightAnswer"
          label="The right answer"
          defaultChecked={checked('reviewShowRightAnswer')}
        />
        <CheckboxField
          name="reviewShowOverallFeedback"
          label="Overall feedback"
          defaultChecked={checked('reviewShowOverallFeedback')}
        />
      </fieldset>

      <fieldset className="mt-6">
        <legend className="text-xl font-bold">Overall feedback</legend>
        <p className="mb-3 text-slate-700">
          Shown for grades at or above each boundary, up to the next one. For example 70% “Well done, you passed” and 0%
          “Sorry! You haven’t reached the necessary level to pass”.
        </p>
        {Array.from({ length: MAX_BANDS }, (_, i) => (
          <div key={i} className="mb-2 grid gap-x-4 border-t border-slate-300 pt-4 sm:grid-cols-[10rem_1fr]">
            <TextField
              name={`band.${i}.minPercent`}
              label={`Boundary ${i + 1} (%)`}
              optional
              inputMode="decimal"
              defaultValue={v(`band.${i}.minPercent`, band(i) ? String(band(i)!.minPercent) : '')}
              error={errors[`band.${i}.minPercent`]}
            />
            <TextAreaField
              name={`band.${i}.feedback`}
              label={`Feedback ${i + 1}`}
              optional
              rows={2}
              defaultValue={v(`band.${i}.feedback`, band(i)?.feedback ?? '')}
              error={errors[`band.${i}.feedback`]}
            />
          </div>
        ))}
      </fieldset>
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
