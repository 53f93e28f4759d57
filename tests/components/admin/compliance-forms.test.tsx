// Issue 11 item 6: the certification record form and the certificate forms keep what was typed after a refused
// submit and show the specific message beside each field. The record form's action runs the real schema and
// record rules (lib/certifications/record-edit.ts), so the messages are the ones an admin would see.
import { fireEvent, render, screen, within } from '@testing-library/react';
import {
  CertificationRecordForm,
  IssueCertificateForm,
  RevokeCertificateForm,
} from '@/components/admin/compliance-forms';
import { formValues, zodFieldErrors, type ActionFailure } from '@/lib/action-result';
import { certificationRecordEditSchema, recordFromEdit } from '@/lib/certifications/record-edit';
import { expectKeepsEveryValue, refuseAction } from '../../helpers/form-values';

const NOW = new Date('2027-03-10T12:00:00Z');

/** What the server action does before it reaches the database: parse, then the record rules. */
async function recordAction(_prev: unknown, formData: FormData): Promise<ActionFailure | { ok: true }> {
  const values = formValues(formData);
  const parsed = certificationRecordEditSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return { ok: false, message: 'Check the form', fieldErrors: zodFieldErrors(parsed.error), values };
  const next = recordFromEdit(parsed.data, { baselineTimeExpires: null }, NOW);
  if (!next.ok) return { ok: false, message: 'There is a problem', fieldErrors: next.fieldErrors, values };
  return { ok: true };
}

function type(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function renderRecordForm() {
  return render(
    <CertificationRecordForm
      action={recordAction}
      programId={1}
      userId={2}
      version="1700000000000"
      initial={{ state: 'not_certified' }}
    />,
  );
}

it('record form: impossible dates keep every value and say what is wrong beside each field', async () => {
  const { container } = renderRecordForm();
  fireEvent.click(screen.getByLabelText('Certified'));
  type(/^Completion date/, '2027-03-01');
  type(/^Window opens/, '2027-02-01');
  type(/^Expiry date/, '2026-01-01');
  type(/^Reason for the change/, 'Paper record seen');
  fireEvent.submit(container.querySelector('form')!);
  const summary = await screen.findByRole('alert', {}, { timeout: 15_000 });
  expect(within(summary).getByText('The window cannot open before the completion date')).toBeInTheDocument();
  expect(within(summary).getByText('The expiry date must be after the date the window opens')).toBeInTheDocument();
  // Each message also sits by its field, and nothing typed is lost.
  expect(screen.getByLabelText(/^Window opens/)).toHaveValue('2027-02-01');
  expect(screen.getByLabelText(/^Window opens/)).toHaveAccessibleDescription(
    expect.stringContaining('The window cannot open before the completion date'),
  );
  expect(screen.getByLabelText(/^Completion date/)).toHaveValue('2027-03-01');
  expect(screen.getByLabelText(/^Expiry date/)).toHaveValue('2026-01-01');
  expect(screen.getByLabelText(/^Reason for the change/)).toHaveValue('Paper record seen');
  expect(screen.getByLabelText('Certified')).toBeChecked();
});

it('record form: a missing reason, then a missing due date for "Expired", are named', async () => {
  const { container } = renderRecordForm();
  fireEvent.click(screen.getByLabelText('Expired'));
  fireEvent.submit(container.querySelector('form')!);
  const summary = await screen.findByRole('alert', {}, { timeout: 15_000 });
  expect(within(summary).getByText('Enter the reason for this change')).toBeInTheDocument();
  expect(screen.getByLabelText('Expired')).toBeChecked();
  type(/^Reason for the change/, 'Lapsed in January');
  fireEvent.submit(container.querySelector('form')!);
  expect(
    await screen.findByText(
      (_t, el) =>
        el?.tagName === 'A' &&
        el.textContent === 'Enter the due date: for an expired certification, the day it expired',
      {},
      { timeout: 15_000 },
    ),
  ).toBeInTheDocument();
  expect(screen.getByLabelText(/^Reason for the change/)).toHaveValue('Lapsed in January');
  expect(screen.getByLabelText('Expired')).toBeChecked();
});

it.each<[string, () => React.ReactElement]>([
  [
    'Certification record',
    () => <CertificationRecordForm action={refuseAction} programId={1} userId={2} version="1" initial={{}} />,
  ],
  [
    'Issue a certificate',
    () => (
      <IssueCertificateForm
        action={refuseAction}
        courseId={1}
        certificates={[
          { id: 1, name: 'Course certificate' },
          { id: 2, name: 'Refresher certificate' },
        ]}
      />
    ),
  ],
  ['Revoke a certificate', () => <RevokeCertificateForm action={refuseAction} courseId={1} issueId={3} />],
])('%s keeps every value after a refused submit', async (_name, ui) => {
  const { container } = render(ui());
  await expectKeepsEveryValue(container);
});
