import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { ButtonLink } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Tag } from '@/components/ui/tag';
import { requireAdminPage } from '@/lib/auth/guards';
import { listAdminCategories } from '@/lib/catalogue/admin-queries';

export const metadata: Metadata = { title: 'Categories' };

export default async function AdminCategoriesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const viewer = await requireAdminPage();
  const { saved } = await searchParams;
  const categories = await listAdminCategories(viewer);
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Courses', href: '/admin/courses' },
          { label: 'Categories' },
        ]}
      />
      {saved ? <NotificationBanner tone="success">Category saved.</NotificationBanner> : null}
      <h1 className="text-3xl font-bold">Categories</h1>
      <ButtonLink href="/admin/categories/new" className="mt-4">
        Add a category
      </ButtonLink>
      {categories.length === 0 ? (
        <p className="mt-6">There are no categories yet.</p>
      ) : (
        <ul className="mt-6 list-none divide-y divide-slate-300 border-y border-slate-300">
          {categories.map((c) => (
            <li key={c.id} className="py-3" style={{ paddingLeft: `${c.depth * 1.5}rem` }}>
              {c.canManage ? (
                <Link href={`/admin/categories/${c.id}`} className="font-semibold text-[var(--link)] underline">
                  {c.name}
                </Link>
              ) : (
                <span className="font-semibold">{c.name}</span>
              )}{' '}
              <span className="text-slate-700">
                {c.courseCount} {c.courseCount === 1 ? 'course' : 'courses'}
                {c.ownerTeamName ? ` · ${c.ownerTeamName}` : ''}
              </span>{' '}
              {!c.visible ? <Tag>Hidden</Tag> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
