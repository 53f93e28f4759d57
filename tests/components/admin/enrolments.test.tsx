// Issue 20 item 5: the removal confirmation says what the person keeps and loses; the enrol form shows the
// "Enrol anyway" checkbox only with the warning that someone cannot find the course.
import { fireEvent, render, screen } from '@testing-library/react';
import { EnrolUsersForm } from '@/components/admin/enrol-users-form';
import { RemoveEnrolmentConfirm } from '@/components/admin/remove-enrolment';
import type { ActionResult } from '@/lib/action-result';
import { formValues } from '@/lib/action-result';

const removal = {
  course: { id: 7, fullName: 'Lone Working' },
  user: { id: 3, username: '90011', firstName: 'Sam', lastName: 'Taylor' },
  source: 'MANUAL',
  programName: null,
  enrolledAt: new Date('2026-10-01T10:00:00Z'),
  completion: { status: 'IN_PROGRESS', progressPercent: 40, timeCompleted: null },
  workshopPlaces: 0,
};
const noop = async () => undefined;

describe('RemoveEnrolmentConfirm', () => {
  it('asks, names the person, and says their progress is kept', () => {
    render(<RemoveEnrolmentConfirm removal={removal} action={noop} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Remove Sam Taylor from Lone Working?');
    expect(screen.getByText(/Their progress \(40%\) stays in their Record of Learning/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, remove Sam Taylor' })).toHaveAttribute('type', 'submit');
    expect(screen.getByRole('link', { name: 'No, keep them enrolled' })).toHaveAttribute(
      'href',
      '/admin/courses/7/enrolments',
    );
  });

  it('says a completion and its date stay, and that workshop places and programs are not undone', () => {
    render(
      <RemoveEnrolmentConfirm
        removal={{
          ...removal,
          source: 'PROGRAM',
          programName: 'Hertfordshire Induction',
          completion: { status: 'COMPLETE', progressPercent: 100, timeCompleted: new Date('2026-03-03T12:00:00Z') },
          workshopPlaces: 2,
        }}
        action={noop}
      />,
    );
    expect(screen.getByText(/completed the course on 3 March 2026/)).toBeInTheDocument();
    expect(screen.getByText(/keep their 2 workshop places/)).toBeInTheDocument();
    expect(screen.getByText(/enrolled by Hertfordshire Induction, which may enrol them again/)).toBeInTheDocument();
  });

  it('says an untouched course leaves their Record of Learning', () => {
    render(<RemoveEnrolmentConfirm removal={{ ...removal, completion: null }} action={noop} />);
    expect(screen.getByText(/removed from their Record of Learning/)).toBeInTheDocument();
  });
});

describe('EnrolUsersForm', () => {
  it('offers "Enrol anyway" only after the warning, keeping the usernames', async () => {
    const warn = async (_prev: ActionResult, formData: FormData): Promise<ActionResult> =>
      formData.get('enrolAnyway') === 'yes'
        ? { ok: true, message: 'Enrolled 1 person.' }
        : {
            ok: false,
            message: 'Nobody has been enrolled yet.',
            fieldErrors: { enrolAnyway: 'John Smith (john.smith) cannot find it in Find Learning.' },
            values: formValues(formData),
          };
    const { container } = render(<EnrolUsersForm action={warn} courseId={7} />);
    expect(screen.queryByRole('checkbox', { name: 'Enrol anyway' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Usernames'), { target: { value: 'john.smith' } });
    fireEvent.submit(container.querySelector('form')!);
    const box = await screen.findByRole('checkbox', { name: 'Enrol anyway' }, { timeout: 15_000 });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/John Smith \(john.smith\) cannot find it/);
    expect(screen.getByLabelText('Usernames')).toHaveValue('john.smith');
    fireEvent.click(box);
    fireEvent.submit(container.querySelector('form')!);
    expect(await screen.findByRole('status', {}, { timeout: 15_000 })).toHaveTextContent('Enrolled 1 person.');
  });
});
