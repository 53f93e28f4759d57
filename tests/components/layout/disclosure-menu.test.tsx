import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DisclosureMenu } from '@/components/layout/disclosure-menu';
import { MenuToggle } from '@/components/layout/menu-toggle';

jest.mock('next/navigation', () => ({ usePathname: () => '/record-of-learning' }));

const items = [
  { label: 'Record of Learning', href: '/record-of-learning' },
  { label: 'Required Learning', href: '/required-learning' },
];

describe('DisclosureMenu', () => {
  it('toggles aria-expanded and shows the links only when open', async () => {
    const user = userEvent.setup();
    render(<DisclosureMenu label="My Learning" items={items} />);
    const button = screen.getByRole('button', { name: 'My Learning' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Record of Learning' })).not.toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(button.getAttribute('aria-controls')!)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Record of Learning' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Required Learning' })).not.toHaveAttribute('aria-current');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('works from the keyboard; Escape closes it and returns focus to the button', async () => {
    const user = userEvent.setup();
    render(<DisclosureMenu label="My Learning" items={items} />);
    const button = screen.getByRole('button', { name: 'My Learning' });
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Record of Learning' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('closes when focus or a click moves outside it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <DisclosureMenu label="My Learning" items={items} />
        <button type="button">Elsewhere</button>
      </>,
    );
    const button = screen.getByRole('button', { name: 'My Learning' });
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    await user.tab(); // Record of Learning
    await user.tab(); // Required Learning
    await user.tab(); // Elsewhere
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('renders extra items such as Sign out inside the panel', async () => {
    const user = userEvent.setup();
    render(
      <DisclosureMenu label="Sam Taylor" items={[{ label: 'Profile', href: '/profile' }]}>
        <li>
          <button type="button">Sign out</button>
        </li>
      </DisclosureMenu>,
    );
    await user.click(screen.getByRole('button', { name: 'Sam Taylor' }));
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });
});

describe('MenuToggle (phone task bar)', () => {
  it('"Menu" shows and hides the task bar, and Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    render(
      <MenuToggle panelId="task-bar">
        <a href="#home">Home</a>
      </MenuToggle>,
    );
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-controls', 'task-bar');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById('task-bar')).toHaveClass('hidden');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('task-bar')).not.toHaveClass('hidden');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Home' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });
});
