// Issue 16 item 5: the "Submit your answers?" dialog opens on Cancel, the safe choice, not on the final
// "Submit all and finish".
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SubmitAttempt } from '@/components/quiz/submit-attempt';

beforeAll(() => {
  // jsdom has no modal dialogs: open it the way the browser does (without choosing a focus itself).
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

it('moves focus to Cancel when the confirmation opens', async () => {
  const user = userEvent.setup();
  render(<SubmitAttempt action={async () => ({ ok: true })} attemptId={1} activityId={2} unanswered={0} />);
  await user.click(screen.getByRole('button', { name: 'Submit all and finish' }));
  expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
});
