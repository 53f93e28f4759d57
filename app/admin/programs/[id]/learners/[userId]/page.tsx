import type { Metadata } from 'next';
import { cache } from 'react';
import { CertificationRecordForm } from '@/components/admin/compliance-forms';
import { ProgramAdminHeader } from '@/components/admin/program-tabs';
import { CertificationStateTag } from '@/components/learning/status-tags';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import type { Viewer } from '@/lib/auth/viewer';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import { renewalLabel } from '@/lib/certifications/rules';
import { getCertificationRecordForAdmin } from '@/lib/certifications/record-admin';
import { formatDate, formatDateTime, isoLocalDate } from '@/lib/format';
import { parseIdParam } from '@/lib/validation';
import { updateCertificationRecordAction } from '../../../actions';

const load = cache((viewer: Viewer, id: number, userId: number) =>
  pageOrNotFound(() => getCertificationRecordForAdmin(viewer, id, userId)),
);

type Params = { params: Promise<{ id: string; userId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const viewer = await requireAdminPage();
  const p = await params;
  const r = await load(viewer, parseIdParam(p.id), parseIdParam(p.userId));
  return { title: `Certification record: ${r.learner.firstName} ${r.learner.lastName}` };
}

/** An audit value as people read it: dates in UK format, states in words. */
function shown(value: string | null): string {
  if (value === null) return '(none)';
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDate(new Date(value));
  return value.replaceAll('_', ' ').toLowerCase();
}

const day = (d: Date | null) => (d ? isoLocalDate(d) : '');

export default async function CertificationRecordPage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ saved?: string }> }) {
  const viewer = await requireAdminPage();
  const p = await params;
  const { saved } = await searchParams;
  const r = await load(viewer, parseIdParam(p.id), parseIdParam(p.userId));
  const name = `${r.learner.firstName} ${r.learner.lastName}`;
  return (
    <div>
      <ProgramAdminHeader program={r.program} section={`Learners › ${name}`} />
      {saved ? (
        <div className="mt-6">
          <NotificationBanner tone="success">
            The record is saved and the change is in the audit trail below. {name} sees the new state now.
          </NotificationBanner>
        </div>
      ) : null}
      <h2 className="mt-8 text-2xl font-bold">
        {name} ({r.learner.username})
      </h2>
      <SummaryList
        className="mt-4"
        rows={[
          { key: 'State', value: <CertificationStateTag state={r.state.key} /> },
          { key: 'Renewal status', value: renewalLabel(r.state) },
          { key: 'Overdue', value: r.state.overdue ? 'Yes' : 'No' },
          { key: 'Due date', value: formatDate(r.state.dueAt) || '–' },
          { key: 'Completion date', value: formatDate(r.record.timeCompleted) || '–' },
          { key: 'Window opens', value: formatDate(r.record.timeWindowOpens) || '–' },
          { key: 'Expiry date', value: formatDate(r.record.timeExpires) || '–' },
          { key: 'Original expiry (before changes)', value: formatDate(r.record.baselineTimeExpires) || '–' },
          { key: 'Path', value: r.record.path === 'RECERT' ? 'Recertification' : 'Original certification' },
        ]}
      />

      <h2 className="mt-10 text-2xl font-bold">Change the record</h2>
      <p className="mt-2 max-w-3xl">
        This corrects the record only: it does not reset or archive course progress. To start a renewal properly, keep
        the state Certified and set the window to open today; the next scheduled pass archives the cycle and resets the
        courses.
      </p>
      <CertificationRecordForm
        action={updateCertificationRecordAction}
        programId={r.program.id}
        userId={r.learner.id}
        version={r.record.version}
        initial={{
          state: r.state.key,
          timeCompleted: day(r.record.timeCompleted),
          timeWindowOpens: day(r.record.timeWindowOpens),
          timeExpires: day(r.record.timeExpires),
          dueAt: day(r.state.key === 'expired' ? r.state.dueAt : r.record.dueAt),
        }}
      />

      <h2 className="mt-10 text-2xl font-bold">Previous completions</h2>
      {r.history.length === 0 ? (
        <p className="mt-2">None.</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {r.history.map((h) => (
            <li key={h.timeCompleted.toISOString()}>
              Completed {formatDate(h.timeCompleted)}, valid until {formatDate(h.timeExpires)}
              {h.unassigned ? ' (kept when they were unassigned)' : ''}
            </li>
          ))}
        </ul>
      )}

      <h2 className="mt-10 text-2xl font-bold">Audit trail</h2>
      {r.trail.length === 0 ? (
        <p className="mt-2">Nobody has changed this record by hand.</p>
      ) : (
        <ResponsiveTable
          caption="Changes made by hand, newest first"
          head={
            <>
              <Th>When</Th>
              <Th>Who</Th>
              <Th>Reason</Th>
              <Th>Changes</Th>
            </>
          }
        >
          {r.trail.map((t) => (
            <tr key={t.id}>
              <Td label="When">{formatDateTime(t.at)}</Td>
              <Td label="Who">{t.actor}</Td>
              <Td label="Reason">{t.reason}</Td>
              <Td label="Changes">
                <ul className="list-none">
                  {t.changes.map((c) => (
                    <li key={c.field}>
                      {c.field}: {shown(c.before)} → {shown(c.after)}
                    </li>
                  ))}
                </ul>
              </Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </div>
  );
}
