// The first-login change-password screen, as the user guide shows it: the username (case sensitive), the
// policy text right above the new password, and every unmet rule at once beside the field.
import { fireEvent, render, screen } from '@testing-library/react';
import { ChangePasswordForm } from '@/components/accounts/change-password-form';
import { fieldId } from '@/components/ui/field-id';
import type { ActionResult } from '@/lib/action-result';
import {
  DEFAULT_PASSWORD_POLICY,
  describePolicy,
  passwordProblems,
  passwordProblemsMessage,
} from '@/lib/accounts/policy-rules';

jest.mock('next-auth/react', () => ({ getCsrfToken: jest.fn() }));

async function refusePolicy(): Promise<ActionResult<{ svProof: string }>> {
  return {
    ok: false,
    message: 'Check the passwords you entered',
    fieldErrors: { newPassword: passwordProblemsMessage(passwordProblems('password', DEFAULT_PASSWORD_POLICY))! },
  };
}

describe('ChangePasswordForm', () => {
  const policy = describePolicy(DEFAULT_PASSWORD_POLICY);

  it('shows the username as "Username (case sensitive)" and the policy above the new password', () => {
    render(<ChangePasswordForm action={refusePolicy} next="/" username="90011" policy={policy} />);
    expect(screen.getByText('Username (case sensitive)')).toBeInTheDocument();
    expect(screen.getByTestId('username')).toHaveTextContent('90011');
    const hint = document.getElementById('password-policy')!;
    expect(hint).toHaveTextContent('at least 8 characters');
    expect(hint).toHaveTextContent('at least 1 capital letter');
    const newPassword = screen.getByLabelText('New password');
    expect(newPassword.getAttribute('aria-describedby')).toContain('password-policy');
    // The policy sits between the current and the new password, so it is read right before the field.
    expect(hint.compareDocumentPosition(newPassword) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lists every unmet rule of "password" beside the field after a refused submit', async () => {
    render(<ChangePasswordForm action={refusePolicy} next="/" username="90011" policy={policy} />);
    fireEvent.submit(screen.getByRole('button', { name: 'Change password' }).closest('form')!);
    const error = await screen.findByText(/at least 1 capital letter/, {
      selector: `#${fieldId('newPassword')}-error`,
    });
    expect(error).toHaveTextContent('at least 1 number');
    expect(error).toHaveTextContent('too common');
  });
});
