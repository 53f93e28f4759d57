// "Report a problem with this content" form ([team] #12 item 6): where (the course in general or one of its
// activities, the one the learner came from chosen already) and what; a refused submit shows the error summary and
// the message beside the field and keeps what was typed; a sent report gives way to what happens next.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { COURSE_IN_GENERAL, ReportProblemForm } from '@/components/content-reports/report-problem-form';
import { fieldId } from '@/components/ui/field-id';
import type { ActionResult } from '@/lib/action-result';
import { formValues } from '@/lib/action-result';

const ACTIVITIES = [
  { id: 11, name: 'Supervision video' },
  { id: 12, name: 'Knowledge check' },
];

describe('ReportProblemForm', () => {
  it('offers the course in general and each activity, with the one the learner came from chosen', () => {
    render(<ReportProblemForm action={jest.fn()} courseId={5} activities={ACTIVITIES} activityId={12} />);
    const where = screen.getByLabelText('Where is the problem?') as HTMLSelectElement;
    expect([...where.options].map((o) => o.textContent)).toEqual([
      COURSE_IN_GENERAL,
      'Supervision video',
      'Knowledge check',
    ]);
    expect(where.value).toBe('12');
    expect(screen.getByLabelText('What is the problem?')).toHaveAttribute('maxLength', '4000');
    expect(document.querySelector('input[name="courseId"]')).toHaveValue('5');
  });

  it('shows a refusal beside the message and keeps what was typed and chosen', async () => {
    const refuse = jest.fn(async (_prev: unknown, formData: FormData): Promise<ActionResult> => ({
      ok: false,
      message: 'Tell us about the problem',
      fieldErrors: { message: 'Describe the problem so the team can find and fix it' },
      values: formValues(formData),
    }));
    render(<ReportProblemForm action={refuse} courseId={5} activities={ACTIVITIES} />);
    fireEvent.change(screen.getByLabelText('Where is the problem?'), { target: { value: '11' } });
    fireEvent.change(screen.getByLabelText('What is the problem?'), { target: { value: '  ' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Send report' }).closest('form')!);
    expect(await screen.findByRole('alert')).toHaveTextContent('There is a problem');
    expect(document.getElementById(`${fieldId('message')}-error`)).toHaveTextContent(
      'Describe the problem so the team can find and fix it',
    );
    expect(screen.getByLabelText('Where is the problem?')).toHaveValue('11');
    expect(screen.getByLabelText('What is the problem?')).toHaveValue('  ');
    const sent = refuse.mock.calls[0]![1];
    expect(sent.get('courseId')).toBe('5');
    expect(sent.get('activityId')).toBe('11');
  });

  it('after sending, says what happens next and links back to the course', async () => {
    const accept = jest.fn(async (): Promise<ActionResult> => ({
      ok: true,
      message: 'Thank you. We have sent your report to HR L&D.',
    }));
    render(<ReportProblemForm action={accept} courseId={5} activities={ACTIVITIES} />);
    fireEvent.change(screen.getByLabelText('What is the problem?'), { target: { value: 'The video stops.' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Send report' }).closest('form')!);
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Report sent');
    expect(status).toHaveTextContent('We have sent your report to HR L&D.');
    expect(screen.getByRole('link', { name: 'Back to the course' })).toHaveAttribute('href', '/courses/5');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Send report' })).toBeNull());
  });
});
