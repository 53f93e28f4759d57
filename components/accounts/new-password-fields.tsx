import { TextField } from '@/components/ui/field';

/** "New password" and its confirmation, described by the password policy text shown above them (#password-policy). */
export function NewPasswordFields({ fieldErrors }: { fieldErrors?: Record<string, string> }) {
  return (
    <>
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        aria-describedby="password-policy"
        error={fieldErrors?.newPassword}
      />
      <TextField
        name="confirmPassword"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        error={fieldErrors?.confirmPassword}
      />
    </>
  );
}
