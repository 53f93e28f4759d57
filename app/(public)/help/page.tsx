import type { Metadata } from 'next';
import { HelpIndexView } from '@/components/help/help-index-view';
import { getViewer } from '@/lib/auth/viewer';
import { getHelpContext } from '@/lib/help/queries';
import { normaliseHelpQuery, searchHelpTopics } from '@/lib/help/search';
import { HELP_TOPICS, helpSectionsWithTopics } from '@/lib/help/topics';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function queryOf(params: Record<string, string | string[] | undefined>): string {
  const q = params.q;
  return normaliseHelpQuery(Array.isArray(q) ? q[0] : q);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = queryOf(await searchParams);
  return { title: q ? `Results for "${q}" – Help` : 'Help and contact' };
}

export default async function HelpPage({ searchParams }: Props) {
  const query = queryOf(await searchParams);
  const context = await getHelpContext(await getViewer());
  return (
    <HelpIndexView
      sections={helpSectionsWithTopics()}
      query={query}
      results={query ? searchHelpTopics(HELP_TOPICS, query) : null}
      context={context}
    />
  );
}
