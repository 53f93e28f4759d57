import Link from 'next/link';
import { activityTypeLabel } from '@/components/learning/activity-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SummaryList } from '@/components/ui/summary-list';
import type { CourseReadOnlyView } from '@/lib/catalogue/admin-queries';

const VISIBILITY: Record<string, string> = {
  EVERYONE: 'Everyone',
  RESTRICTED: 'Some organisations or audiences',
  HIDDEN: 'Hidden',
};
const FORMAT: Record<string, string> = {
  ELEARNING: 'eLearning',
  WORKSHOP: 'Workshop',
  BLENDED: 'Blended',
  OTHER: 'Other',
};

/** Another team's course in Admin: its settings to read, and nothing to change them with. */
export function CourseReadOnly({ course }: { course: CourseReadOnlyView }) {
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Courses', href: '/admin/courses?teams=all' },
          { label: course.fullName },
        ]}
      />
      <p className="text-slate-700">Course settings (read only)</p>
      <h1 className="text-3xl font-bold">{course.fullName}</h1>
      <div className="mt-6">
        <NotificationBanner title="Read only">
          {course.ownerTeamName
            ? `${course.ownerTeamName} manages this course. You can read its settings but not change them.`
            : 'Another team manages this course. You can read its settings but not change them.'}
        </NotificationBanner>
      </div>
      <p>
        <Link href={`/courses/${course.id}`} className="text-[var(--link)] underline">
          View the course as learners see it
        </Link>
      </p>
      <SummaryList
        className="mt-6"
        rows={[
          { key: 'Short name', value: course.shortName },
          { key: 'Summary', value: course.summary },
          { key: 'Category', value: course.categoryName },
          { key: 'Owner', value: course.ownerTeamName ?? 'No team' },
          { key: 'Format', value: FORMAT[course.format] ?? course.format },
          { key: 'Length', value: course.lengthText },
          { key: 'Visible to', value: VISIBILITY[course.visibility] ?? course.visibility },
          { key: 'Archived', value: course.archived ? 'Yes' : 'No' },
          { key: 'Contact', value: [course.contactText, course.contactEmail].filter(Boolean).join(', ') },
          { key: 'Enrolled', value: String(course.enrolled) },
        ]}
      />
      <h2 id="read-only-activities" className="mt-8 text-2xl font-bold">
        Activities
      </h2>
      {course.activities.length === 0 ? (
        <p className="mt-2">No activities yet.</p>
      ) : (
        <ol aria-labelledby="read-only-activities" className="mt-2 list-decimal space-y-1 pl-6">
          {course.activities.map((a) => (
            <li key={a.id}>
              {a.name} <span className="text-slate-700">({activityTypeLabel(a.type)})</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
