import Link from 'next/link';
import type { HelpContext } from '@/lib/help/queries';
import type { HelpSearchResult } from '@/lib/help/search';
import type { HelpSection, HelpTopic } from '@/lib/help/types';
import { HelpContacts } from './help-contacts';
import { HelpSearchForm } from './help-search-form';
import { TopicList } from './topic-list';

type Props = {
  sections: (HelpSection & { topics: HelpTopic[] })[];
  query: string;
  /** Null when nothing was searched for. */
  results: HelpSearchResult[] | null;
  context: HelpContext;
};

const A = 'text-[var(--link)] underline underline-offset-2';

/** /help: search, then every topic grouped by the sections of the user guide, then who to contact. */
export function HelpIndexView({ sections, query, results, context }: Props) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold md:text-4xl">Help and contact</h1>
      <p className="mt-2 text-lg">Answers to common questions about iLearn+, and who to contact when you need help.</p>
      <HelpSearchForm query={query} />

      {results ? (
        <section aria-labelledby="results-title" className="mt-8">
          <h2 id="results-title" className="text-2xl font-bold">
            Results for &ldquo;{query}&rdquo;
          </h2>
          <p className="mt-2" role="status">
            {results.length === 0
              ? 'No help topics match your search.'
              : `${results.length} help ${results.length === 1 ? 'topic matches' : 'topics match'} your search.`}
          </p>
          {results.length === 0 ? (
            <p className="mt-2">
              Try fewer or different words, browse the topics below, or{' '}
              <a href="#contact" className={A}>
                contact iLearn+ support
              </a>
              .
            </p>
          ) : (
            <TopicList topics={results.map((r) => r.topic)} />
          )}
          <p className="mt-4">
            <Link href="/help" className={A}>
              Clear search and show all topics
            </Link>
          </p>
        </section>
      ) : null}

      <nav aria-labelledby="sections-title" className="mt-8">
        <h2 id="sections-title" className="text-2xl font-bold">
          Help topics
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className={A}>
                {s.title}
              </a>
            </li>
          ))}
          <li>
            <a href="#contact" className={A}>
              Contact iLearn+ support
            </a>
          </li>
        </ul>
      </nav>

      {sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="mt-10">
          <h2 id={s.id} className="text-2xl font-bold">
            {s.title}
          </h2>
          <TopicList topics={s.topics} />
        </section>
      ))}

      <section aria-labelledby="contact" className="mt-10">
        <h2 id="contact" className="text-2xl font-bold">
          Contact iLearn+ support
        </h2>
        <HelpContacts context={context} />
        {context.organisationHelp.map((paragraph, i) => (
          <p key={i} className="mt-3">
            {paragraph}
          </p>
        ))}
        <p className="mt-3">
          If you are not sure what learning you need to do, ask your line manager first. For problems with your
          computer, browser or work account, contact your ICT service desk.
        </p>
      </section>
    </div>
  );
}
