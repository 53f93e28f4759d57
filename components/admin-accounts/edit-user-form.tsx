'use client';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { UserDetailsFields, type UserDetailValues } from '@/components/admin-accounts/user-details-fields';

export function EditUserForm({
  action,
  userId,
  initial,
  organisations,
}: {
  action: FormAction;
  userId: number;
  initial: UserDetailValues;
  organisations: { value: string; label: string }[];
}) {
  const { formAction, formKey, failed, message, fieldErrors } = useActionForm(action);
  return (
    <form key={formKey} action={formAction} noValidate>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <input type="hidden" name="id" value={userId} />
      <UserDetailsFields values={failed?.values ?? initial} errors={fieldErrors} organisations={organisations} />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}
