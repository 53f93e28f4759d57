'use client';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { MAX_CHOICES } from '@/lib/quiz/schemas';

export type QuestionValues = {
  id: number | null;
  type: string;
  name: string;
  textHtml: string;
  generalFeedback: string | null;
  defaultMark: number;
  shuffleChoices: boolean;
  choices: { id: number; textHtml: string; percent: number; feedback: string }[];
};

/** Create or edit a bank question: type, text, marks and up to eight choices with a grade and feedback each. */
export function QuestionForm({
  action: saveQuestionAction,
  courseId,
  initial,
}: {
  action: FormAction;
  courseId: number;
  initial: QuestionValues;
}) {
  const { state: result, formAction, formKey } = useActionForm(saveQuestionAction);
  const state: ActionResult = result ?? { ok: true };
  const values = state.ok ? undefined : state.values;
  const errors = state.ok ? {} : state.fieldErrors;
  const v = (name: string, fallback: string) => values?.[name] ?? fallback;
  const choice = (i: number) => initial.choices[i];

  return (
    <form key={formKey} action={formAction} noValidate>
      {state.ok ? null : <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />}
      <input type="hidden" name="courseId" value={courseId} />
      {initial.id ? <input type="hidden" name="questionId" value={initial.id} /> : null}
      <SelectField
        name="type"
        label="Question type"
        placeholder={null}
        defaultValue={v('type', initial.type)}
        error={errors.type}
        options={[
          { value: 'SINGLE_CHOICE', label: 'Multiple choice, one answer' },
          { value: 'MULTI_CHOICE', label: 'Multiple choice, several answers' },
          { value: 'TRUE_FALSE', label: 'True/false' },
        ]}
      />
      <TextField
        name="name"
        label="Question name"
        hint="A short name to find it in the question bank. Learners do not see it."
        defaultValue={v('name', initial.name)}
        error={errors.name}
      />
      <TextAreaField
        name="textHtml"
        label="Question text"
        defaultValue={v('textHtml', initial.textHtml)}
        error={errors.textHtml}
      />
      <TextField
        name="defaultMark"
        label="Default mark"
        inputMode="decimal"
        className="max-w-32"
        defaultValue={v('defaultMark', String(initial.defaultMark))}
        error={errors.defaultMark}
      />
      <TextAreaField
        name="generalFeedback"
        label="General feedback"
        optional
        rows={3}
        hint="Shown on the review page whatever the learner answered."
        defaultValue={v('generalFeedback', initial.generalFeedback ?? '')}
        error={errors.generalFeedback}
      />
      <CheckboxField
        name="shuffleChoices"
        label="Shuffle the choices"
        defaultChecked={values ? values.shuffleChoices === 'on' : initial.shuffleChoices}
      />

      <fieldset className="mt-6">
        <legend className="text-xl font-bold">Choices</legend>
        <p className="mb-3 text-slate-700">
          Give each choice a grade as a percentage of the mark. One answer: one choice at 100%. Several answers: the
          right choices add up to 100% and wrong ones can take marks off (for example -50%); a question never scores
          below 0. True/false: two choices, “True” and “False”, one at 100% and the other at 0%. Leave rows you do not
          need blank.
        </p>
        {Array.from({ length: MAX_CHOICES }, (_, i) => (
          <div key={i} className="mb-2 border-t border-slate-300 pt-4">
            <input type="hidden" name={`choice.${i}.id`} value={choice(i)?.id ?? ''} />
            <div className="grid gap-x-4 sm:grid-cols-[1fr_9rem]">
              <TextField
                name={`choice.${i}.text`}
                label={`Choice ${i + 1}`}
                optional={i >= 2}
                defaultValue={v(`choice.${i}.text`, choice(i)?.textHtml ?? '')}
                error={errors[`choice.${i}.text`]}
              />
              <TextField
                name={`choice.${i}.percent`}
                label="Grade (%)"
                inputMode="decimal"
                defaultValue={v(
                  `choice.${i}.percent`,
                  choice(i) ? String(Math.round(choice(i)!.percent * 1000) / 1000) : '0',
                )}
                error={errors[`choice.${i}.percent`]}
              />
            </div>
            <TextField
              name={`choice.${i}.feedback`}
              label={`Feedback for choice ${i + 1}`}
              optional
              defaultValue={v(`choice.${i}.feedback`, choice(i)?.feedback ?? '')}
              error={errors[`choice.${i}.feedback`]}
            />
          </div>
        ))}
      </fieldset>
      <SubmitButton>Save question</SubmitButton>
    </form>
  );
}
