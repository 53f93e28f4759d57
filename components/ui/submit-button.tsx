'use client';
import { useFormStatus } from 'react-dom';
import type { ComponentProps } from 'react';
import { buttonClass } from '@/components/ui/button';

/** A submit button that disables itself while the form is being sent, so a double click submits once. */
export function SubmitButton({
  children,
  pendingText = 'Saving…',
  variant = 'primary',
  className = '',
  ...props
}: ComponentProps<'button'> & { pendingText?: string; variant?: 'primary' | 'secondary' | 'warning' }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      {...props}
      disabled={pending || props.disabled}
      aria-disabled={pending || props.disabled}
      className={buttonClass(variant, className)}
    >
      {pending ? (
        <>
          <span
            aria-hidden="true"
            className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none"
          />
          {pendingText}
        </>
      ) : (
        children
      )}
    </button>
  );
}
