import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { TabLinks } from '@/components/ui/tabs';
import { requireManagerPage } from '@/lib/team/page-guards';
import { HelpLink } from '@/components/help/help-link';

export default async function MyTeamLayout({ children }: { children: ReactNode }) {
  await requireManagerPage('/team');
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'My Team' }]} />
      <h1 className="text-3xl font-bold">My Team</h1>
      <p className="mt-2 text-lg">
        The people who report directly to you. People who report to them are not shown here: their own manager sees
        them.
      </p>
      <TabLinks
        label="My Team"
        tabs={[
          { href: '/team', label: 'My Team' },
          { href: '/team/certifications', label: 'My Team Certifications' },
          { href: '/team/programs', label: 'My Team Programs' },
          { href: '/team/courses', label: 'My Team Courses' },
        ]}
      />
      <div className="pt-6">{children}</div>
      <HelpLink slug="my-team" className="mt-8">
        Help with My Team
      </HelpLink>
    </div>
  );
}
