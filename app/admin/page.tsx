import type { Metadata } from 'next';
import Link from 'next/link';
import { adminSectionsFor } from '@/components/admin/admin-sections';
import { requireAdminPage } from '@/lib/auth/guards';

export const metadata: Metadata = { title: { absolute: 'Admin – iLearn+' } };

export default async function AdminHomePage() {
  const viewer = await requireAdminPage();
  const sections = adminSectionsFor(viewer);
  return (
    <>
      <h1 className="text-3xl font-bold md:text-4xl">Admin</h1>
      <p className="mt-2 text-lg">
        {viewer.isSiteAdmin
          ? 'You are a site administrator: you can manage everything in iLearn+.'
          : 'You can manage the learning owned by your learning and development team.'}
      </p>
      {sections.length > 0 ? (
        <ul className="mt-6 grid list-none gap-4 lg:grid-cols-2">
          {sections.map((section) => (
            <li key={section.href} className="border-t-4 border-[var(--brand)] bg-slate-50 p-4">
              <h2 className="text-xl font-bold">
                <Link
                  href={section.href}
                  className="text-[var(--link)] underline underline-offset-2 hover:decoration-2"
                >
                  {section.title}
                </Link>
              </h2>
              <p className="mt-1">{section.description}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6">There are no administration areas available to you yet.</p>
      )}
    </>
  );
}
