'use client';
import { CheckboxesField } from '@/components/ui/choices';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField, TextField } from '@/components/ui/field';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { DASHBOARD_BLOCKS, DASHBOARD_BLOCK_LABELS } from '@/lib/records/blocks';

export type BrandingFormValues = {
  id: number;
  logoText: string;
  primaryColour: string;
  accentColour: string;
  contactEmail: string;
  contactPhone: string;
  contactHours: string;
  helpHtml: string;
  dashboardBlocks: string[];
};

/** Edits an organisation's brand and help/contact details; keeps what was typed when something is wrong. */
export function OrganisationBrandingForm({ action, initial }: { action: FormAction; initial: BrandingFormValues }) {
  const f = useActionForm(action);
  const value = (name: Exclude<keyof BrandingFormValues, 'dashboardBlocks'>) => f.value(name, String(initial[name]));
  const error = (name: string) => f.fieldErrors[name];

  return (
    <>
      {f.state?.ok ? <NotificationBanner tone="success">{f.done}</NotificationBanner> : null}
      <ErrorSummary message={f.message} fieldErrors={f.fieldErrors} />
      <form key={f.formKey} action={f.formAction} noValidate>
        <input type="hidden" name="id" value={initial.id} />
        <h2 className="mb-4 text-2xl font-bold">Branding</h2>
        <TextField
          name="logoText"
          label="Logo text"
          hint="Shown at the top left of every page. Leave empty to show iLearn+."
          optional
          defaultValue={value('logoText')}
          error={error('logoText')}
          maxLength={40}
        />
        <TextField
          name="primaryColour"
          label="Main colour"
          hint="A hex colour, like #1d4f91. Used for the task bar and links, so white text on it must be easy to read."
          defaultValue={value('primaryColour')}
          error={error('primaryColour')}
          className="max-w-48 font-mono"
          spellCheck={false}
        />
        <TextField
          name="accentColour"
          label="Button colour"
          hint="A hex colour, like #00703c, used for main buttons."
          defaultValue={value('accentColour')}
          error={error('accentColour')}
          className="max-w-48 font-mono"
          spellCheck={false}
        />
        <h2 className="mt-8 mb-4 text-2xl font-bold">Help and contact</h2>
        <TextField
          name="contactEmail"
          type="email"
          label="Support email address"
          optional
          defaultValue={value('contactEmail')}
          error={error('contactEmail')}
          autoComplete="off"
        />
        <TextField
          name="contactPhone"
          label="Support phone number"
          hint="For example, 01992 555557 (option 5)"
          optional
          defaultValue={value('contactPhone')}
          error={error('contactPhone')}
        />
        <TextField
          name="contactHours"
          label="Opening hours"
          hint="For example, Monday to Friday, 9am to 4pm"
          optional
          defaultValue={value('contactHours')}
          error={error('contactHours')}
        />
        <TextAreaField
          name="helpHtml"
          label="Help text for this organisation"
          hint="Shown on the Help page above the general answers. Plain text: start a new paragraph on a new line."
          optional
          rows={8}
          defaultValue={value('helpHtml')}
          error={error('helpHtml')}
        />
        <CheckboxesField
          name="dashboardBlocks"
          legend="Home dashboard"
          size="large"
          hint="The blocks members of this organisation see on their Home page, in this order."
          options={DASHBOARD_BLOCKS.map((block) => ({ value: block, label: DASHBOARD_BLOCK_LABELS[block] }))}
          values={f.list('dashboardBlocks', initial.dashboardBlocks)}
          error={error('dashboardBlocks')}
        />
        <SubmitButton>Save changes</SubmitButton>
      </form>
    </>
  );
}
