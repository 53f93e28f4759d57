import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { pageTitles } from '@/components/layout/page-titles';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SummaryList } from '@/components/ui/summary-list';
import { RoomCell, SessionDateList } from '@/components/workshops/session-dates';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getSessionForViewer } from '@/lib/workshops/queries';
import { formatMoney } from '@/lib/format';
import { SignUpForm } from './sign-up-form';
import { parseIdParam } from '@/lib/validation';
import { HelpLink } from '@/components/help/help-link';

const load = cache((viewer: Viewer, sessionId: number) => pageOrNotFound(() => getSessionForViewer(viewer, sessionId)));

export async function generateMetadata({ params }: { params: Promise<{ sessionId: string }> }): Promise<Metadata> {
  const { sessionId } = await params;
  const data = await load(await requirePageViewer(`/workshops/sessions/${sessionId}/sign-up`), parseIdParam(sessionId));
  return { title: pageTitles.signUp(data.activity.name, data.row.options.includes('JOIN_WAITLIST')) };
}

export default async function SignUpPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const viewer = await requirePageViewer(`/workshops/sessions/${sessionId}/sign-up`);
  const data = await load(viewer, parseIdParam(sessionId));
  const { session, row, workshop } = data;
  const canSignUp = row.options.includes('SIGN_UP') || row.options.includes('JOIN_WAITLIST');
  const waitlist = row.options.includes('JOIN_WAITLIST');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: data.course.fullName, href: `/courses/${data.course.id}` },
          { label: data.activity.name, href: `/workshops/${data.activity.id}` },
          { label: waitlist ? 'Join waitlist' : 'Sign-up' },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {waitlist ? 'Join the waitlist' : 'Sign up'}: {data.activity.name}
      </h1>
      <SummaryList
        className="mt-6"
        rows={[
          { key: 'Date and time', value: <SessionDateList dates={session.dates} /> },
          { key: 'Duration', value: session.dates.length ? session.duration : null },
          { key: 'Room', value: session.dates[0] ? <RoomCell room={session.dates[0].room} /> : null },
          { key: 'Cost', value: formatMoney(session.costPence) },
          { key: 'Seats available', value: String(row.seatsAvailable) },
        ]}
      />
      {workshop.cancellationPolicyHtml ? (
        <section className="mt-6">
          <h2 className="text-xl font-bold">Cancellation policy</h2>
          <div className="prose mt-2" dangerouslySetInnerHTML={{ __html: workshop.cancellationPolicyHtml }} />
        </section>
      ) : null}
      {waitlist ? (
        <p className="mt-6 text-lg">
          This session is full. If you join the waitlist you’ll be booked automatically when a seat becomes free, in the
          order people joined.
        </p>
      ) : null}
      {canSignUp && data.enrolOnSignUp ? (
        <p className="mt-6 border-l-4 border-slate-500 pl-3 text-lg">
          Signing up also enrols you on the course {data.course.fullName}, so it appears in your Record of Learning.
        </p>
      ) : null}
      {canSignUp ? (
        <SignUpForm
          sessionId={session.id}
          selfAuthorisation={workshop.approval === 'SELF_AUTHORISATION'}
          termsHtml={workshop.termsHtml}
          costCodeRequired={session.costCodeRequired}
          costCodeReason={session.costCodeReason}
          questions={workshop.questions}
          waitlist={waitlist}
        />
      ) : (
        <div className="mt-6 text-lg">
          <p>
            {data.blockers.length
              ? `${data.blockers.join('. ')}.`
              : row.myBooking
                ? 'You already have a place on this session.'
                : `Sign-up is not available for this session (${row.statusLabel.toLowerCase()}).`}
          </p>
          <p className="mt-2">
            <Link href={`/workshops/sessions/${session.id}`} className="text-[var(--link)] underline">
              See the session details
            </Link>
          </p>
        </div>
      )}
      {canSignUp && session.costCodeRequired ? (
        <HelpLink slug="cost-codes">Why do I have to give a cost code?</HelpLink>
      ) : null}
      <HelpLink slug="book-a-workshop">How do I book a workshop?</HelpLink>
    </>
  );
}
