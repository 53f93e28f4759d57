// The login page's links use the words of the user guide: "Create new account" (a visible button, not words
// inside a paragraph) and "Forgotten your username or password?" under Manual login.
import { render, screen } from '@testing-library/react';
import { CreateAccountSection, ForgottenDetailsLinks } from '@/components/auth/login-links';

describe('login page links', () => {
  it('offers "Create new account" as its own button-styled link to the account request form', () => {
    render(<CreateAccountSection />);
    const link = screen.getByRole('link', { name: 'Create new account' });
    expect(link).toHaveAttribute('href', '/request-account');
    expect(link.className).toMatch(/min-h-11/);
    expect(link.closest('p')).toBeNull();
    expect(screen.getByRole('heading', { name: 'No account yet?' })).toBeInTheDocument();
  });

  it('names the self-service link as the guide does', () => {
    render(<ForgottenDetailsLinks />);
    expect(screen.getByRole('link', { name: 'Forgotten your username or password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});
