import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signIn } from 'next-auth/react';
import { LoginForm, LOGIN_FAILED } from '@/components/auth/login-form';
import { fieldId } from '@/components/ui/field-id';

jest.mock('next-auth/react', () => ({ signIn: jest.fn() }));
const mockedSignIn = signIn as jest.MockedFunction<typeof signIn>;

describe('LoginForm', () => {
  beforeEach(() => mockedSignIn.mockReset());

  it('labels its fields and has a "Log in" button', () => {
    render(<LoginForm callbackUrl="/" />);
    expect(screen.getByLabelText('Username (case sensitive)')).toHaveAttribute('name', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Log in' })).toBeInTheDocument();
  });

  it('asks for missing fields with an error summary linking to each field, without calling next-auth', async () => {
    const user = userEvent.setup();
    render(<LoginForm callbackUrl="/" />);
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Enter your username' })).toHaveAttribute(
      'href',
      `#${fieldId('username')}`,
    );
    expect(screen.getByRole('link', { name: 'Enter your password' })).toHaveAttribute(
      'href',
      `#${fieldId('password')}`,
    );
    expect(screen.getByLabelText('Username (case sensitive)')).toHaveAttribute('aria-invalid', 'true');
    expect(mockedSignIn).not.toHaveBeenCalled();
  });

  it('shows one generic message when sign-in fails, keeps the username and clears the password', async () => {
    mockedSignIn.mockResolvedValue({
      ok: false,
      error: 'CredentialsSignin',
      status: 401,
      url: null,
      code: undefined,
    } as never);
    const user = userEvent.setup();
    render(<LoginForm callbackUrl="/admin" />);
    await user.type(screen.getByLabelText('Username (case sensitive)'), '90011');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText(LOGIN_FAILED)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(mockedSignIn).toHaveBeenCalledWith('credentials', { redirect: false, username: '90011', password: 'wrong' });
    expect(screen.getByLabelText('Username (case sensitive)')).toHaveValue('90011');
    expect(screen.getByLabelText('Password')).toHaveValue('');

    // A second failure moves focus to the summary again.
    screen.getByLabelText('Password').focus();
    await user.type(screen.getByLabelText('Password'), 'wrong again');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText(LOGIN_FAILED)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});
