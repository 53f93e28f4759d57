import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CatalogueList } from '@/components/learning/catalogue-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Pagination } from '@/components/ui/pagination';
import { requirePageViewer } from '@/lib/auth/guards';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { getCategoryView } from '@/lib/catalogue/categories';
import { catalogueSearchSchema } from '@/lib/catalogue/schemas';
import { searchCatalogue } from '@/lib/catalogue/search';
import { parseIdParam } from '@/lib/validation';

// Cached per request: generateMetadata and the page share one read (the viewer object is cached per request too).
const loadCategory = cache((viewer: Viewer, id: number) => getCategoryView(viewer, id));

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseIdParam((await params).id);
  const viewer = await getViewer();
  const category = viewer ? await loadCategory(viewer, id) : null;
  return { title: `${category?.name ?? 'Category'}` };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePageViewer(`/categories/${id}`);
  const { page } = catalogueSearchSchema.parse(await searchParams);
  const category = await loadCategory(viewer, parseIdParam(id));
  if (!category) notFound();
  const result = await searchCatalogue(viewer, { categoryId: category.id, directOnly: true, page });
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Find Learning', href: '/find-learning' },
          ...category.trail.map((t) => ({ label: t.name, href: `/categories/${t.id}` })),
        ]}
      />
      <h1 className="text-3xl font-bold">{category.name}</h1>
      {category.description ? <p className="mt-2 text-lg">{category.description}</p> : null}
      {category.children.length > 0 ? (
        <section aria-labelledby="sub-title" className="mt-8">
          <h2 id="sub-title" className="text-2xl font-bold">
            Categories
          </h2>
          <ul className="mt-4 grid list-none gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {category.children.map((c) => (
              <li key={c.id} className="border-l-4 border-[var(--brand-accent)] bg-slate-50 p-4">
                <Link href={`/categories/${c.id}`} className="text-lg font-semibold text-[var(--link)] underline">
                  {c.name}
                </Link>
                {c.description ? <p className="mt-1 text-slate-700">{c.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="items-title" className="mt-8">
        <h2 id="items-title" className="text-2xl font-bold">
          Learning in this category
        </h2>
        {result.total === 0 ? (
          <p className="mt-2">
            There is no learning directly in this category
            {category.children.length > 0 ? '. Choose a category above.' : '.'}
          </p>
        ) : (
          <div className="mt-4">
            <CatalogueList items={result.items} />
          </div>
        )}
        <Pagination
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
          noun="items"
          hrefFor={(p) => `/categories/${category.id}${p > 1 ? `?page=${p}` : ''}`}
        />
      </section>
    </div>
  );
}
