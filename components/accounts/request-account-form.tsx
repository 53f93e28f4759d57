'use client';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

export function RequestAccountForm({
  action,
  organisations,
}: {
  action: FormAction;
  organisations: { value: string; label: string }[];
}) {
  const { state, formAction, formKey, values: v, message, fieldErrors: e } = useActionForm(action);
  if (state?.ok) {
    return (
      <div role="status">
        <h2 className="mb-2 text-2xl font-bold">Check your email</h2>
        <p className="mb-2">
          We have sent an email to {state.message}. Open the link in it to confirm your address: only then does your
          request go to the iLearn+ team.
        </p>
        <p>No email after a few minutes? Check your junk folder. The link works for 48 hours.</p>
      </div>
    );
  }
  return (
    <form key={formKey} action={formAction} noValidate>
      <ErrorSummary message={message} fieldErrors={e} />
      <h2 className="mb-4 text-2xl font-bold">About you</h2>
      <TextField
        name="firstName"
        label="First name"
        autoComplete="given-name"
        defaultValue={v.firstName}
        error={e.firstName}
      />
      <TextField
        name="lastName"
        label="Last name"
        autoComplete="family-name"
        defaultValue={v.lastName}
        error={e.lastName}
      />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        hint="Use your work email address if you have one. We will send a link to confirm it."
        defaultValue={v.email}
        error={e.email}
      />
      <TextField
        name="phone"
        label="Phone number"
        type="tel"
        autoComplete="tel"
        optional
        defaultValue={v.phone}
        error={e.phone}
      />
      <h2 className="mb-4 text-2xl font-bold">Your work</h2>
      <SelectField
        name="organisationId"
        label="Organisation"
        options={[...organisations, { value: 'other', label: 'Other (not listed)' }]}
        defaultValue={v.organisationId}
        error={e.organisationId}
      />
      <TextField
        name="organisationOther"
        label="If your organisation is not listed, its name"
        optional
        defaultValue={v.organisationOther}
        error={e.organisationOther}
      />
      <TextField
        name="jobTitle"
        label="Job title"
        autoComplete="organization-title"
        defaultValue={v.jobTitle}
        error={e.jobTitle}
      />
      <TextField
        name="workplace"
        label="Workplace or team"
        hint="For example, the school, library or office you work at."
        optional
        defaultValue={v.workplace}
        error={e.workplace}
      />
      <h2 className="mb-4 text-2xl font-bold">Your manager</h2>
      <TextField name="managerName" label="Manager's full name" defaultValue={v.managerName} error={e.managerName} />
      <TextField
        name="managerEmail"
        label="Manager's email address"
        type="email"
        hint="We use this to link you to your manager so they can see your learning."
        defaultValue={v.managerEmail}
        error={e.managerEmail}
      />
      <TextAreaField
        name="reason"
        label="Why do you need an account?"
        hint="For example, the course you have been asked to do."
        optional
        defaultValue={v.reason}
        error={e.reason}
      />
      <SubmitButton pendingText="Sending…">Send request</SubmitButton>
    </form>
  );
}
