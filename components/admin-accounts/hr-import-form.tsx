'use client';
import type { ActionResult } from '@/lib/action-result';
import type { HrImportReport } from '@/lib/accounts/hr-import';
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
