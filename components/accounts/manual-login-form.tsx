'use client';
import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button';

/** Manual login: username (case-sensitive) and password through next-auth's credentials provider. */
export function ManualLoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const username = String(data.get('username') ?? '');
    const password = String(data.get('password') ?? '');
    const missing: Record<string, string> = {};
    if (!username) missing.username = 'Enter your username';
    if (!password) missing.password = 'Enter your password';
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) {
      setError(null);
      return;
    }
    setPending(true);
    const result = await signIn('credentials', { username, password, redirect: false, callbackUrl });
    if (result?.ok && !result.error) {
      // Through the login page, which sends anyone with a temporary password to change it first.
      window.location.assign(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      return;
    }
    const response = await fetch(`/login/message?code=${encodeURIComponent(result?.error ?? 'CredentialsSignin')}`);
    setError(response.ok ? ((await response.json()) as { message: string }).message : 'Sorry, we could not log you in. Please try again.');
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Manual login">
      <ErrorSummary message={error ?? undefined} fieldErrors={fieldErrors} />
      <TextField name="username" label="Username" hint="Usernames are case-sensitive." autoComplete="username" autoCapitalize="none" spellCheck={false} error={fieldErrors.username} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" error={fieldErrors.password} />
      <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass('primary')}>
        {pending ? 'Logging in…' : 'Log in'}
      </button>
    </form>
  );
}
