import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { TabLinks } from '@/components/ui/tabs';

/** Heading and tabs shared by the admin pages of one course. */
export function CourseAdminHeader({
  courseId,
  fullName,
  section,
}: {
  courseId: number;
  fullName: string;
  section: string;
}) {
  return (
    <>
      <Breadcrumbs
        items={[{ label: 'Admin', href: '/admin' }, { label: 'Courses', href: '/admin/courses' }, { label: fullName }]}
      />
      <p className="text-slate-700">{section}</p>
      <h1 className="text-3xl font-bold">{fullName}</h1>
      <p className="mt-2">
        <Link href={`/courses/${courseId}`} className="text-[var(--link)] underline">
          View the course as learners see it
        </Link>
      </p>
      <TabLinks
        label="Course administration"
        tabs={[
          { href: `/admin/courses/${courseId}`, label: 'Settings' },
          { href: `/admin/courses/${courseId}/activities`, label: 'Activities and completion' },
          { href: `/admin/courses/${courseId}/enrolments`, label: 'Enrolments' },
          { href: `/admin/courses/${courseId}/certificates`, label: 'Certificates' },
        ]}
      />
    </>
  );
}
