import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HelpTopicView } from '@/components/help/help-topic-view';
import { getViewer } from '@/lib/auth/viewer';
import { getHelpContext } from '@/lib/help/queries';
import { findHelpTopic, helpSection, relatedTopics } from '@/lib/help/topics';

type Props = { params: Promise<{ topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = findHelpTopic((await params).topic);
  return { title: topic ? `${topic.title} – Help` : 'Page not found' };
}

export default async function HelpTopicPage({ params }: Props) {
  const topic = findHelpTopic((await params).topic);
  if (!topic) notFound();
  const context = await getHelpContext(await getViewer());
  return (
    <HelpTopicView
      topic={topic}
      section={helpSection(topic.section)}
      related={relatedTopics(topic)}
      context={context}
    />
  );
}
