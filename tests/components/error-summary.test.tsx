import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId } from '@/components/ui/field-id';

describe('ErrorSummary (GOV.UK pattern)', () => {
  it('renders nothing when there is no error', () => {
    const { container } = render(<ErrorSummary />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists each field error as a link to its field and takes focus', async () => {
    render(
      <>
        <ErrorSummary fieldErrors={{ email: 'Enter an email address', password: 'Enter a password' }} />
        <input id={fieldId('email')} aria-label="Email" />
      </>,
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Enter an email address' });
    expect(link).toHaveAttribute('href', `#${fieldId('email')}`);
    expect(screen.getAllByRole('link')).toHaveLength(2);
    await userEvent.click(link);
    expect(window.location.hash).toBe(`#${fieldId('email')}`);
  });

  it('shows a general message when no field is at fault', () => {
    render(<ErrorSummary message="Something went wrong. Try again." />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong. Try again.');
  });
});
