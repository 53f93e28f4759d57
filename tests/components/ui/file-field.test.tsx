// Issue 15 item 3: the browser checks a file's size before sending, so an oversize file gets the field message at
// once, the form cannot be submitted, and nothing typed is sent (or lost) for nothing.
import { fireEvent, render, screen } from '@testing-library/react';
import { TextField } from '@/components/ui/field';
import { FileField } from '@/components/ui/file-field';

const LIMIT = 10 * 1024 * 1024;

function choose(input: HTMLInputElement, bytes: number) {
  const file = new File([new Uint8Array(bytes)], 'certificate.pdf', { type: 'application/pdf' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('FileField with maxBytes', () => {
  it('refuses a file over the limit in the browser with the field message; the form will not submit', () => {
    const onSubmit = jest.fn((event: { preventDefault: () => void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit} aria-label="evidence">
        <TextField name="title" label="Title" defaultValue="First aid at work" />
        <FileField name="file" label="Upload a file" hint="PDF, 10 MB or smaller" maxBytes={LIMIT} />
        <button type="submit">Save</button>
      </form>,
    );
    const input = screen.getByLabelText(/Upload a file/) as HTMLInputElement;
    choose(input, LIMIT + 1);
    expect(screen.getByText('The selected file must be 10 MB or smaller')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.validity.valid).toBe(false);
    const form = screen.getByRole('form', { name: 'evidence' }) as HTMLFormElement;
    expect(form.checkValidity()).toBe(false);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('First aid at work');

    // Exactly the limit is fine, and choosing it clears the message.
    choose(input, LIMIT);
    expect(screen.queryByText('The selected file must be 10 MB or smaller')).toBeNull();
    expect(input.validity.valid).toBe(true);
    expect(form.checkValidity()).toBe(true);
  });
});
