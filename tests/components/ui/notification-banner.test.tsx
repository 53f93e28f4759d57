// Issue 16 item 5: after enrol, sign-up or cancel the page shows a success banner; focus moves to it, so the
// result is what a keyboard or screen reader user meets first (not the top of the page).
import { render, screen } from '@testing-library/react';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { TakeFocus } from '@/components/ui/take-focus';

describe('focus after an action', () => {
  it('a success banner takes focus when it appears', () => {
    render(
      <>
        <a href="#main-content">Skip to main content</a>
        <NotificationBanner tone="success" title="You are enrolled">
          This course is now in your Record of Learning.
        </NotificationBanner>
      </>,
    );
    expect(screen.getByRole('status', { name: 'You are enrolled' })).toHaveFocus();
  });

  it('an information banner leaves focus alone', () => {
    render(<NotificationBanner title="Why you are enrolled">Part of a program.</NotificationBanner>);
    expect(document.body).toHaveFocus();
  });

  it('TakeFocus moves focus again when remounted with a new key (a quiz page change)', () => {
    const page = (n: number) => (
      <>
        <h1 id="attempt-heading" tabIndex={-1}>
          Quiz
        </h1>
        <button type="button">Next page</button>
        <TakeFocus key={n} targetId="attempt-heading" />
      </>
    );
    const { rerender } = render(page(1));
    expect(screen.getByRole('heading')).toHaveFocus();
    screen.getByRole('button').focus();
    rerender(page(2));
    expect(screen.getByRole('heading')).toHaveFocus();
  });
});
