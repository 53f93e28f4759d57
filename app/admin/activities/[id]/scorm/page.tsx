import type { Metadata } from 'next';
import { AttemptSettingsForm } from '@/components/scorm/attempt-settings-form';
import { PackageUpload } from '@/components/scorm/package-upload';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getActivityForEdit } from '@/lib/completion/admin-queries';
import { NotFoundError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { DEFAULT_LIMITS } from '@/lib/scorm/package';
import { getScormPackageDetails, listScormAttemptsReport } from '@/lib/scorm/queries';
import { formatTimeSpent, statusLabel } from '@/lib/scorm/rules';
import { parseIdParam } from '@/lib/validation';
import { resetTracksAction, scormSettingsAction } from './actions';

export const metadata: Metadata = { title: 'eLearning package' };

function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; created?: string }> };

export default async function ScormAdminPage({ params, searchParams }: Props) {
  const viewer = await requireAdminPage();
  const activityId = parseIdParam((await params).id);
  const load = async () => {
    const activity = await getActivityForEdit(viewer, activityId);
    if (activity.type !== 'SCORM') throw new NotFoundError('Not an eLearning activity');
    const [pkg, attempts] = await Promise.all([
      getScormPackageDetails(viewer, activityId),
      listScormAttemptsReport(viewer, activityId),
    ]);
    return { activity, pkg, attempts };
  };
  const { activity, pkg, attempts } = await pageOrNotFound(() => load());
  const { saved, created } = await searchParams;
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Courses', href: '/admin/courses' },
          { label: activity.name, href: `/admin/activities/${activityId}` },
          { label: 'eLearning package' },
        ]}
      />
      <h1 className="text-3xl font-bold">{activity.name}: eLearning package</h1>
      {created ? (
        <NotificationBanner tone="success">eLearning activity added. Now upload its SCORM package.</NotificationBanner>
      ) : null}
      {saved === 'settings' ? <NotificationBanner tone="success">Attempt settings saved.</NotificationBanner> : null}
      {saved === 'reset' ? (
        <NotificationBanner tone="success">The learner’s tracks were reset; they start afresh.</NotificationBanner>
      ) : null}

      <section className="mt-6" aria-labelledby="package-title">
        <h2 id="package-title" className="text-2xl font-bold">
          Package
        </h2>
        {pkg ? (
          <SummaryList
            className="mt-4"
            rows={[
              { key: 'Title', value: pkg.title },
              { key: 'SCORM version', value: pkg.version === 'SCORM_12' ? 'SCORM 1.2' : `SCORM ${pkg.schemaVersion}` },
              { key: 'Launch file', value: pkg.launchPath },
              { key: 'Size', value: `${formatBytes(pkg.sizeBytes)} in ${pkg.fileCount} files` },
              { key: 'File', value: pkg.originalFilename },
              {
                key: 'Uploaded',
                value: `${formatDate(pkg.uploadedAt)}${pkg.uploadedBy ? ` by ${pkg.uploadedBy}` : ''}`,
              },
            ]}
          />
        ) : (
          <p className="mt-2">No package yet: learners see “This eLearning has no content yet”.</p>
        )}
        <PackageUpload
          uploadUrl={`/api/scorm/activities/${activityId}/package`}
          hasPackage={!!pkg}
          maxMb={Math.round(DEFAULT_LIMITS.maxUploadBytes / (1024 * 1024))}
        />
      </section>

      {pkg ? (
        <section className="mt-8" aria-labelledby="settings-title">
          <h2 id="settings-title" className="text-2xl font-bold">
            Attempts
          </h2>
          <AttemptSettingsForm
            action={scormSettingsAction}
            activityId={activityId}
            maxAttempts={pkg.maxAttempts}
            newAttemptOnCompletion={pkg.newAttemptOnCompletion}
          />
        </section>
      ) : null}

      <section className="mt-8" aria-labelledby="report-title">
        <h2 id="report-title" className="text-2xl font-bold">
          Learners’ attempts
        </h2>
        {attempts.length === 0 ? (
          <p className="mt-2">Nobody has opened this eLearning yet.</p>
        ) : (
          <>
            <p className="mt-2">
              <a href={`/admin/activities/${activityId}/scorm/attempts.csv`} className="text-[var(--link)] underline">
                Download the attempts (CSV)
              </a>
            </p>
            <table className="mt-4 w-full text-left">
              <thead>
                <tr className="border-b border-slate-400">
                  <th className="py-2">Learner</th>
                  <th>Attempt</th>
                  <th>Status</th>
                  <th>Score</th>
                  <th>Time</th>
                  <th>Last access</th>
                  <th>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {attempts.map((a) => (
                  <tr key={`${a.userId}-${a.attemptNumber}`} className="border-b border-slate-200">
                    <td className="py-2">
                      {a.learner} <span className="text-slate-600">({a.username})</span>
                    </td>
                    <td>
                      {a.attemptNumber}
                      {a.archived ? ' (archived)' : ''}
                    </td>
                    <td>{statusLabel(a)}</td>
                    <td>{a.scorePercent === null ? '–' : `${a.scorePercent}%`}</td>
                    <td>{formatTimeSpent(a.totalTimeSeconds)}</td>
                    <td>{a.lastAccess ? formatDate(a.lastAccess) : '–'}</td>
                    <td>
                      {!a.archived ? (
                        <form action={resetTracksAction}>
                          <input type="hidden" name="activityId" value={activityId} />
                          <input type="hidden" name="userId" value={a.userId} />
                          <button type="submit" className="text-[var(--link)] underline">
                            Reset tracks<span className="sr-only"> for {a.learner}</span>
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
