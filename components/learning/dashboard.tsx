import Link from 'next/link';
import type { ReactNode } from 'react';
import { Donut } from '@/components/learning/donut';
import { ProgressBar } from '@/components/learning/progress-bar';
import { CertificationStateTag } from '@/components/learning/status-tags';
import { Tag } from '@/components/ui/tag';
import type { Viewer } from '@/lib/auth/viewer';
import { formatDate } from '@/lib/format';
import { getDashboard, type Dashboard, type DashboardBlock } from '@/lib/records/dashboard';

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`block-${id}`} className="border-t-4 border-[var(--brand-accent)] bg-slate-50 p-4">
      <h2 id={`block-${id}`} className="text-xl font-bold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

const A = 'text-[var(--link)] underline';

function renderBlock(block: DashboardBlock, d: Dashboard): ReactNode {
  switch (block) {
    case 'compliance':
      return (
        <Block key={block} id={block} title="My Learning Dashboard">
          <div className="grid gap-6 sm:grid-cols-2">
            <Donut
              percent={d.compliancePercent}
              label="My compliance"
              detail={
                d.compliancePercent === null
                  ? 'You have no certifications assigned.'
                  : `You hold ${d.certifications.filter((c) => c.held).length} of your ${d.certifications.length} certifications (renewals in their window still count until they expire).`
              }
            />
            <Donut
              percent={d.courseCompletionPercent}
              label="My course completion"
              detail={
                d.courseCompletionPercent === null
                  ? 'You are not enrolled on any courses that record completion.'
                  : `${d.courseCounts.complete} of ${d.courseCounts.total} courses complete, ${d.courseCounts.inProgress} in progress.`
              }
            />
          </div>
        </Block>
      );
    case 'due':
      return (
        <Block key={block} id={block} title="Due next">
          {d.due.length === 0 ? (
            <p>You have no required learning right now.</p>
          ) : (
            <ul className="list-none space-y-3">
              {d.due.map((item) => {
                const overdue = item.overdue;
                return (
                  <li key={`${item.kind}-${item.programId}`}>
                    <Link href={`/programs/${item.programId}`} className={`${A} font-semibold`}>
                      {item.fullName}
                    </Link>
                    <span className="block">
                      {overdue ? <Tag tone="red">Overdue</Tag> : null}{' '}
                      {item.dueAt ? `Due ${formatDate(item.dueAt)}` : 'No due date'} · {item.status}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          <p className="mt-3">
            <Link href="/required-learning" className={A}>
              All required learning
            </Link>
          </p>
        </Block>
      );
    case 'in_progress':
      return (
        <Block key={block} id={block} title="What I'm doing now">
          {d.inProgress.length === 0 ? (
            <p>
              Nothing in progress.{' '}
              <Link href="/find-learning" className={A}>
                Browse Find Learning
              </Link>{' '}
              to start something new.
            </p>
          ) : (
            <ul className="list-none space-y-3">
              {d.inProgress.map((c) => (
                <li key={c.courseId} className="flex flex-wrap items-center justify-between gap-2">
                  <Link href={`/courses/${c.courseId}`} className={A}>
                    {c.fullName}
                  </Link>
                  <ProgressBar percent={c.progressPercent} label="complete" />
                </li>
              ))}
            </ul>
          )}
        </Block>
      );
    case 'recent':
      return (
        <Block key={block} id={block} title="Recently completed">
          {d.recent.length === 0 ? (
            <p>You have not completed any courses yet.</p>
          ) : (
            <ul className="list-none space-y-2">
              {d.recent.map((c) => (
                <li key={c.courseId}>
                  <Link href={`/courses/${c.courseId}`} className={A}>
                    {c.fullName}
                  </Link>{' '}
                  <span className="text-slate-700">completed {formatDate(c.timeCompleted)}</span>
                </li>
              ))}
            </ul>
          )}
        </Block>
      );
    case 'certifications':
      if (d.certifications.length === 0) return null;
      return (
        <Block key={block} id={block} title="My certifications">
          <ul className="list-none space-y-3">
            {d.certifications.map((c) => (
              <li key={c.programId}>
                <Link href={`/programs/${c.programId}`} className={`${A} font-semibold`}>
                  {c.fullName}
                </Link>
                <span className="mt-1 flex flex-wrap items-center gap-2">
                  <CertificationStateTag state={c.state.key} />
                  {c.state.overdue && c.state.dueAt ? (
                    <Tag tone="red">Overdue since {formatDate(c.state.dueAt)}</Tag>
                  ) : null}
                  {c.state.key === 'window_open' && c.timeWindowOpens ? (
                    <span>Window opened {formatDate(c.timeWindowOpens)}</span>
                  ) : null}
                  {c.state.held && c.timeExpires ? <span>Expires {formatDate(c.timeExpires)}</span> : null}
                  {!c.state.held && !c.state.overdue && c.state.dueAt ? (
                    <span>Due {formatDate(c.state.dueAt)}</span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </Block>
      );
    case 'links':
      return (
        <Block key={block} id={block} title="Quick links">
          <ul className="list-none space-y-2">
            <li>
              <Link href="/find-learning" className={A}>
                Find Learning
              </Link>
            </li>
            <li>
              <Link href="/record-of-learning" className={A}>
                Record of Learning
              </Link>
            </li>
            <li>
              <Link href="/record-of-learning/evidence/new" className={A}>
                Add evidence of learning done elsewhere
              </Link>
            </li>
          </ul>
        </Block>
      );
  }
}

/** The Home page content: blocks in the order the viewer's organisation configured. */
export async function MyLearningDashboard({ viewer }: { viewer: Viewer }) {
  const now = new Date();
  const dashboard = await getDashboard(viewer, now);
  const blocks = dashboard.blocks.includes('links') ? dashboard.blocks : [...dashboard.blocks, 'links' as const];
  return (
    <div>
      <h1 className="text-3xl font-bold">My Learning</h1>
      <p className="mt-2 text-lg">Welcome, {viewer.firstName}.</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-2 [&>section:first-child]:lg:col-span-2">
        {blocks.map((b) => renderBlock(b, dashboard))}
      </div>
    </div>
  );
}
