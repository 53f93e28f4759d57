import type { Metadata } from 'next';
import { cache } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { CategoryForm } from '@/components/admin/category-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdminPage, pageOrNotFound } from '@/lib/auth/guards';
import { getCategoryForEdit, listAdminCategories, listAssignableTeams } from '@/lib/catalogue/admin-queries';
import { saveCategoryAction } from '../actions';
import { parseIdParam } from '@/lib/validation';

// One read for the title and the page (React cache, per request).
const load = cache((viewer: Viewer, id: number) => pageOrNotFound(() => getCategoryForEdit(viewer, id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const viewer = await requireAdminPage();
  const x = await load(viewer, parseIdParam((await params).id));
  return { title: `Edit category: ${x.name}` };
}

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireAdminPage();
  const id = parseIdParam((await params).id);
  const category = await load(viewer, id);
  const [categories, teams] = await Promise.all([listAdminCategories(viewer), listAssignableTeams(viewer)]);
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Categories', href: '/admin/categories' },
          { label: category.name },
        ]}
      />
      <h1 className="text-3xl font-bold">{category.name}</h1>
      <CategoryForm action={saveCategoryAction} categories={categories} teams={teams} category={category} />
    </div>
  );
}
