import Link from 'next/link';
import type { ReactNode } from 'react';
import { Donut } from '@/components/learning/donut';
import { ProgressBar } from '@/components/learning/progress-bar';
import { CertificationStateTag } from '@/components/learning/status-tags';
import { Tag } from '@/components/ui/tag';
import { formatDate } from '@/lib/format';
import type { Dashboard, DashboardBlock } from '@/lib/records/dashboard';
import { HOME_BLOCK_TITLES, homeBlockOrder } from '@/lib/records/blocks';
import { DueStatus } from '@/components/learning/due-status';

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

/** On phones a list shows its first few rows; the rest stay one tap away, so Home is not screens long. */
const PHONE_ROWS = 3;
const phoneRow = (index: number) => (index >= PHONE_ROWS ? 'max-sm:hidden' : '');

function PhoneMore({ count, href, label }: { count: number; href: string; label: string }) {
  if (count <= PHONE_ROWS) return null;
  return (
    <p className="mt-3 sm:hidden">
      <Link href={href} className={A}>
        {label}
      </Link>
    </p>
  );
}

function renderBlock(block: DashboardBlock, d: Dashboard): ReactNode {
  switch (block) {
    case 'compliance':
      return (
        <Block key={block} id={block} title={HOME_BLOCK_TITLES.compliance}>
          <div className="grid grid-cols-1 gap-6 sm:grid-cols-2">
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
        <Block key={block} id={block} title={HOME_BLOCK_TITLES.due}>
          {d.due.length === 0 ? (
            <p>
              You have no required learning right now.{' '}
              <Link href="/find-learning" className={A}>
                Browse Find Learning
              </Link>{' '}
              to add more.
            </p>
          ) : (
            <>
              <ul className="list-none space-y-3">
                {d.due.map((item) => (
                  <li key={`${item.kind}-${item.programId}`}>
                    <Link href={`/programs/${item.programId}`} className={`${A} font-semibold`}>
                      {item.fullName}
                    </Link>
                    <span className="mt-1 block">
                      <DueStatus status={item.status} overdue={item.overdue} dueAt={item.dueAt} />
                    </span>
                  </li>
                ))}
              </ul>
              {/* Only when there is some: the menu hides Required Learning otherwise. */}
              <p className="mt-3">
                <Link href="/required-learning" className={A}>
                  All required learning
                </Link>
              </p>
            </>
          )}
        </Block>
      );
    case 'in_progress':
      return (
        <Block key={block} id={block} title={HOME_BLOCK_TITLES.in_progress}>
          {d.inProgress.length === 0 ? (
            <p>
              Nothing in progress.{' '}
              <Link href="/find-learning" className={A}>
                Browse Find Learning
              </Link>{' '}
              to start something new.
            </p>
          ) : (
            <>
              <ul className="list-none space-y-3">
                {d.inProgress.map((c, i) => (
                  <li key={c.courseId} className={`flex flex-wrap items-center justify-between gap-2 ${phoneRow(i)}`}>
                    <Link href={`/courses/${c.courseId}`} className={A}>
                      {c.fullName}
                    </Link>
                    <ProgressBar percent={c.progressPercent} label="complete" />
                  </li>
                ))}
              </ul>
              <PhoneMore count={d.inProgress.length} href="/record-of-learning" label="All courses in progress" />
            </>
          )}
        </Block>
      );
    case 'recent':
      return (
        <Block key={block} id={block} title={HOME_BLOCK_TITLES.recent}>
          {d.recent.length === 0 ? (
            <p>You have not completed any courses yet.</p>
          ) : (
            <>
              <ul className="list-none space-y-2">
                {d.recent.map((c, i) => (
                  <li key={c.courseId} className={phoneRow(i)}>
                    <Link href={`/courses/${c.courseId}`} className={A}>
                      {c.fullName}
                    </Link>{' '}
                    <span className="text-slate-700">completed {formatDate(c.timeCompleted)}</span>
                  </li>
                ))}
              </ul>
              <PhoneMore count={d.recent.length} href="/record-of-learning" label="All completed courses" />
            </>
          )}
        </Block>
      );
    case 'certifications':
      if (d.certifications.length === 0) return null;
      return (
        <Block key={block} id={block} title={HOME_BLOCK_TITLES.certifications}>
          <ul className="list-none space-y-3">
            {d.certifications.map((c, i) => (
              <li key={c.programId} className={phoneRow(i)}>
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
          <PhoneMore
            count={d.certifications.length}
            href="/record-of-learning/certifications"
            label="All my certifications"
          />
        </Block>
      );
    case 'links':
      return (
        <Block key={block} id={block} title={HOME_BLOCK_TITLES.links}>
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

/** The Home page content for a loaded dashboard: due first, then the blocks in the organisation's order. */
export function DashboardView({ dashboard, firstName }: { dashboard: Dashboard; firstName: string }) {
  return (
    <div>
      <h1 className="text-3xl font-bold">My Learning</h1>
      <p className="mt-2 text-lg">Welcome, {firstName}.</p>
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-2 [&>section:first-child]:lg:col-span-2">
        {homeBlockOrder(dashboard.blocks).map((b) => renderBlock(b, dashboard))}
      </div>
    </div>
  );
}
