import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ManualLoginForm } from '@/components/accounts/manual-login-form';

const signIn = jest.fn();
jest.mock('next-auth/react', () => ({ signIn: (...args: unknown[]) => signIn(...args) }));

describe('ManualLoginForm', () => {
  beforeEach(() => signIn.mockReset());

  it('asks for both fields without calling the server', async () => {
    render(<ManualLoginForm callbackUrl="/" initialError={null} />);
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.getByRole('link', { name: 'Enter your username' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter your password' })).toBeInTheDocument();
    expect(signIn).not.toHaveBeenCalled();
  });

  it('shows the server\'s message for a failed login and keeps the username', async () => {
    signIn.mockResolvedValue({ ok: false, error: 'CredentialsSignin' });
    global.fetch = jest.fn().mockResolvedValue({ ok: true, json: async () => ({ message: 'The username or password is not correct.' }) }) as unknown as typeof fetch;
    render(<ManualLoginForm callbackUrl="/courses" initialError={null} />);
    await userEvent.type(screen.getByLabelText('Username', { exact: false }), 'Sam.Taylor');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('The username or password is not correct.')).toBeInTheDocument();
    expect(signIn).toHaveBeenCalledWith('credentials', { username: 'Sam.Taylor', password: 'wrong', redirect: false, callbackUrl: '/courses' });
    expect(screen.getByLabelText('Username', { exact: false })).toHaveValue('Sam.Taylor');
  });
});
