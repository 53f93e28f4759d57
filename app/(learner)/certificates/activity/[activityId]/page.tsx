import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { buttonClass } from '@/components/ui/button';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getCertificateActivity } from '@/lib/certificates/queries';
import { formatDate } from '@/lib/format';
import { parseIdParam } from '@/lib/validation';

export const metadata: Metadata = { title: 'Certificate' };

export default async function CertificateActivityPage({ params }: { params: Promise<{ activityId: string }> }) {
  const { activityId: raw } = await params;
  const viewer = await requirePageViewer(`/certificates/activity/${raw}`);
  const page = await pageOrNotFound(() => getCertificateActivity(viewer, parseIdParam(raw)));
  const courseHref = `/courses/${page.course.id}`;
  // The latest certificate revoked and none issued since: say so, not "not available yet".
  const revoked = page.previous[0]?.revokedAt ? page.previous[0] : null;
  return (
    <>
      <Breadcrumbs items={[{ label: page.course.fullName, href: courseHref }, { label: page.activity.name }]} />
      <h1 className="text-3xl font-bold">{page.activity.name}</h1>
      {page.current ? (
        <section className="mt-6" aria-labelledby="current-certificate">
          <h2 id="current-certificate" className="text-xl font-bold">
            Your certificate
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Course completed</dt>
            <dd>{formatDate(page.current.completedAt)}</dd>
            <dt className="font-semibold">Issued</dt>
            <dd>{formatDate(page.current.issuedAt)}</dd>
            {page.current.validUntil ? (
              <>
                <dt className="font-semibold">Valid until</dt>
                <dd>{formatDate(page.current.validUntil)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">Verification code</dt>
            <dd className="font-mono">{page.current.code}</dd>
          </dl>
          <p className="mt-4">
            <a
              href={`/certificates/${page.current.id}`}
              target="_blank"
              rel="noopener"
              className={buttonClass('primary')}
            >
              Get your certificate<span className="sr-only"> (PDF, opens in a new window)</span>
            </a>
          </p>
          <p className="mt-2 text-slate-700">
            Anyone you show it to can check it at{' '}
            <Link href="/verify" className="text-[var(--link)] underline">
              iLearn+ certificate check
            </Link>{' '}
            with the code.
          </p>
        </section>
      ) : revoked ? (
        <div className="mt-6 border-l-4 border-red-700 bg-red-50 p-4">
          <h2 className="text-xl font-bold">Your certificate was revoked</h2>
          <p className="mt-2">
            Your L&amp;D team revoked your certificate on {formatDate(revoked.revokedAt)}. Reason:{' '}
            {revoked.revokedReason}
          </p>
          <p className="mt-2">It no longer opens or verifies. Contact your L&amp;D team if you think this is wrong.</p>
        </div>
      ) : (
        <div className="mt-6 border-l-4 border-slate-500 bg-slate-100 p-4">
          <h2 className="text-xl font-bold">Not available yet</h2>
          <p className="mt-2">Your certificate is issued when you complete {page.course.fullName}.</p>
          {page.lockedReasons.map((reason) => (
            <p key={reason} className="mt-2">
              {reason}.
            </p>
          ))}
          <p className="mt-2">
            <Link href={courseHref} className="text-[var(--link)] underline">
              Back to {page.course.fullName}
            </Link>
          </p>
        </div>
      )}
      {page.previous.length > 0 ? (
        <section className="mt-8" aria-labelledby="previous-certificates">
          <h2 id="previous-certificates" className="text-xl font-bold">
            Summary of previously received certificates
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {page.previous.map((p) =>
              p.revokedAt ? (
                <li key={p.id}>
                  Completed {formatDate(p.completedAt)}, issued {formatDate(p.issuedAt)} –{' '}
                  <strong>revoked on {formatDate(p.revokedAt)}</strong>. Reason: {p.revokedReason}. It no longer opens
                  or verifies; ask your L&amp;D team if you think this is wrong.
                </li>
              ) : (
                <li key={p.id}>
                  Completed {formatDate(p.completedAt)}, issued {formatDate(p.issuedAt)}
                  {p.validUntil ? `, valid until ${formatDate(p.validUntil)}` : ''} –{' '}
                  <a
                    href={`/certificates/${p.id}`}
                    target="_blank"
                    rel="noopener"
                    className="text-[var(--link)] underline"
                  >
                    open
                    <span className="sr-only">
                      {' '}
                      the certificate issued {formatDate(p.issuedAt)} (PDF, opens in a new window)
                    </span>
                  </a>
                </li>
              ),
            )}
          </ul>
        </section>
      ) : null}
    </>
  );
}
