// Home (My Learning): what is due comes first with the same state tags as Required Learning and the Programs
// tab, "All required learning" only when there is some, and the in-progress section named as elsewhere.
import { render, screen, within } from '@testing-library/react';
import { DashboardView } from '@/components/learning/dashboard-view';
import { DueStatus } from '@/components/learning/due-status';
import type { Dashboard } from '@/lib/records/dashboard';

function dashboard(over: Partial<Dashboard> = {}): Dashboard {
  return {
    blocks: ['compliance', 'due', 'in_progress', 'recent', 'certifications'],
    organisationName: 'Hertfordshire County Council',
    compliancePercent: null,
    courseCompletionPercent: null,
    courseCounts: { complete: 0, inProgress: 0, notStarted: 0, total: 0 },
    due: [],
    inProgress: [],
    recent: [],
    certifications: [],
    ...over,
  };
}

const overdueInduction = {
  kind: 'program' as const,
  programId: 7,
  fullName: 'Hertfordshire Induction - 2021',
  dueAt: new Date('2026-10-01T00:00:00Z'),
  status: 'In progress',
  overdue: true,
  progressPercent: 0,
};

describe('DashboardView', () => {
  it('shows what is due first, with its state and Overdue tags and the date', () => {
    render(<DashboardView dashboard={dashboard({ due: [overdueInduction] })} firstName="Sam" />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Due next');
    const due = screen.getByRole('region', { name: 'Due next' });
    expect(within(due).getByText('In progress')).toBeInTheDocument();
    expect(within(due).getByText('Overdue')).toBeInTheDocument();
    expect(within(due).getByText('Due 1 October 2026')).toBeInTheDocument();
    expect(within(due).getByRole('link', { name: 'All required learning' })).toHaveAttribute(
      'href',
      '/required-learning',
    );
  });

  it('hides "All required learning" when nothing is outstanding and helps instead', () => {
    render(<DashboardView dashboard={dashboard()} firstName="Sam" />);
    const due = screen.getByRole('region', { name: 'Due next' });
    expect(within(due).queryByRole('link', { name: 'All required learning' })).toBeNull();
    expect(within(due).getByText(/You have no required learning right now/)).toBeInTheDocument();
    expect(within(due).getByRole('link', { name: 'Browse Find Learning' })).toHaveAttribute('href', '/find-learning');
  });

  it('calls the in-progress section "Courses in progress", the name the welcome texts use', () => {
    render(<DashboardView dashboard={dashboard()} firstName="Sam" />);
    expect(screen.getByRole('heading', { name: 'Courses in progress' })).toBeInTheDocument();
    expect(screen.queryByText("What I'm doing now")).toBeNull();
  });
});

describe('DashboardView on phones', () => {
  it('shows the first three courses in progress and keeps the rest one tap away', () => {
    const inProgress = [1, 2, 3, 4, 5].map((n) => ({ courseId: n, fullName: `Course ${n}`, progressPercent: 10 }));
    render(<DashboardView dashboard={dashboard({ inProgress })} firstName="Sam" />);
    const block = screen.getByRole('region', { name: 'Courses in progress' });
    const rows = within(block).getAllByRole('listitem');
    expect(rows.map((r) => r.className.includes('max-sm:hidden'))).toEqual([false, false, false, true, true]);
    const more = within(block).getByRole('link', { name: 'All courses in progress' });
    expect(more).toHaveAttribute('href', '/record-of-learning');
    expect(more.parentElement!.className).toContain('sm:hidden');
  });
});

describe('DueStatus (Home, Required Learning, the Programs tab)', () => {
  it('renders the same words for the same state', () => {
    const { container } = render(
      <>
        <DueStatus status="In progress" overdue dueAt={overdueInduction.dueAt} />
        <DueStatus status="In progress" overdue dueAt={overdueInduction.dueAt} />
      </>,
    );
    const [a, b] = container.querySelectorAll('[data-testid="due-status"]');
    expect(a!.textContent).toBe(b!.textContent);
    expect(a!.textContent).toBe('In progressOverdueDue 1 October 2026');
  });
});
