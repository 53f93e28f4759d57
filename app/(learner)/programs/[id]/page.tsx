import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requirePageViewer } from '@/lib/auth/guards';
import { getProgramOverview, type ProgramOverview } from '@/lib/catalogue/programs';
import { NotFoundError } from '@/lib/errors';
import { parseIdParam } from '@/lib/validation';

type Props = { params: Promise<{ id: string }> };

async function load(id: string): Promise<ProgramOverview> {
  const viewer = await requirePageViewer(`/programs/${id}`);
  try {
    return await getProgramOverview(viewer, parseIdParam(id));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await load((await params).id)).fullName}` };
}

const SET_RULE: Record<string, (min: number) => string> = {
  ALL: () => 'Complete all the courses in this set.',
  ANY: () => 'Complete any one course in this set.',
  SOME: (min) => `Complete at least ${min} courses in this set.`,
  OPTIONAL: () => 'This set is optional.',
};

export default async function ProgramPage({ params }: Props) {
  const program = await load((await params).id);
  const noun = program.kind === 'CERTIFICATION' ? 'certification' : 'program';
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
      <p className="mt-4">
        {program.assigned
          ? `This ${noun} is assigned to you.${program.progressPercent !== null ? ` Your progress: ${program.progressPercent}%.` : ''}`
          : `This ${noun} is assigned by your Learning and Development team. You can open its courses below.`}
      </p>
      {program.sets.map((set) => (
        <section key={set.id} aria-labelledby={`set-${set.id}`} className="mt-8">
          <h2 id={`set-${set.id}`} className="text-2xl font-bold">
            {set.label}
          </h2>
          <p className="mt-1">{SET_RULE[set.completionType]?.(set.minCourses)}</p>
          {set.courses.length === 0 ? (
            <p className="mt-2">No courses in this set are open to you.</p>
          ) : (
            <ul className="mt-3 list-none divide-y divide-slate-300 border-y border-slate-300">
              {set.courses.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <Link href={`/courses/${c.id}`} className="text-lg text-[var(--link)] underline">
                    {c.fullName}
                  </Link>
                  <span>{c.progressPercent === null ? 'Not enrolled' : `${c.progressPercent}%`}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
