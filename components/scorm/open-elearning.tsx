'use client';
// "Open eLearning": the player opens in a new window (as the content expects). When the browser blocks the
// pop-up, we say so, say how to allow pop-ups, and offer the same player in this window.
import { useState } from 'react';
import { HelpLink } from '@/components/help/help-link';

type Props = { playerHref: string; activityName: string; label?: string };

export function OpenElearning({ playerHref, activityName, label = 'Open eLearning' }: Props) {
  const [blocked, setBlocked] = useState(false);
  const open = () => {
    const win = window.open(playerHref, `ilearn-elearning-${activityName.length}-${playerHref.length}`);
    if (!win || win.closed) setBlocked(true);
    else {
      setBlocked(false);
      win.focus();
    }
  };
  return (
    <div className="mt-2">
      <button
        type="button"
        onClick={open}
        className="bg-green-800 px-4 py-2 font-semibold text-white focus:outline-3 focus:outline-[var(--focus)]"
      >
        {label}
        <span className="sr-only"> {activityName} (opens in a new window)</span>
      </button>
      {blocked ? (
        <div role="alert" className="mt-3 border-l-4 border-amber-600 bg-amber-50 p-3" data-testid="popup-blocked">
          <p className="font-semibold">Your browser blocked the eLearning window.</p>
          <p className="mt-1">
            To open eLearning in its own window, allow pop-ups for this site: in Edge or Chrome, select the blocked
            pop-up icon at the right of the address bar and choose “Always allow pop-ups”; in Firefox, select “Options”
            in the yellow bar and “Allow pop-ups”; in Safari, open Settings, Websites, Pop-up Windows.
          </p>
          <p className="mt-1">
            <a href={playerHref} className="text-[var(--link)] underline">
              Open the eLearning in this window instead
            </a>
          </p>
          <HelpLink slug="elearning-blank-or-pop-up" className="mt-1">
            More help with pop-ups and blank pages
          </HelpLink>
        </div>
      ) : null}
    </div>
  );
}
