import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { TabLinks } from '@/components/ui/tabs';

/** Heading and tabs shared by the admin pages of one program or certification. */
export function ProgramAdminHeader({
  program,
  section,
}: {
  program: { id: number; fullName: string; kind: 'PROGRAM' | 'CERTIFICATION' };
  section: string;
}) {
  const base = `/admin/programs/${program.id}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Programs and certifications', href: '/admin/programs' },
          { label: program.fullName },
        ]}
      />
      <p className="text-slate-700">
        {program.kind === 'CERTIFICATION' ? 'Certification' : 'Program'}: {section}
      </p>
      <h1 className="text-3xl font-bold">{program.fullName}</h1>
      <p className="mt-2">
        <Link href={`/programs/${program.id}`} className="text-[var(--link)] underline">
          View it as learners see it
        </Link>
      </p>
      <TabLinks
        label={`${program.kind === 'CERTIFICATION' ? 'Certification' : 'Program'} administration`}
        tabs={[
          { href: base, label: 'Details' },
          { href: `${base}/content`, label: 'Content' },
          { href: `${base}/assignments`, label: 'Assignments' },
          ...(program.kind === 'CERTIFICATION' ? [{ href: `${base}/learners`, label: 'Learners' }] : []),
        ]}
      />
    </>
  );
}
