'use client';
import { useEffect } from 'react';

/**
 * Moves focus to the element with `targetId` when it appears (after enrol, sign-up, cancel or a quiz page change
 * the page is new, and focus would otherwise stay at the top of the document). Remount it (a `key`) to move again.
 */
export function TakeFocus({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
