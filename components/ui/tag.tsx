import type { ReactNode } from 'react';

export type TagTone = 'grey' | 'blue' | 'green' | 'yellow' | 'red' | 'purple' | 'orange';

const TONES: Record<TagTone, string> = {
  grey: 'bg-slate-200 text-slate-900',
  blue: 'bg-blue-100 text-blue-900',
  green: 'bg-green-100 text-green-900',
  yellow: 'bg-yellow-100 text-yellow-900',
  red: 'bg-red-100 text-red-900',
  purple: 'bg-purple-100 text-purple-900',
  orange: 'bg-orange-100 text-orange-900',
};

/** A status as a word; colour only supports it. */
export function Tag({ tone = 'grey', children }: { tone?: TagTone; children: ReactNode }) {
  return (
    <strong className={`inline-block rounded-sm px-2 py-0.5 text-sm font-semibold ${TONES[tone]}`}>{children}</strong>
  );
}
