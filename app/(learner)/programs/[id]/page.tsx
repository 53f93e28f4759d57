import type { Metadata } from 'next';
import Link from 'next/link';
import { StateTag } from '@/components/learning/due-status';
import { ProgressBar } from '@/components/learning/progress-bar';
import { CertificationStateTag } from '@/components/learning/status-tags';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { buttonClass } from '@/components/ui/button';
import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import { requirePageViewer, pageOrNotFound } from '@/lib/auth/guards';
import { getProgramOverview, type ProgramOverview } from '@/lib/catalogue/programs';
import { formatDate } from '@/lib/format';
import { describeOperator, describeSetRule, programStateLabel } from '@/lib/programs/rules';
import { parseIdParam } from '@/lib/validation';

type Props = { params: Promise<{ id: string }> };

async function load(id: string): Promise<ProgramOverview> {
  const viewer = await requirePageViewer(`/programs/${id}`);
  return pageOrNotFound(() => getProgramOverview(viewer, parseIdParam(id)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await load((await params).id)).fullName}` };
}

function courseStatus(status: string | null): string {
  if (status === 'COMPLETE' || status === 'COMPLETE_RPL') return 'Complete';
  if (status === 'IN_PROGRESS') return 'In progress';
  if (status === 'NOT_STARTED') return 'Not yet started';
  return 'Not enrolled';
}

export default async function ProgramPage({ params }: Props) {
  const program = await load((await params).id);
  const noun = program.kind === 'CERTIFICATION' ? 'certification' : 'program';
  const a = program.assignment;
  const overdue = a?.program?.overdue || a?.certification?.overdue;
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Find Learning', href: '/find-learning' },
          ...program.trail.map((t) => ({ label: t.name, href: `/categories/${t.id}` })),
          { label: program.fullName },
        ]}
      />
      <p className="text-slate-700">{program.kind === 'CERTIFICATION' ? 'Certification' : 'Program'}</p>
      <h1 className="text-3xl font-bold">{program.fullName}</h1>
      {program.summary ? <p className="mt-2 text-lg">{program.summary}</p> : null}
      {a ? (
        <>
          {a.reasons.length > 0 ? (
            <p className="mt-4">
              You are required to complete this {noun} because {a.reasons.join(', and because ')}.
            </p>
          ) : (
            <p className="mt-4">This {noun} is assigned to you.</p>
          )}
          <SummaryList
            className="mt-4"
            rows={[
              { key: 'Date assigned', value: a.assignedAt ? formatDate(a.assignedAt) : null },
              {
                key: 'Due date',
                value:
                  (a.certification?.dueAt ?? a.dueAt) ? (
                    <>
                      {formatDate(a.certification?.dueAt ?? a.dueAt)}
                      {overdue ? (
                        <>
                          {' '}
                          <Tag tone="red">Overdue</Tag>
                        </>
                      ) : null}
                    </>
                  ) : (
                    'No due date'
                  ),
              },
              {
                key: 'Status',
                value: a.certification ? (
                  <CertificationStateTag state={a.certification.key} />
                ) : a.program ? (
                  <StateTag status={programStateLabel(a.program.key)} />
                ) : null,
              },
              { key: 'Completed', value: a.completedAt ? formatDate(a.completedAt) : null },
              {
                key: 'Progress',
                value: <ProgressBar percent={program.progressPercent ?? 0} label="complete" />,
              },
            ]}
          />
        </>
      ) : (
        <p className="mt-4">
          This {noun} is assigned by your Learning and Development team. You can open its courses below.
        </p>
      )}
      {program.sets.map((set, index) => (
        <section key={set.id} aria-labelledby={`set-${set.id}`} className="mt-8">
          {index > 0 ? (
            <p className="mb-2 font-semibold uppercase text-slate-700">
              {describeOperator(program.sets[index - 1]!.nextOperator)}
            </p>
          ) : null}
          <h2 id={`set-${set.id}`} className="text-2xl font-bold">
            {set.label}
            {set.complete ? (
              <>
                {' '}
                <Tag tone="green">Complete</Tag>
              </>
            ) : null}
          </h2>
          <p className="mt-1">{describeSetRule(set.completionType, set.minCourses)}</p>
          {set.locked ? (
            <p className="mt-1 text-slate-700">This set opens when you have completed the sets before it.</p>
          ) : null}
          {set.courses.length === 0 ? (
            <p className="mt-2">No courses in this set are open to you.</p>
          ) : (
            <ul className="mt-3 list-none divide-y divide-slate-300 border-y border-slate-300">
              {set.courses.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <span className="text-lg">{c.fullName}</span>
                  <span className="flex flex-wrap items-center gap-3">
                    <span>
                      {courseStatus(c.status)}
                      {c.progressPercent !== null && c.status === 'IN_PROGRESS' ? ` (${c.progressPercent}%)` : ''}
                    </span>
                    {set.locked ? (
                      <span className="text-slate-700">Locked</span>
                    ) : (
                      <Link href={`/courses/${c.id}`} className={buttonClass('secondary')}>
                        Launch course<span className="sr-only"> {c.fullName}</span>
                      </Link>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
