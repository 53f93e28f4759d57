import type { ReactNode } from 'react';
import { TakeFocus } from '@/components/ui/take-focus';

/**
 * Success after an action, or important information, at the top of the content. A success banner takes focus when
 * it appears, so screen reader and keyboard users start from the result of what they just did.
 */
export function NotificationBanner({
  tone = 'info',
  title,
  children,
}: {
  tone?: 'info' | 'success';
  title?: string;
  children: ReactNode;
}) {
  const success = tone === 'success';
  return (
    <div
      id={success ? 'success-banner' : undefined}
      tabIndex={success ? -1 : undefined}
      role={success ? 'status' : 'region'}
      aria-label={title ?? (success ? 'Success' : 'Important')}
      className={`mb-6 border-4 ${success ? 'border-green-800' : 'border-[var(--brand)]'}`}
    >
      <p className={`px-4 py-1 font-semibold text-white ${success ? 'bg-green-800' : 'bg-[var(--brand)]'}`}>
        {title ?? (success ? 'Success' : 'Important')}
      </p>
      <div className="p-4 text-lg">{children}</div>
      {success ? <TakeFocus targetId="success-banner" /> : null}
    </div>
  );
}
