import Link from 'next/link';
import { helpHref } from '@/lib/help/slugs';
import type { HelpTopic } from '@/lib/help/types';

/** Topics as links with their one-line summary. */
export function TopicList({ topics, className = 'mt-4' }: { topics: HelpTopic[]; className?: string }) {
  return (
    <ul className={`${className} list-none space-y-3`}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link
            href={helpHref(topic.slug)}
            className="text-lg font-semibold text-[var(--link)] underline underline-offset-2"
          >
            {topic.title}
          </Link>
          <p className="text-slate-700">{topic.summary}</p>
        </li>
      ))}
    </ul>
  );
}
