import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageViewer } from '@/lib/auth/guards';
import { getProfile } from '@/lib/accounts/users-queries';
import { SummaryList } from '@/components/ui/summary-list';
import { CalendarFeed } from '@/components/accounts/calendar-feed';
import { EmailForm } from '@/components/accounts/email-form';
import { getOwnCalendarFeed } from '@/lib/calendar/feed';
import { createCalendarLinkAction, turnOffCalendarFeedAction, updateEmailAction } from './actions';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const viewer = await requirePageViewer('/profile');
  const [profile, feed] = await Promise.all([getProfile(viewer), getOwnCalendarFeed(viewer)]);
  const manager = profile.job?.manager;
  const sso = profile.authMethod === 'SSO';
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Your profile</h1>
      <SummaryList
        className="mb-8"
        rows={[
          { key: 'Name', value: `${profile.firstName} ${profile.lastName}` },
          { key: 'Username', value: profile.username },
          { key: 'Organisation', value: profile.organisation.name },
          { key: 'Job title', value: profile.job?.title ?? 'Not recorded' },
          {
            key: 'Manager',
            value: manager
              ? `${manager.firstName} ${manager.lastName}${manager.email ? ` (${manager.email})` : ''}`
              : 'Not recorded',
          },
          {
            key: 'How you log in',
            value: sso ? 'Automatic login with your work account' : 'Manual login with your username and password',
          },
          { key: 'Email address', value: sso ? (profile.email ?? 'None') : null },
        ]}
      />
      <p className="mb-8 text-slate-700">
        Your name, job and manager come from HR or the iLearn+ team. If they are wrong, ask your manager or L&amp;D team
        to have them corrected.
      </p>
      {sso ? (
        <p className="mb-8">Your email address comes from your work account, so it cannot be changed here.</p>
      ) : (
        <section aria-labelledby="email-heading" className="mb-8">
          <h2 id="email-heading" className="mb-4 text-2xl font-bold">
            Email address
          </h2>
          <EmailForm action={updateEmailAction} email={profile.email ?? ''} />
        </section>
      )}
      <CalendarFeed url={feed.url} createAction={createCalendarLinkAction} turnOffAction={turnOffCalendarFeedAction} />
      <h2 className="mb-2 text-2xl font-bold">Password</h2>
      {sso ? (
        <p>You log in with automatic login, so there is no iLearn+ password to change.</p>
      ) : (
        <Link href="/change-password" className="text-[var(--link)] underline">
          Change your password
        </Link>
      )}
    </>
  );
}
