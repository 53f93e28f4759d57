'use client';
import { signOut } from 'next-auth/react';
import { useState } from 'react';

/** Signs out through next-auth (a POST with its CSRF token), then shows the login page. */
export function SignOutButton({ className = '' }: { className?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: '/login' });
      }}
      className={className}
    >
      {pending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
