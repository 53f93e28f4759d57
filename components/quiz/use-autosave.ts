'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed' };

const AUTOSAVE_MS = 60_000;

function answersOf(form: HTMLFormElement) {
  const data = new FormData(form);
  return data.getAll('slots').map((slot) => ({
    slot: Number(slot),
    choiceIds: data
      .getAll(`q${String(slot)}`)
      .map(Number)
      .filter((n) => n > 0),
  }));
}

/**
 * Keeps the server copy of the answers current: at most every 60 seconds while something changed, and when the
 * learner leaves or hides the page (keepalive, so the request outlives the tab). Page changes save through the form.
 */
export function useAutosave(
  form: React.RefObject<HTMLFormElement | null>,
  attemptId: number,
  page: number,
  onClosed: () => void,
) {
  const dirty = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  const save = useCallback(
    async (keepalive = false) => {
      if (!form.current || !dirty.current) return;
      dirty.current = false;
      if (!keepalive) setStatus({ kind: 'saving' });
      try {
        const response = await fetch(`/quiz/attempts/${attemptId}/save`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers: answersOf(form.current), currentPage: page }),
          keepalive,
        });
        const body = (await response.json()) as { status?: string; savedAt?: string };
        if (!response.ok) throw new Error(String(response.status));
        if (body.status === 'closed') onClosed();
        else if (body.status === 'saved' && body.savedAt) setStatus({ kind: 'saved', at: new Date(body.savedAt) });
        else setStatus({ kind: 'idle' });
      } catch {
        // Keep the change marked unsaved so the next tick retries; never lose it silently.
        dirty.current = true;
        if (!keepalive) setStatus({ kind: 'failed' });
      }
    },
    [attemptId, form, onClosed, page],
  );

  useEffect(() => {
    const timer = window.setInterval(() => void save(), AUTOSAVE_MS);
    const leave = () => void save(true);
    const hidden = () => {
      if (document.visibilityState === 'hidden') void save(true);
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [save]);

  const markDirty = useCallback(() => {
    dirty.current = true;
    setStatus((s) => (s.kind === 'failed' ? s : { kind: 'idle' }));
  }, []);

  return { status, markDirty, saveNow: save };
}
