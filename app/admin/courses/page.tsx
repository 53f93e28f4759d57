import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { ResponsiveTable, Td, Th } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { requireAdminPage } from '@/lib/auth/guards';
import { listAdminCourses } from '@/lib/catalogue/admin-queries';
import { catalogueSearchSchema } from '@/lib/catalogue/schemas';

export const metadata: Metadata = { title: 'Courses' };

const VISIBILITY: Record<string, string> = { EVERYONE: 'Everyone', RESTRICTED: 'Restricted', HIDDEN: 'Hidden' };

export default async function AdminCoursesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireAdminPage();
  const raw = await searchParams;
  const { q, page } = catalogueSearchSchema.parse(raw);
  // L&D admins may also list other teams' courses, which open read-only.
  const everyTeam = !viewer.isSiteAdmin && raw.teams === 'all';
  const result = await listAdminCourses(viewer, { q, page, everyTeam });
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Admin', href: '/admin' }, { label: 'Courses' }]} />
      <h1 className="text-3xl font-bold">Courses</h1>
      <p className="mt-2">
        {viewer.isSiteAdmin ? (
          'All courses.'
        ) : everyTeam ? (
          <>
            Every team&rsquo;s courses. Other teams&rsquo; courses are read only.{' '}
            <Link href="/admin/courses" className="text-[var(--link)] underline">
              Show only your team&rsquo;s courses
            </Link>
          </>
        ) : (
          <>
            Courses your team owns.{' '}
            <Link href="/admin/courses?teams=all" className="text-[var(--link)] underline">
              Show other teams&rsquo; courses too (read only)
            </Link>
          </>
        )}
      </p>
      <div className="mt-4 flex flex-wrap gap-4">
        <ButtonLink href="/admin/courses/new">Add a course</ButtonLink>
        <ButtonLink href="/admin/categories" variant="secondary">
          Categories
        </ButtonLink>
        <ButtonLink href="/admin/audiences" variant="secondary">
          Audiences
        </ButtonLink>
      </div>
      <form method="get" role="search" aria-label="Courses" className="mt-6 flex max-w-xl items-end gap-2">
        {everyTeam ? <input type="hidden" name="teams" value="all" /> : null}
        <div className="flex-1">
          <label htmlFor="admin-course-q" className="block font-semibold">
            Search by name
          </label>
          <input
            id="admin-course-q"
            name="q"
            defaultValue={q ?? ''}
            className="mt-1 block w-full border-2 border-slate-800 px-3 py-2 focus:outline-3 focus:outline-[var(--focus)]"
          />
        </div>
        <button type="submit" className={buttonClass('secondary')}>
          Search
        </button>
      </form>
      {result.total === 0 ? (
        <p className="mt-6">No courses found.</p>
      ) : (
        <ResponsiveTable
          caption="Courses"
          head={
            <>
              <Th>Course</Th>
              <Th>Category</Th>
              <Th>Owner</Th>
              <Th>Visible to</Th>
              <Th>Enrolled</Th>
            </>
          }
        >
          {result.rows.map((c) => (
            <tr key={c.id}>
              <Td label="Course">
                <Link href={`/admin/courses/${c.id}`} className="font-semibold text-[var(--link)] underline">
                  {c.fullName}
                </Link>{' '}
                <span className="text-slate-700">({c.shortName})</span> {c.archived ? <Tag>Archived</Tag> : null}{' '}
                {c.canManage ? null : <Tag>Read only</Tag>}
              </Td>
              <Td label="Category">{c.categoryName}</Td>
              <Td label="Owner">{c.ownerTeamName ?? '–'}</Td>
              <Td label="Visible to">{VISIBILITY[c.visibility]}</Td>
              <Td label="Enrolled">{c.enrolled}</Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        noun="courses"
        hrefFor={(p) =>
          `/admin/courses?${new URLSearchParams({ ...(q ? { q } : {}), ...(everyTeam ? { teams: 'all' } : {}), page: String(p) })}`
        }
      />
    </div>
  );
}
