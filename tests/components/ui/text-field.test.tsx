import { render, screen } from '@testing-library/react';
import { TextField } from '@/components/ui/field';

describe('TextField', () => {
  it('describes the input by its hint, its error and any extra text the caller names', () => {
    render(
      <>
        <p id="password-policy">At least 8 characters</p>
        <TextField
          name="newPassword"
          label="New password"
          hint="Choose something memorable"
          error="Enter a new password"
          aria-describedby="password-policy"
        />
      </>,
    );
    const input = screen.getByLabelText(/New password/);
    expect(input.getAttribute('aria-describedby')?.split(' ')).toEqual([
      'field-newPassword-hint',
      'field-newPassword-error',
      'password-policy',
    ]);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      /Choose something memorable.*Enter a new password.*At least 8 characters/,
    );
  });

  it('has no description when there is no hint or error', () => {
    render(<TextField name="username" label="Username" />);
    expect(screen.getByLabelText('Username')).not.toHaveAttribute('aria-describedby');
  });
});
