'use client';
import { useEffect, useState } from 'react';

function left(deadline: number): number {
  return Math.max(0, Math.floor((deadline - Date.now()) / 1000));
}

function format(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Time left on the attempt. The server enforces the limit; this only tells the learner and submits at zero. */
export function Countdown({ deadline, onExpire }: { deadline: string; onExpire: () => void }) {
  const end = new Date(deadline).getTime();
  const [seconds, setSeconds] = useState<number | null>(null);
  useEffect(() => {
    let timer = 0;
    const tick = () => {
      const now = left(end);
      setSeconds(now);
      if (now === 0) {
        window.clearInterval(timer);
        onExpire();
      }
    };
    // First tick straight after mount (the server render shows nothing: its clock is not the learner's).
    const first = window.setTimeout(tick, 0);
    timer = window.setInterval(tick, 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [end, onExpire]);
  if (seconds === null) return null;
  const lastMinute = seconds <= 60;
  return (
    <p className={`font-semibold ${lastMinute ? 'text-red-700' : ''}`}>
      Time left: <span role="timer">{format(seconds)}</span>
    </p>
  );
}
