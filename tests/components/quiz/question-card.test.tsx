import { render, screen } from '@testing-library/react';
import { QuestionCard, type AttemptQuestion } from '@/components/quiz/question-card';

const base: AttemptQuestion = {
  slot: 4,
  number: 2,
  type: 'SINGLE_CHOICE',
  text: '<p>Who should you tell first?</p>',
  choices: [
    { id: 11, text: 'Your line manager' },
    { id: 12, text: 'Nobody &amp; nothing' },
  ],
  selectedIds: [12],
};

describe('QuestionCard', () => {
  it('shows one-answer questions as labelled radios named after the slot, with the saved answer ticked', () => {
    render(<QuestionCard question={base} />);
    expect(screen.getByRole('group', { name: 'Question 2' })).toBeInTheDocument();
    expect(screen.getByText('Who should you tell first?')).toBeInTheDocument();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(radios.every((r) => r.getAttribute('name') === 'q4')).toBe(true);
    expect(screen.getByLabelText(/Nobody & nothing/)).toBeChecked();
    expect(screen.getByLabelText(/Your line manager/)).not.toBeChecked();
    expect(screen.getByText('Select one answer.')).toBeInTheDocument();
  });

  it('names each answer with a space after its letter ("a. Your line manager", not "a.Your line manager")', () => {
    render(<QuestionCard question={base} />);
    expect(screen.getByRole('radio', { name: 'a. Your line manager' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'b. Nobody & nothing' })).toBeInTheDocument();
  });

  it('shows several-answer questions as checkboxes and locks them when time is up', () => {
    render(<QuestionCard question={{ ...base, type: 'MULTI_CHOICE', selectedIds: [] }} disabled />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    boxes.forEach((box) => expect(box).toBeDisabled());
    expect(screen.getByText('Select all that apply.')).toBeInTheDocument();
  });

  it('never puts authored markup into the page', () => {
    const { container } = render(<QuestionCard question={{ ...base, text: '<img src=x onerror=alert(1)>Safe?' }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Safe?')).toBeInTheDocument();
  });
});
