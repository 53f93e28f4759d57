import type { Metadata } from 'next';
import { CategoryForm } from '@/components/admin/category-form';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { requireAdminPage } from '@/lib/auth/guards';
import { listAdminCategories, listAssignableTeams } from '@/lib/catalogue/admin-queries';
import { saveCategoryAction } from '../actions';

export const metadata: Metadata = { title: 'Add a category' };

export default async function NewCategoryPage() {
  const viewer = await requireAdminPage();
  const [categories, teams] = await Promise.all([listAdminCategories(viewer), listAssignableTeams(viewer)]);
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Admin', href: '/admin' },
          { label: 'Categories', href: '/admin/categories' },
          { label: 'Add a category' },
        ]}
      />
      <h1 className="text-3xl font-bold">Add a category</h1>
      <CategoryForm
        action={saveCategoryAction}
        categories={categories}
        teams={teams}
        defaultTeamId={teams.length === 1 ? teams[0]!.id : undefined}
      />
    </div>
  );
}
