/** @jest-environment node */
// Issue 18: the help pages as Next renders them, against a real database: the index lists every topic and
// searches, a topic has its own URL, an unknown topic is a 404, and the contacts and automatic login facts come
// from organisation settings (everyone's when signed out, the reader's own when signed in).
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import type { Viewer } from '@/lib/auth/viewer';
import { getHelpContext } from '@/lib/help/queries';
import { HELP_TOPICS } from '@/lib/help/topics';
import HelpPage, { generateMetadata as indexMetadata } from '@/app/(public)/help/page';
import HelpTopicPage, { generateMetadata as topicMetadata } from '@/app/(public)/help/[topic]/page';
import { makeLearner, makeOrganisation } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));

let watfordViewer: Viewer;
beforeAll(async () => {
  await resetDb();
  await makeOrganisation({
    name: 'Hertfordshire County Council',
    ssoEnabled: true,
    contactEmail: 'ilearn@herts.example',
    contactPhone: '01992 555557 (option 5)',
    contactHours: 'Monday to Friday, 9am to 4pm',
  });
  const wbc = await makeOrganisation({
    name: 'Watford Borough Council',
    usernamePrefix: 'wbc-',
    contactEmail: 'learning@watford.example',
    helpHtml: '<p>Watford staff: ask the OD team first.</p>',
  });
  await makeOrganisation({ name: 'No Contacts Trust' });
  watfordViewer = (await makeLearner({ organisationId: wbc.id })).viewer;
});
afterAll(disconnect);
beforeEach(() => {
  current = null;
});

const html = (tree: ReactElement) => renderToString(tree).replace(/<!-- -->/g, '');
const index = async (q?: string) => html(await HelpPage({ searchParams: Promise.resolve(q ? { q } : {}) }));
const topic = async (slug: string) => html(await HelpTopicPage({ params: Promise.resolve({ topic: slug }) }));

describe('/help', () => {
  it('lists every topic and every organisation with contacts when signed out', async () => {
    const page = await index();
    for (const t of HELP_TOPICS) expect(page).toContain(`href="/help/${t.slug}"`);
    expect(page).toContain('ilearn@herts.example');
    expect(page).toContain('learning@watford.example');
    expect(page).not.toContain('No Contacts Trust');
    expect(await indexMetadata({ searchParams: Promise.resolve({}) })).toEqual({ title: 'Help and contact' });
  });

  it('searches topics from ?q=', async () => {
    const page = await index('cost code');
    expect(page).toContain('Results for “cost code”');
    const results = page.slice(page.indexOf('results-title'), page.indexOf('sections-title'));
    expect(results).toContain('href="/help/cost-codes"');
    expect(results).not.toContain('href="/help/quizzes"');
    expect(await indexMetadata({ searchParams: Promise.resolve({ q: 'cost code' }) })).toEqual({
      title: 'Results for "cost code" – Help',
    });
    expect(await index('xyzzy')).toContain('No help topics match your search.');
  });

  it('shows only the reader’s own organisation’s contacts and help text when signed in', async () => {
    current = watfordViewer;
    const page = await index();
    expect(page).toContain('iLearn+ support for Watford Borough Council');
    expect(page).toContain('learning@watford.example');
    expect(page).toContain('Watford staff: ask the OD team first.');
    expect(page).not.toContain('ilearn@herts.example');
  });
});

describe('/help/<topic>', () => {
  it('gives every topic its own page with its title', async () => {
    for (const t of HELP_TOPICS) {
      const page = await topic(t.slug);
      expect(page).toMatch(new RegExp(`<h1[^>]*>${t.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
      expect(await topicMetadata({ params: Promise.resolve({ topic: t.slug }) })).toEqual({
        title: `${t.title} – Help`,
      });
    }
  });

  it('is a 404 for a topic that does not exist', async () => {
    const status = await HelpTopicPage({ params: Promise.resolve({ topic: 'no-such-topic' }) }).then(
      () => 200,
      (error: unknown) => (isHTTPAccessFallbackError(error) ? getAccessFallbackHTTPStatus(error) : 500),
    );
    expect(status).toBe(404);
  });

  it('answers "which login" from the organisation settings', async () => {
    const signedOut = await topic('which-login');
    const context = await getHelpContext(null);
    if (context.automaticLogin) {
      expect(signedOut).toContain('Organisations that use automatic login: Hertfordshire County Council.');
      expect(signedOut).toContain('Watford Borough Council, wbc-');
    } else {
      expect(signedOut).toContain('Automatic login is not set up on this site');
    }
    current = watfordViewer;
    const signedIn = await topic('forgotten-username');
    if (context.automaticLogin) expect(signedIn).toContain('Watford Borough Council usernames start with wbc-.');
    expect(signedIn).toContain('iLearn+ support for Watford Borough Council');
  });
});
