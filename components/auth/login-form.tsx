'use client';
import { signIn } from 'next-auth/react';
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button';
import { GENERIC_LOGIN_ERROR, loginErrorMessage } from '@/lib/accounts/sign-in-messages';

export const LOGIN_FAILED = GENERIC_LOGIN_ERROR;

const noSubscription = () => () => {};

type Errors = { message?: string; fieldErrors?: Record<string, string> };

/** Manual login with username and password through next-auth's credentials provider. */
export function LoginForm({ callbackUrl, initialError = null }: { callbackUrl: string; initialError?: string | null }) {
  const [errors, setErrors] = useState<Errors>(initialError ? { message: initialError } : {});
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  // False in the server HTML, true once React runs here: lets tests (and styles) know the form is interactive.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '');
    const password = String(data.get('password') ?? '');
    const fieldErrors: Record<string, string> = {};
    if (!username.trim()) fieldErrors.username = 'Enter your username';
    if (!password) fieldErrors.password = 'Enter your password';
    setAttempt((n) => n + 1);
    if (Object.keys(fieldErrors).length > 0) {
      setErrors({ fieldErrors });
      return;
    }
    setPending(true);
    try {
      const result = await signIn('credentials', { redirect: false, username, password });
      if (result?.ok && !result.error) {
        // A full page load, so every part of the page is rendered with the new session.
        window.location.assign(callbackUrl);
        return;
      }
      // Locked accounts and throttled addresses get their own explanation; everything else one generic message.
      setErrors({ message: loginErrorMessage(result?.error) ?? LOGIN_FAILED });
    } catch {
      setErrors({ message: 'We could not log you in just now. Please try again.' });
    }
    const passwordInput = form.elements.namedItem('password');
    if (passwordInput instanceof HTMLInputElement) passwordInput.value = '';
    setPending(false);
  }

  return (
    <>
      <ErrorSummary key={attempt} message={errors.message} fieldErrors={errors.fieldErrors} />
      <form
        method="post"
        action="/login"
        onSubmit={onSubmit}
        noValidate
        data-ready={hydrated}
        aria-label="Manual login"
      >
        <TextField
          name="username"
          label="Username (case sensitive)"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.fieldErrors?.username}
        />
        <TextField
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          error={errors.fieldErrors?.password}
        />
        <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass('primary')}>
          {pending ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </>
  );
}
