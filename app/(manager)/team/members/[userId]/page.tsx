import type { Metadata } from 'next';
import { SummaryList } from '@/components/ui/summary-list';
import { formatDate } from '@/lib/format';
import { getTeamMemberProfile } from '@/lib/team/member';
import { requireDirectReportPage } from '@/lib/team/page-guards';

export const metadata: Metadata = { title: 'Profile – My Team' };

type Props = { params: Promise<{ userId: string }> };

export default async function TeamMemberProfilePage({ params }: Props) {
  const { report } = await requireDirectReportPage((await params).userId);
  const profile = await getTeamMemberProfile(report);
  return (
    <>
      <h2 className="text-2xl font-bold">Profile</h2>
      <SummaryList
        className="mt-4 mb-8"
        rows={[
          { key: 'Name', value: `${profile.firstName} ${profile.lastName}` },
          { key: 'Username', value: profile.username },
          { key: 'Organisation', value: profile.organisation.name },
          { key: 'Job title', value: profile.job?.title ?? 'Not recorded' },
          { key: 'Email address', value: profile.email ?? 'None recorded' },
          { key: 'Last login', value: profile.lastLoginAt ? formatDate(profile.lastLoginAt) : 'Never' },
          { key: 'Account', value: profile.status === 'ACTIVE' ? 'Active' : 'Suspended' },
        ]}
      />
      <p className="text-slate-700">
        Names, jobs and managers come from HR. If something here is wrong, email the iLearn+ team with the correction.
      </p>
    </>
  );
}
