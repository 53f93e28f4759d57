'use client';
// The eLearning player: runs scorm-again (bundled from npm and served from our origin, no CDN) as window.API /
// window.API_1484_11, frames the package, and saves every commit through the commit queue so nothing is lost
// while the network is down.
import { useCallback, useEffect, useRef, useState } from 'react';
import { CommitQueue, type PendingCommit, type QueueStatus, type SendOutcome } from '@/lib/scorm/commit-queue';

type Launch = {
  attemptId: number;
  attemptNumber: number;
  kind: 'resume' | 'new' | 'review';
  reason: string | null;
  version: 'SCORM_12' | 'SCORM_2004';
  lastSeq: number;
  launchUrl: string;
  cmi: Record<string, unknown>;
};

type RuntimeApi = {
  loadFromJSON(json: Record<string, unknown>, element?: string): void;
  on(event: string, cb: (...args: unknown[]) => void): void;
  isTerminated?(): boolean;
  currentState?: number;
  LMSFinish?(v: string): string;
  Terminate?(v: string): string;
  LMSGetValue?(k: string): string;
  GetValue?(k: string): string;
};

type Props = { activityId: number; activityName: string; courseHref: string; newAttempt: boolean };

const commitUrl = (attemptId: number) => `/api/scorm/attempts/${attemptId}/commit`;

async function sendCommit(commit: PendingCommit): Promise<SendOutcome> {
  const response = await fetch(commitUrl(commit.attemptId), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(commit),
    credentials: 'same-origin',
    keepalive: JSON.stringify(commit).length < 60_000,
  });
  if (response.ok) {
    const body = (await response.json()) as { seq: number };
    return { kind: 'saved', seq: body.seq };
  }
  if (response.status === 409 || response.status === 404 || response.status === 422 || response.status === 400) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    return { kind: 'fatal', message: body.error ?? 'Your progress could not be saved.' };
  }
  // 401 (signed out in another tab), 5xx, proxies: keep the commit and try again.
  return { kind: 'retry' };
}

export function ScormPlayer({ activityId, activityName, courseHref, newAttempt }: Props) {
  const [launch, setLaunch] = useState<Launch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<QueueStatus>({ unsaved: false, failing: false, fatal: null, lastSavedAt: null });
  const [closing, setClosing] = useState<'saving' | 'saved' | null>(null);
  const queueRef = useRef<CommitQueue | null>(null);
  const apiRef = useRef<RuntimeApi | null>(null);
  const closingRef = useRef(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const response = await fetch(`/api/scorm/activities/${activityId}/launch`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ newAttempt }),
        credentials: 'same-origin',
      }).catch(() => null);
      if (!response) throw new Error('We could not reach iLearn+. Check your connection and open the eLearning again.');
      const body = (await response.json().catch(() => ({}))) as Launch & { error?: string };
      if (!response.ok) throw new Error(body.error ?? 'This eLearning could not be opened.');
      if (cancelled) return;
      const queue = new CommitQueue(body.attemptId, body.lastSeq, {
        storage: window.localStorage,
        send: sendCommit,
        onStatus: (s) => setStatus(s),
      });
      queueRef.current = queue;
      // A commit a previous window could not save is newer than the server's: start from it and send it.
      const left = queue.current;
      const start = left ? startFromPending(body, left) : body.cmi;
      const api = await createRuntime(body.version, start, (cmi, terminate) => queue.enqueue(cmi, terminate));
      apiRef.current = api;
      if (left) queue.flush();
      setLaunch(body);
    })().catch((e: unknown) => {
      if (!cancelled) setError(e instanceof Error ? e.message : 'This eLearning could not be opened.');
    });
    return () => {
      cancelled = true;
    };
  }, [activityId, newAttempt]);

  const finish = useCallback(async () => {
    if (closingRef.current) return;
    closingRef.current = true;
    setClosing('saving');
    const api = apiRef.current;
    try {
      if (api && !api.isTerminated?.()) {
        if (api.LMSFinish) api.LMSFinish('');
        else api.Terminate?.('');
      }
    } catch {
      // The content may already have finished; what matters is the queue.
    }
    await queueRef.current?.whenSaved();
    setClosing('saved');
    window.setTimeout(() => {
      if (window.opener && !window.opener.closed) {
        try {
          window.opener.location.href = courseHref;
          window.close();
          return;
        } catch {
          /* fall through to navigating this window */
        }
      }
      window.location.href = courseHref;
    }, 1200);
  }, [courseHref]);

  // The content finished (its own Exit button): save and go back to the course.
  useEffect(() => {
    const api = apiRef.current;
    if (!launch || !api) return;
    const onFinish = () => void finish();
    api.on(launch.version === 'SCORM_12' ? 'LMSFinish' : 'Terminate', onFinish);
  }, [launch, finish]);

  useEffect(() => {
    const online = () => queueRef.current?.flush();
    const hide = () => {
      const pending = queueRef.current?.current;
      if (pending) {
        navigator.sendBeacon(
          commitUrl(pending.attemptId),
          new Blob([JSON.stringify(pending)], { type: 'text/plain;charset=UTF-8' }),
        );
      }
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (queueRef.current?.current) {
        hide();
        event.preventDefault();
      }
    };
    window.addEventListener('online', online);
    window.addEventListener('pagehide', hide);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, []);

  if (error) {
    return (
      <div className="p-6" role="alert">
        <h1 className="text-2xl font-bold">{activityName}</h1>
        <p className="mt-4 text-lg">{error}</p>
        <p className="mt-4">
          <a href={courseHref} className="text-[var(--link)] underline">
            Return to the course page
          </a>
        </p>
      </div>
    );
  }

  return (
    <div className="flex h-screen flex-col">
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-300 bg-slate-100 px-4 py-2">
        <h1 className="mr-auto text-lg font-bold">{activityName}</h1>
        <p className="text-sm" data-testid="save-state" aria-live="polite">
          {status.fatal
            ? 'Not saved'
            : status.unsaved
              ? 'Saving…'
              : status.lastSavedAt
                ? 'All progress saved'
                : launch?.kind === 'resume'
                  ? 'Resumed where you left off'
                  : ''}
        </p>
        <button
          type="button"
          onClick={() => void finish()}
          className="bg-green-800 px-4 py-2 font-semibold text-white focus:outline-3 focus:outline-[var(--focus)]"
        >
          Save and close
        </button>
      </header>
      {status.fatal ? (
        <div role="alert" className="border-l-8 border-red-700 bg-red-50 px-4 py-3 text-lg">
          {status.fatal}
        </div>
      ) : status.unsaved && status.failing ? (
        <div
          role="alert"
          data-testid="unsaved-warning"
          className="border-l-8 border-amber-600 bg-amber-50 px-4 py-3 text-lg font-semibold"
        >
          Your progress has not been saved yet. Keep this window open; we will keep trying.
        </div>
      ) : null}
      {launch?.reason ? <p className="bg-blue-50 px-4 py-2">{launch.reason}</p> : null}
      {closing ? (
        <div role="status" className="flex flex-1 items-center justify-center text-2xl font-bold" data-testid="closing">
          {closing === 'saving' ? 'Progress is being saved…' : 'Saved. Returning to the course page…'}
        </div>
      ) : launch ? (
        <iframe title={activityName} src={launch.launchUrl} className="w-full flex-1 border-0" />
      ) : (
        <p className="p-6 text-lg" role="status">
          Opening the eLearning…
        </p>
      )}
    </div>
  );
}

/** The server's starting data with the location and suspend data of a newer commit that was never saved. */
function startFromPending(launch: Launch, pending: PendingCommit): Record<string, unknown> {
  const cmi = (pending.cmi.cmi ?? {}) as Record<string, unknown>;
  if (launch.version === 'SCORM_12') {
    const core = (cmi.core ?? {}) as Record<string, unknown>;
    const start = launch.cmi.core as Record<string, unknown>;
    return {
      ...launch.cmi,
      suspend_data: cmi.suspend_data ?? launch.cmi.suspend_data,
      core: { ...start, lesson_location: core.lesson_location ?? start.lesson_location, entry: 'resume' },
    };
  }
  return {
    ...launch.cmi,
    location: cmi.location ?? launch.cmi.location,
    suspend_data: cmi.suspend_data ?? launch.cmi.suspend_data,
    entry: 'resume',
  };
}

async function createRuntime(
  version: Launch['version'],
  start: Record<string, unknown>,
  onCommit: (cmi: Record<string, unknown>, terminate: boolean) => void,
): Promise<RuntimeApi> {
  // Our queue is the transport: scorm-again hands every commit to it and gets "true" back at once, because
  // the commit is already safe in localStorage and will be retried until the server has it.
  const httpService = {
    processHttpRequest(_url: string, params: unknown, immediate: boolean) {
      onCommit(params as Record<string, unknown>, immediate);
      return { result: 'true', errorCode: 0 };
    },
    updateSettings() {},
  };
  const settings = {
    lmsCommitUrl: '/api/scorm/attempts',
    httpService,
    autocommit: true,
    autocommitSeconds: 30,
    sendFullCommit: true,
    alwaysSendTotalTime: true,
    logLevel: 5 as const,
  };
  const w = window as unknown as Record<string, unknown>;
  if (version === 'SCORM_12') {
    const mod = await import('scorm-again/scorm12');
    // The ESM build exports the class by name; its type declarations say default.
    const Scorm12API = (mod as unknown as { Scorm12API?: typeof mod.default }).Scorm12API ?? mod.default;
    const api = new Scorm12API(settings as never);
    api.loadFromJSON(start, '');
    w.API = api;
    return api as unknown as RuntimeApi;
  }
  const mod = await import('scorm-again/scorm2004');
  const Scorm2004API = (mod as unknown as { Scorm2004API?: typeof mod.default }).Scorm2004API ?? mod.default;
  const api = new Scorm2004API(settings as never);
  api.loadFromJSON(start, '');
  w.API_1484_11 = api;
  return api as unknown as RuntimeApi;
}
