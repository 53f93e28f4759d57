'use client';
import Link from 'next/link';
import type { ActionResult } from '@/lib/action-result';
import type { HrImportReport, LoginDetailsOutcome } from '@/lib/accounts/hr-import';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FileField } from '@/components/ui/file-field';
import { HR_IMPORT_MAX_BYTES } from '@/lib/upload-limits';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

export function HrImportForm({ action }: { action: FormAction<ActionResult<HrImportReport>> }) {
  const { state, formAction, message, fieldErrors } = useActionForm(action);
  const report = state?.ok ? state.data : undefined;
  return (
    <>
      {report ? (
        <section role="status" aria-labelledby="import-result" className="mb-8 border-4 border-green-800 p-4">
          <h2 id="import-result" className="mb-2 text-2xl font-bold">
            Import finished
          </h2>
          <ul className="mb-4 list-disc pl-6 text-lg">
            <li>{report.created} created</li>
            <li>{report.updated} updated</li>
            <li>{report.unchanged} unchanged</li>
            <li>{report.rejected.length} rejected</li>
          </ul>
          <LoginDetailsSummary outcomes={report.loginDetails} />
          {report.rejected.length > 0 ? (
            <>
              <h3 className="mb-2 text-xl font-bold">Rejected rows (nothing was saved for these)</h3>
              <ul className="mb-4 list-disc pl-6">
                {report.rejected.map((r) => (
                  <li key={`${r.line}-${r.personnelNumber}`}>
                    Line {r.line}
                    {r.personnelNumber ? ` (${r.personnelNumber})` : ''}: {r.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {report.warnings.length > 0 ? (
            <>
              <h3 className="mb-2 text-xl font-bold">Saved with warnings</h3>
              <ul className="list-disc pl-6">
                {report.warnings.map((w) => (
                  <li key={`${w.line}-${w.personnelNumber}`}>
                    Line {w.line} ({w.personnelNumber}): {w.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <form action={formAction} noValidate>
        <ErrorSummary message={message} fieldErrors={fieldErrors} />
        <FileField
          name="file"
          label="HR file (CSV)"
          accept=".csv,text/csv"
          maxBytes={HR_IMPORT_MAX_BYTES}
          error={fieldErrors.file}
        />
        <SubmitButton pendingText="Importing…">Import</SubmitButton>
      </form>
    </>
  );
}

function LoginDetailsSummary({ outcomes }: { outcomes: LoginDetailsOutcome[] }) {
  if (outcomes.length === 0) return null;
  const emailed = outcomes.filter((o) => o.sentTo !== 'admin');
  const handOver = outcomes.filter((o) => o.sentTo === 'admin');
  return (
    <>
      <h3 className="mb-2 text-xl font-bold">Login details</h3>
      {emailed.length > 0 ? (
        <ul className="mb-4 list-disc pl-6">
          {emailed.map((o) => (
            <li key={o.userId}>
              Line {o.line} ({o.personnelNumber}):{' '}
              {o.sentTo === 'person' ? 'emailed to the person' : 'emailed to their manager'} at {o.address} (
              {o.signIn === 'automatic' ? 'automatic login' : 'manual login with a temporary password'})
            </li>
          ))}
        </ul>
      ) : null}
      {handOver.length > 0 ? (
        <>
          <p className="mb-2 font-semibold">
            {handOver.length === 1 ? 'This person has' : 'These people have'} no email address and no manager we could
            email. Open each account, choose Reset password, and hand the details over in person:
          </p>
          <ul className="mb-4 list-disc pl-6">
            {handOver.map((o) => (
              <li key={o.userId}>
                Line {o.line}:{' '}
                <Link href={`/admin/users/${o.userId}`} className="underline">
                  {o.personnelNumber}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
