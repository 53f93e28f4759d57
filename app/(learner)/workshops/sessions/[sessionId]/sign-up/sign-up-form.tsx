'use client';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CheckboxField } from '@/components/ui/checkbox';
import { RadiosField } from '@/components/ui/choices';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm } from '@/components/ui/use-action-form';
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
  const f = useActionForm(signUpAction);
  const errors = f.fieldErrors;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6">
      <ErrorSummary message={f.message} fieldErrors={errors} />
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
              defaultValue: f.value(name),
            };
            if (q.type === 'TEXTAREA') return <TextAreaField key={q.id} rows={4} {...common} />;
            if (q.type === 'SELECT')
              return <SelectField key={q.id} options={q.options.map((o) => ({ value: o, label: o }))} {...common} />;
            if (q.type === 'CHECKBOX') {
              return (
                <CheckboxField
                  key={q.id}
                  name={name}
                  value="Yes"
                  label={`${q.label}${q.required ? '' : ' (optional)'}`}
                  hint={common.hint}
                  defaultChecked={f.checked(name, false, 'Yes')}
                  error={errors[name]}
                />
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
          defaultValue={f.value('costCode')}
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
        defaultValue={f.value('specialRequirements')}
      />
      <RadiosField
        name="confirmation"
        legend="Receive confirmation by"
        options={[
          { value: 'EMAIL_WITH_INVITE', label: 'Email with iCalendar appointment' },
          { value: 'EMAIL_ONLY', label: 'Email only' },
        ]}
        value={f.value('confirmation', 'EMAIL_WITH_INVITE')}
        error={errors.confirmation}
      />
      {props.selfAuthorisation ? (
        <div className="mb-6">
          <h2 className="text-xl font-bold">Self authorisation</h2>
          {props.termsHtml ? (
            <div
              className="prose my-2 border-l-4 border-slate-300 pl-3"
              dangerouslySetInnerHTML={{ __html: props.termsHtml }}
            />
          ) : null}
          <CheckboxField
            name="acceptTerms"
            label="I have read and agree to the terms and conditions"
            defaultChecked={f.checked('acceptTerms', false, 'on')}
            error={errors.acceptTerms}
          />
        </div>
      ) : null}
      <SubmitButton pendingText="Signing up…">
        {props.selfAuthorisation ? 'Agree and sign up' : props.waitlist ? 'Join waitlist' : 'Sign-up'}
      </SubmitButton>
    </form>
  );
}
