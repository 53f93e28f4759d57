// The ui fields (issue 9 item 5): each is labelled, tied to its hint and error with aria-describedby, reachable
// from the error summary, and keeps what was chosen after a refused submit when used with useActionForm.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { CheckboxField } from '@/components/ui/checkbox';
import { CheckboxesField, RadiosField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FileField } from '@/components/ui/file-field';
import { fieldId } from '@/components/ui/field-id';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { formValues } from '@/lib/action-result';
import { expectKeepsEveryValue, refuseAction } from '../../helpers/form-values';

const describedBy = (el: HTMLElement) => el.getAttribute('aria-describedby')?.split(' ') ?? [];

describe('single-control fields', () => {
  it.each([
    [
      'TextAreaField',
      () => <TextAreaField name="summary" label="Summary" hint="One sentence" error="Enter a summary" />,
    ],
    [
      'SelectField',
      () => (
        <SelectField
          name="summary"
          label="Summary"
          hint="One sentence"
          error="Enter a summary"
          options={[{ value: 'a', label: 'A' }]}
        />
      ),
    ],
    ['FileField', () => <FileField name="summary" label="Summary" hint="One sentence" error="Enter a summary" />],
  ])('%s is labelled and described by its hint and error', (_name, ui) => {
    render(ui());
    const control = screen.getByLabelText('Summary');
    expect(control).toHaveAttribute('id', fieldId('summary'));
    expect(describedBy(control)).toEqual(['field-summary-hint', 'field-summary-error']);
    expect(control).toHaveAttribute('aria-invalid', 'true');
    expect(control).toHaveAccessibleDescription(/One sentence.*Error: Enter a summary/);
  });

  it('marks optional fields and has no description or invalid state without a hint or error', () => {
    render(<TextField name="aim" label="Aim" optional />);
    const input = screen.getByLabelText('Aim (optional)');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('a file field is a file input and keeps the caller’s description after its own', () => {
    render(
      <>
        <p id="sizes">Smaller than 10 MB</p>
        <FileField name="file" label="Upload the file" hint="PDF or Word" accept=".pdf" aria-describedby="sizes" />
      </>,
    );
    const input = screen.getByLabelText('Upload the file');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.pdf');
    expect(describedBy(input)).toEqual(['field-file-hint', 'sizes']);
  });

  it('CheckboxField is labelled, described by its hint and error, and invalid with an error', () => {
    render(<CheckboxField name="acceptTerms" label="I agree" hint="Read them first" error="Tick to agree" />);
    const box = screen.getByRole('checkbox', { name: 'I agree' });
    expect(box).toHaveAttribute('id', fieldId('acceptTerms'));
    expect(describedBy(box)).toEqual(['field-acceptTerms-hint', 'field-acceptTerms-error']);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/Read them first.*Tick to agree/);
  });
});

describe('radios and checkboxes', () => {
  const options = [
    { value: 'ALL', label: 'All the rules', hint: 'Every rule must match' },
    { value: 'ANY', label: 'Any one rule' },
  ];

  it('RadiosField is a group named by its legend, described by hint and error, each option labelled', () => {
    render(<RadiosField name="aggregation" legend="Match" hint="Choose one" error="Choose how" options={options} />);
    const group = screen.getByRole('group', { name: 'Match' });
    expect(group).toHaveAttribute('id', fieldId('aggregation'));
    expect(describedBy(group)).toEqual(['field-aggregation-hint', 'field-aggregation-error']);
    expect(group).toHaveAccessibleDescription(/Choose one.*Choose how/);
    const all = within(group).getByRole('radio', { name: 'All the rules' });
    expect(all).toHaveAccessibleDescription('Every rule must match');
    expect(within(group).getByRole('radio', { name: 'Any one rule' })).not.toHaveAttribute('aria-describedby');
  });

  it('RadiosField ticks the given value and CheckboxesField the given values', () => {
    render(
      <>
        <RadiosField name="aggregation" legend="Match" options={options} value="ANY" />
        <CheckboxesField name="rules" legend="Rules" options={options} values={['ALL', 'ANY']} />
      </>,
    );
    expect(screen.getByRole('radio', { name: 'Any one rule' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'All the rules' })).not.toBeChecked();
    const rules = screen.getByRole('group', { name: 'Rules' });
    expect(
      within(rules)
        .getAllByRole('checkbox')
        .every((c) => (c as HTMLInputElement).checked),
    ).toBe(true);
  });

  it('says so when there is nothing to choose', () => {
    render(<CheckboxesField name="audienceIds" legend="Audiences" options={[]} />);
    expect(screen.getByText('There is nothing to choose from yet.')).toBeInTheDocument();
  });
});

function EveryField({ action }: { action: FormAction }) {
  const f = useActionForm(action);
  const e = f.fieldErrors;
  return (
    <form key={f.formKey} action={f.formAction} noValidate>
      <ErrorSummary message={f.message} fieldErrors={e} />
      <TextField name="name" label="Name" defaultValue={f.value('name', 'Fire')} error={e.name} />
      <TextAreaField name="summary" label="Summary" defaultValue={f.value('summary')} error={e.summary} />
      <SelectField
        name="team"
        label="Team"
        options={[
          { value: '1', label: 'HR L&D' },
          { value: '2', label: 'Libraries L&D' },
        ]}
        defaultValue={f.value('team', '1')}
        error={e.team}
      />
      <RadiosField
        name="format"
        legend="Format"
        options={[
          { value: 'ELEARNING', label: 'eLearning' },
          { value: 'WORKSHOP', label: 'Workshop' },
        ]}
        value={f.value('format', 'ELEARNING')}
        error={e.format}
      />
      <CheckboxesField
        name="organisationIds"
        legend="Organisations"
        options={[
          { value: '1', label: 'HCC' },
          { value: '2', label: 'Schools' },
        ]}
        values={f.list('organisationIds', ['1'])}
        error={e.organisationIds}
      />
      <CheckboxField
        name="visible"
        value="yes"
        label="Show"
        defaultChecked={f.checked('visible', true)}
        error={e.visible}
      />
      <FileField name="file" label="File" optional error={e.file} />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}

describe('ui fields in a form on useActionForm', () => {
  it('keep every value after a refused submit', async () => {
    const { container } = render(<EveryField action={refuseAction} />);
    await expectKeepsEveryValue(container);
  });

  it('show each field error beside its field, linked from the summary', async () => {
    const names = ['name', 'summary', 'team', 'format', 'organisationIds', 'visible', 'file'];
    const refuseEach = async (_prev: ActionResult, formData: FormData): Promise<ActionResult> => ({
      ok: false,
      message: 'There is a problem',
      fieldErrors: Object.fromEntries(names.map((n) => [n, `Problem with ${n}`])),
      values: formValues(formData),
    });
    const { container } = render(<EveryField action={refuseEach} />);
    fireEvent.submit(container.querySelector('form')!);
    const summary = await screen.findByRole('alert', {}, { timeout: 15_000 });
    for (const name of names) {
      const link = within(summary).getByRole('link', { name: `Problem with ${name}` });
      const target = container.querySelector(link.getAttribute('href')!) as HTMLElement;
      expect(target).not.toBeNull();
      expect(describedBy(target)).toContain(`${fieldId(name)}-error`);
      expect(container.querySelector(`#${fieldId(name)}-error`)).toHaveTextContent(`Problem with ${name}`);
    }
  });

  it('start again from the initial values after a successful submit', async () => {
    const accept = async (): Promise<ActionResult> => ({ ok: true, message: 'Saved' });
    const { container } = render(<EveryField action={accept} />);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Changed' } });
    fireEvent.submit(container.querySelector('form')!);
    await screen.findByDisplayValue('Fire', {}, { timeout: 15_000 });
    expect(screen.getByRole('radio', { name: 'eLearning' })).toBeChecked();
  });
});
