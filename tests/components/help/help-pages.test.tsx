// Issue 18: the help index (sections, search results, contacts) and a topic page (answer, "Go to", related
// topics, organisation contacts and login facts), with their headings, landmarks and links; axe-core on both.
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { HelpIndexView } from '@/components/help/help-index-view';
import { HelpLink } from '@/components/help/help-link';
import { HelpTopicView } from '@/components/help/help-topic-view';
import type { HelpContext } from '@/lib/help/queries';
import { searchHelpTopics } from '@/lib/help/search';
import { findHelpTopic, helpSection, helpSectionsWithTopics, HELP_TOPICS, relatedTopics } from '@/lib/help/topics';

const signedOut: HelpContext = {
  organisation: null,
  contacts: [
    {
      id: 1,
      name: 'Hertfordshire County Council',
      contactEmail: 'ilearn@example.gov.uk',
      contactPhone: '01992 555557 (option 5)',
      contactHours: 'Monday to Friday, 9am to 4pm',
    },
    {
      id: 3,
      name: 'Watford Borough Council',
      contactEmail: 'learning@example.gov.uk',
      contactPhone: null,
      contactHours: null,
    },
  ],
  organisationHelp: [],
  automaticLogin: true,
  loginFacts: [
    { id: 1, name: 'Hertfordshire County Council', ssoEnabled: true, usernamePrefix: null },
    { id: 2, name: 'Hertfordshire Schools', ssoEnabled: false, usernamePrefix: null },
    { id: 3, name: 'Watford Borough Council', ssoEnabled: false, usernamePrefix: 'wbc-' },
  ],
};

const watford: HelpContext = {
  ...signedOut,
  organisation: { id: 3, name: 'Watford Borough Council' },
  contacts: [signedOut.contacts[1]!],
  organisationHelp: ['Watford staff: contact the OD team.'],
};

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

function topicView(slug: string, context: HelpContext) {
  const topic = findHelpTopic(slug)!;
  return render(
    <main>
      <HelpTopicView
        topic={topic}
        section={helpSection(topic.section)}
        related={relatedTopics(topic)}
        context={context}
      />
    </main>,
  );
}

describe('help index', () => {
  it('lists every topic under the sections of the guide, with a search form and the contacts', async () => {
    const { container } = render(
      <main>
        <HelpIndexView sections={helpSectionsWithTopics()} query="" results={null} context={signedOut} />
      </main>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Help and contact' })).toBeInTheDocument();
    const search = screen.getByRole('search', { name: 'Help' });
    expect(within(search).getByRole('searchbox', { name: 'Search help' })).toHaveAttribute('name', 'q');
    expect(search).toHaveAttribute('action', '/help');
    for (const section of helpSectionsWithTopics()) {
      const region = screen.getByRole('region', { name: section.title });
      const links = within(region).getAllByRole('link');
      expect(links.map((l) => l.getAttribute('href'))).toEqual(section.topics.map((t) => `/help/${t.slug}`));
    }
    expect(container.querySelectorAll('a[href^="/help/"]')).toHaveLength(HELP_TOPICS.length);
    const contact = screen.getByRole('region', { name: 'Contact iLearn+ support' });
    expect(within(contact).getByText('Watford Borough Council')).toBeInTheDocument();
    expect(within(contact).getByRole('link', { name: 'ilearn@example.gov.uk' })).toHaveAttribute(
      'href',
      'mailto:ilearn@example.gov.uk',
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows search results with a count, and what to do when nothing matches', async () => {
    const { container, rerender } = render(
      <main>
        <HelpIndexView
          sections={helpSectionsWithTopics()}
          query="pop-ups"
          results={searchHelpTopics(HELP_TOPICS, 'pop-ups')}
          context={signedOut}
        />
      </main>,
    );
    const results = screen.getByRole('region', { name: 'Results for “pop-ups”' });
    expect(within(results).getByRole('status')).toHaveTextContent(/help topics? match/);
    expect(within(results).getAllByRole('link')[0]).toHaveAttribute('href', '/help/elearning-blank-or-pop-up');
    expect(screen.getByRole('searchbox', { name: 'Search help' })).toHaveValue('pop-ups');
    await expectNoAxeViolations(container);

    rerender(
      <main>
        <HelpIndexView sections={helpSectionsWithTopics()} query="xyzzy" results={[]} context={signedOut} />
      </main>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No help topics match your search.');
    expect(screen.getByRole('link', { name: 'contact iLearn+ support' })).toHaveAttribute('href', '#contact');
  });

  it('shows the signed-in organisation’s contacts and help text only', () => {
    render(<HelpIndexView sections={helpSectionsWithTopics()} query="" results={null} context={watford} />);
    const contact = screen.getByRole('region', { name: 'Contact iLearn+ support' });
    expect(within(contact).getByText('iLearn+ support for Watford Borough Council')).toBeInTheDocument();
    expect(within(contact).queryByText('Hertfordshire County Council')).not.toBeInTheDocument();
    expect(within(contact).getByText('Watford staff: contact the OD team.')).toBeInTheDocument();
  });
});

describe('help topic page', () => {
  it('renders the answer with its screens, related topics and breadcrumbs', async () => {
    const { container } = topicView('elearning-not-complete', signedOut);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Why is my eLearning not showing as complete?' }),
    ).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Help' })).toHaveAttribute('href', '/help');
    expect(within(crumbs).getByRole('link', { name: 'eLearning' })).toHaveAttribute('href', '/help#elearning');
    expect(screen.getByRole('heading', { level: 2, name: 'Saving your progress' })).toBeInTheDocument();
    const goTo = screen.getByRole('region', { name: 'Go to' });
    expect(within(goTo).getByRole('link', { name: 'Record of Learning' })).toHaveAttribute(
      'href',
      '/record-of-learning',
    );
    const related = screen.getByRole('region', { name: 'Related topics' });
    expect(within(related).getAllByRole('link')[0]).toHaveAttribute('href', '/help/elearning-blank-or-pop-up');
    // The answer already gives the contacts, so no second "Still need help?" box.
    expect(screen.queryByRole('region', { name: 'Still need help?' })).not.toBeInTheDocument();
    expect(screen.getAllByTestId('help-contacts')).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  it('turns inline links into links to the real screens', () => {
    topicView('record-of-learning', signedOut);
    expect(screen.getByRole('link', { name: 'Certifications' })).toHaveAttribute(
      'href',
      '/record-of-learning/certifications',
    );
    expect(screen.queryByText(/\]\(/)).not.toBeInTheDocument();
  });

  it('ends with contacts when the answer has none', () => {
    topicView('share-a-course', watford);
    const still = screen.getByRole('region', { name: 'Still need help?' });
    expect(within(still).getByText('iLearn+ support for Watford Borough Council')).toBeInTheDocument();
  });

  it('says which organisations use automatic login, from their settings', () => {
    const { unmount } = topicView('which-login', signedOut);
    expect(screen.getByTestId('login-options')).toHaveTextContent(
      'Organisations that use automatic login: Hertfordshire County Council.',
    );
    expect(screen.getByTestId('login-options')).toHaveTextContent('Watford Borough Council, wbc-');
    unmount();
    topicView('which-login', watford);
    expect(screen.getByTestId('login-options')).toHaveTextContent(
      'Watford Borough Council does not use automatic login: use manual login. Watford Borough Council usernames start with wbc-.',
    );
  });

  it('says when automatic login is not set up at all', () => {
    topicView('which-login', { ...signedOut, automaticLogin: false });
    expect(screen.getByText(/Automatic login is not set up on this site/)).toBeInTheDocument();
  });
});

describe('HelpLink', () => {
  it('links to the topic with a name that says it is help', () => {
    render(<HelpLink slug="cost-codes">Why do I need a cost code?</HelpLink>);
    expect(screen.getByRole('link', { name: 'Why do I need a cost code? (help)' })).toHaveAttribute(
      'href',
      '/help/cost-codes',
    );
  });
});
