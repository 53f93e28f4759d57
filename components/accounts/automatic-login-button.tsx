'use client';
import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { buttonClass } from '@/components/ui/button';

export function AutomaticLoginButton({ callbackUrl }: { callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={buttonClass('primary')}
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn('oidc', { callbackUrl });
      }}
    >
      {pending ? 'Connecting…' : 'Automatic login'}
    </button>
  );
}
