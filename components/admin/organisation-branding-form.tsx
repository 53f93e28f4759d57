'use client';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { fieldId } from '@/components/ui/field-id';
import { TextAreaField, TextField } from '@/components/ui/field';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ActionResult } from '@/lib/action-result';
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

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** Edits an organisation's brand and help/contact details; keeps what was typed when something is wrong. */
export function OrganisationBrandingForm({ action, initial }: { action: Action; initial: BrandingFormValues }) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values;
  const value = (name: Exclude<keyof BrandingFormValues, 'dashboardBlocks'>) => values?.[name] ?? String(initial[name]);
  const chosenBlocks = values ? (values.dashboardBlocks ?? '').split('\n') : initial.dashboardBlocks;
  const error = (name: string) => failed?.fieldErrors[name];

  return (
    <>
      {state?.ok ? <NotificationBanner tone="success">{state.message}</NotificationBanner> : null}
      <ErrorSummary message={failed?.message} fieldErrors={failed?.fieldErrors} />
      {/* key: after a save or failure, inputs show the values the server returned */}
      <form action={formAction} noValidate key={JSON.stringify(state)}>
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
        <fieldset
          className={`mb-6 ${error('dashboardBlocks') ? 'border-l-4 border-red-700 pl-4' : ''}`}
          aria-describedby={`${fieldId('dashboardBlocks')}-hint`}
        >
          <legend className="text-2xl font-bold">Home dashboard</legend>
          <p id={`${fieldId('dashboardBlocks')}-hint`} className="mt-1 mb-3 text-slate-600">
            The blocks members of this organisation see on their Home page, in this order.
          </p>
          {error('dashboardBlocks') ? (
            <p className="mb-2 font-semibold text-red-700">
              <span className="sr-only">Error: </span>
              {error('dashboardBlocks')}
            </p>
          ) : null}
          {DASHBOARD_BLOCKS.map((block, i) => (
            <div key={block} className="mb-2 flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                id={i === 0 ? fieldId('dashboardBlocks') : `${fieldId('dashboardBlocks')}-${block}`}
                name="dashboardBlocks"
                value={block}
                defaultChecked={chosenBlocks.includes(block)}
                className="size-6 accent-[var(--brand)] focus-visible:outline-3 focus-visible:outline-[var(--focus)]"
              />
              <label htmlFor={i === 0 ? fieldId('dashboardBlocks') : `${fieldId('dashboardBlocks')}-${block}`}>
                {DASHBOARD_BLOCK_LABELS[block]}
              </label>
            </div>
          ))}
        </fieldset>
        <SubmitButton>Save changes</SubmitButton>
      </form>
    </>
  );
}
