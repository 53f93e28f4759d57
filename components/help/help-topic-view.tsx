import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import type { HelpContext } from '@/lib/help/queries';
import type { HelpSection, HelpTopic } from '@/lib/help/types';
import { HelpContacts } from './help-contacts';
import { HelpSearchForm } from './help-search-form';
import { TopicBody } from './topic-body';
import { TopicList } from './topic-list';

type Props = { topic: HelpTopic; section: HelpSection; related: HelpTopic[]; context: HelpContext };

/** /help/<topic>: the answer, the screens it talks about, related topics and who to contact. */
export function HelpTopicView({ topic, section, related, context }: Props) {
  const mentionsContacts = topic.body.some((b) => typeof b !== 'string' && b.kind === 'contacts');
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { label: 'Help', href: '/help' },
          { label: section.title, href: `/help#${section.id}` },
          { label: topic.title },
        ]}
      />
      <article aria-labelledby="topic-title">
        <h1 id="topic-title" className="text-3xl font-bold md:text-4xl">
          {topic.title}
        </h1>
        <p className="mt-2 text-xl text-slate-700">{topic.summary}</p>
        <TopicBody blocks={topic.body} context={context} />
      </article>

      {topic.links.length > 0 ? (
        <section aria-labelledby="go-to" className="mt-10 border-t-4 border-[var(--brand-accent)] pt-4">
          <h2 id="go-to" className="text-2xl font-bold">
            Go to
          </h2>
          <ul className="mt-2 list-none">
            {topic.links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="inline-flex min-h-11 items-center text-lg text-[var(--link)] underline underline-offset-2"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {related.length > 0 ? (
        <section aria-labelledby="related" className="mt-10">
          <h2 id="related" className="text-2xl font-bold">
            Related topics
          </h2>
          <TopicList topics={related} />
        </section>
      ) : null}

      {mentionsContacts ? null : (
        <section aria-labelledby="still-stuck" className="mt-10">
          <h2 id="still-stuck" className="text-2xl font-bold">
            Still need help?
          </h2>
          <HelpContacts context={context} />
        </section>
      )}

      <HelpSearchForm />
      <p className="mt-6">
        <Link href="/help" className="inline-flex min-h-11 items-center text-[var(--link)] underline">
          All help topics
        </Link>
      </p>
    </div>
  );
}
