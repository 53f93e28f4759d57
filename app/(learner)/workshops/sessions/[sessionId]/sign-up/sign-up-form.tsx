'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId } from '@/components/ui/field-id';
import { FieldShell, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
import { signUpAction } from './actions';

type Question = {
  id: number;
  label: string;
  hint: string | null;
  type: 'TEXT' | 'TEXTAREA' | 'SELECT' | 'CHECKBOX';
  options: string[];
  required: boolean;
};

export function SignUpForm(props: {
  sessionId: number;
  selfAuthorisation: boolean;
  termsHtml: string | null;
  costCodeRequired: boolean;
  costCodeReason: string;
  questions: Question[];
  waitlist: boolean;
}) {
  const [state, action] = useActionState<ActionResult | null, FormData>(signUpAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok ? state.values : undefined) ?? {};
  return (
    <form action={action} noValidate className="mt-6">
      <ErrorSummary message={state && !state.ok ? state.message : undefined} fieldErrors={errors} />
      <input type="hidden" name="sessionId" value={props.sessionId} />
      {props.questions.length > 0 ? (
        <fieldset className="mb-6">
          <legend className="mb-4 text-2xl font-bold">Booking information</legend>
          {props.questions.map((q) => {
            const name = `answers.${q.id}`;
            const common = {
              name,
              label: q.label,
              hint: q.hint ?? undefined,
              error: errors[name],
              optional: !q.required,
              defaultValue: values[name] ?? '',
            };
            if (q.type === 'TEXTAREA') return <TextAreaField key={q.id} rows={4} {...common} />;
            if (q.type === 'SELECT')
              return <SelectField key={q.id} options={q.options.map((o) => ({ value: o, label: o }))} {...common} />;
            if (q.type === 'CHECKBOX') {
              return (
                <div key={q.id} className={`mb-6 ${errors[name] ? 'border-l-4 border-red-700 pl-4' : ''}`}>
                  {errors[name] ? <p className="font-semibold text-red-700">{errors[name]}</p> : null}
                  <label className="flex min-h-11 items-center gap-3">
                    <input
                      id={fieldId(name)}
                      type="checkbox"
                      name={name}
                      value="Yes"
                      defaultChecked={values[name] === 'Yes'}
                      className="size-6"
                    />
                    <span>
                      {q.label}
                      {q.required ? '' : ' (optional)'}
                    </span>
                  </label>
                </div>
              );
            }
            return <TextField key={q.id} {...common} />;
          })}
        </fieldset>
      ) : null}
      {props.costCodeRequired ? (
        <TextField
          name="costCode"
          label="Cost code"
          hint={props.costCodeReason}
          error={errors.costCode}
          defaultValue={values.costCode ?? ''}
          autoComplete="off"
          className="max-w-xs"
        />
      ) : null}
      <TextAreaField
        name="specialRequirements"
        label="Special requirements"
        hint="Tell us anything we should arrange so you can attend, for example access needs or a hearing loop. You can use simple formatting such as bold text and lists."
        optional
        rows={5}
        error={errors.specialRequirements}
        defaultValue={values.specialRequirements ?? ''}
      />
      <FieldShell name="confirmation" label="Receive confirmation by" error={errors.confirmation}>
        {({ id, describedBy }) => (
          <div className="space-y-2" aria-describedby={describedBy}>
            <label className="flex min-h-11 items-center gap-3">
              <input
                id={id}
                type="radio"
                name="confirmation"
                value="EMAIL_WITH_INVITE"
                defaultChecked={(values.confirmation ?? 'EMAIL_WITH_INVITE') === 'EMAIL_WITH_INVITE'}
                className="size-6"
              />
              Email with iCalendar appointment
            </label>
            <label className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name="confirmation"
                value="EMAIL_ONLY"
                defaultChecked={values.confirmation === 'EMAIL_ONLY'}
                className="size-6"
              />
              Email only
            </label>
          </div>
        )}
      </FieldShell>
      {props.selfAuthorisation ? (
        <div className={`mb-6 ${errors.acceptTerms ? 'border-l-4 border-red-700 pl-4' : ''}`}>
          <h2 className="text-xl font-bold">Self authorisation</h2>
          {props.termsHtml ? (
            <div
              className="prose my-2 border-l-4 border-slate-300 pl-3"
              dangerouslySetInnerHTML={{ __html: props.termsHtml }}
            />
          ) : null}
          {errors.acceptTerms ? <p className="font-semibold text-red-700">{errors.acceptTerms}</p> : null}
          <label className="flex min-h-11 items-center gap-3">
            <input
              id={fieldId('acceptTerms')}
              type="checkbox"
              name="acceptTerms"
              defaultChecked={values.acceptTerms === 'on'}
              className="size-6"
            />
            I have read and agree to the terms and conditions
          </label>
        </div>
      ) : null}
      <SubmitButton pendingText="Signing up…">
        {props.selfAuthorisation ? 'Agree and sign up' : props.waitlist ? 'Join waitlist' : 'Sign-up'}
      </SubmitButton>
    </form>
  );
}
