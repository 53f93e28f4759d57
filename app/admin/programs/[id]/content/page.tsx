import type { Metadata } from 'next';
import { ProgramAdminHeader } from '@/components/admin/program-tabs';
import { buttonClass, ButtonLink } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { pageOrNotFound, requireAdminPage } from '@/lib/auth/guards';
import type { AdminCourseSet } from '@/lib/programs/admin-queries';
import { getProgramContent } from '@/lib/programs/admin-queries';
import { describeOperator, describeSetRule } from '@/lib/programs/rules';
import { parseIdParam } from '@/lib/validation';
import { copyRecertificationPathAction, deleteCourseSetAction, moveCourseSetAction } from '../../actions';

export const metadata: Metadata = { title: 'Program content' };

const BANNERS: Record<string, string> = {
  created: 'Saved. Now add the course sets learners must complete.',
  saved: 'Course set saved. Assigned learners are enrolled on its courses.',
  deleted: 'Course set deleted.',
  copied: 'The original path was copied to the recertification path.',
};

function SetList({ programId, sets, path }: { programId: number; sets: AdminCourseSet[]; path: string }) {
  if (sets.length === 0) return <p className="mt-2">No course sets yet.</p>;
  return (
    <ol className="mt-4 list-none space-y-4">
      {sets.map((set, i) => (
        <li key={set.id}>
          {i > 0 ? (
            <p className="mb-2 font-semibold uppercase text-slate-700">{describeOperator(sets[i - 1]!.nextOperator)}</p>
          ) : null}
          <section aria-labelledby={`set-${set.id}`} className="border-l-4 border-slate-400 bg-slate-50 p-4">
            <h3 id={`set-${set.id}`} className="text-xl font-bold">
              {set.label}
            </h3>
            <p className="mt-1">{describeSetRule(set.completionType, set.minCourses)}</p>
            <ul className="mt-2 list-disc pl-6">
              {set.courses.map((c) => (
                <li key={c.id}>
                  {c.fullName} <span className="text-slate-600">({c.shortName})</span>
                </li>
              ))}
            </ul>
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <ButtonLink href={`/admin/programs/${programId}/content/${set.id}`} variant="secondary">
                Edit<span className="sr-only"> {set.label}</span>
              </ButtonLink>
              {(['up', 'down'] as const).map((direction) =>
                (direction === 'up' && i === 0) || (direction === 'down' && i === sets.length - 1) ? null : (
                  <form key={direction} action={moveCourseSetAction}>
                    <input type="hidden" name="programId" value={programId} />
                    <input type="hidden" name="setId" value={set.id} />
                    <input type="hidden" name="direction" value={direction} />
                    <button type="submit" className={buttonClass('secondary')}>
                      Move {direction}
                      <span className="sr-only"> {set.label}</span>
                    </button>
                  </form>
                ),
              )}
              <details>
                <summary className="cursor-pointer text-[var(--link)] underline">
                  Delete<span className="sr-only"> {set.label}</span>
                </summary>
                <form action={deleteCourseSetAction} className="mt-2">
                  <input type="hidden" name="programId" value={programId} />
                  <input type="hidden" name="setId" value={set.id} />
                  <p className="mb-2">
                    Learners keep their course enrolments and completions; the set no longer counts towards the {path}.
                  </p>
                  <button type="submit" className={buttonClass('warning')}>
                    Yes, delete {set.label}
                  </button>
                </form>
              </details>
            </div>
          </section>
        </li>
      ))}
    </ol>
  );
}

export default async function ProgramContentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireAdminPage();
  const id = parseIdParam((await params).id);
  const { program, sets } = await pageOrNotFound(() => getProgramContent(viewer, id));
  const flags = await searchParams;
  const banner = Object.keys(BANNERS).find((k) => flags[k]);
  const certification = program.kind === 'CERTIFICATION';
  const original = sets.filter((s) => s.path === 'CERT');
  const recert = sets.filter((s) => s.path === 'RECERT');
  return (
    <div>
      <ProgramAdminHeader program={program} section="Content" />
      {banner ? <NotificationBanner tone="success">{BANNERS[banner]}</NotificationBanner> : null}
      <p className="mt-6 max-w-3xl">
        Sets joined by <strong>Then</strong> are done in order: courses in a later set stay locked until the sets before
        it are complete. <strong>And</strong> and <strong>Or</strong> join sets that can be done at the same time.
      </p>
      {certification ? null : (
        <p className="mt-4">
          <ButtonLink href={`/admin/programs/${program.id}/content/new`}>Add a course set</ButtonLink>
        </p>
      )}
      {certification ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">Original certification path</h2>
          <p className="mt-1">
            What people do to become certified the first time, and after their certification expires.
          </p>
          <SetList programId={program.id} sets={original} path="certification" />
          <p className="mt-4">
            <ButtonLink href={`/admin/programs/${program.id}/content/new?path=CERT`}>
              Add a set to the original path
            </ButtonLink>
          </p>
          <h2 className="mt-8 text-2xl font-bold">Recertification path</h2>
          <p className="mt-1">
            What certified people do to renew when their window opens. With no recertification sets, they do the
            original path again.
          </p>
          <SetList programId={program.id} sets={recert} path="certification" />
          <p className="mt-4">
            <ButtonLink href={`/admin/programs/${program.id}/content/new?path=RECERT`} variant="secondary">
              Add a set to the recertification path
            </ButtonLink>
          </p>
          {original.length > 0 ? (
            <form action={copyRecertificationPathAction} className="mt-4">
              <input type="hidden" name="programId" value={program.id} />
              <button type="submit" className={buttonClass('secondary')}>
                {recert.length > 0 ? 'Replace the recertification path with' : 'Use'} the original path for
                recertification
              </button>
            </form>
          ) : null}
        </>
      ) : (
        <>
          <h2 className="mt-8 text-2xl font-bold">Course sets</h2>
          <SetList programId={program.id} sets={original} path="program" />
        </>
      )}
    </div>
  );
}
