import type { Metadata } from 'next';
import { pageTitles } from '@/components/layout/page-titles';
import Link from 'next/link';
import { CatalogueList } from '@/components/learning/catalogue-list';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { buttonClass } from '@/components/ui/button';
import { Pagination } from '@/components/ui/pagination';
import { requirePageViewer } from '@/lib/auth/guards';
import { listCategoryOptions, listRootCategories } from '@/lib/catalogue/categories';
import { catalogueSearchSchema } from '@/lib/catalogue/schemas';
import { searchCatalogue } from '@/lib/catalogue/search';

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = catalogueSearchSchema.safeParse(await searchParams);
  return { title: pageTitles.findLearning(parsed.success ? parsed.data.q : undefined) };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SELECT =
  'block w-full rounded-none border-2 border-slate-800 bg-white px-3 py-2 focus:outline-3 focus:outline-[var(--focus)]';

export default async function FindLearningPage({ searchParams }: Props) {
  const viewer = await requirePageViewer('/find-learning');
  const filters = catalogueSearchSchema.parse(await searchParams);
  const [result, categories, roots] = await Promise.all([
    searchCatalogue(viewer, filters),
    listCategoryOptions(),
    filters.q || filters.kind || filters.format || filters.categoryId ? Promise.resolve([]) : listRootCategories(),
  ]);
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (filters.q) params.set('q', filters.q);
    if (filters.kind) params.set('kind', filters.kind);
    if (filters.format) params.set('format', filters.format);
    if (filters.categoryId) params.set('categoryId', String(filters.categoryId));
    if (page > 1) params.set('page', String(page));
    const query = params.toString();
    return `/find-learning${query ? `?${query}` : ''}`;
  };
  const searching = Boolean(filters.q);
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Find Learning' }]} />
      <h1 className="text-3xl font-bold">Find Learning</h1>
      <p className="mt-2 text-lg">
        Search courses, programs and certifications by name or keyword. Be as specific as you can.
      </p>
      <form method="get" action="/find-learning" role="search" aria-label="Find Learning" className="mt-6">
        <label htmlFor="catalogue-q" className="block text-lg font-semibold">
          Search
        </label>
        <div className="mt-2 flex max-w-2xl gap-2">
          <input
            id="catalogue-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ''}
            className="block w-full rounded-none border-2 border-slate-800 px-3 py-2 text-base focus:outline-3 focus:outline-[var(--focus)]"
          />
          <button type="submit" className={buttonClass('primary')}>
            Search
          </button>
        </div>
        <fieldset className="mt-4 grid gap-4 sm:grid-cols-3">
          <legend className="mb-2 text-lg font-semibold">Filter</legend>
          <div>
            <label htmlFor="catalogue-kind" className="block font-semibold">
              Type
            </label>
            <select id="catalogue-kind" name="kind" defaultValue={filters.kind ?? ''} className={SELECT}>
              <option value="">All types</option>
              <option value="course">Courses</option>
              <option value="program">Programs</option>
              <option value="certification">Certifications</option>
            </select>
          </div>
          <div>
            <label htmlFor="catalogue-format" className="block font-semibold">
              Format
            </label>
            <select id="catalogue-format" name="format" defaultValue={filters.format ?? ''} className={SELECT}>
              <option value="">Any format</option>
              <option value="ELEARNING">eLearning</option>
              <option value="WORKSHOP">Workshop</option>
              <option value="BLENDED">Blended</option>
            </select>
          </div>
          <div>
            <label htmlFor="catalogue-category" className="block font-semibold">
              Category
            </label>
            <select
              id="catalogue-category"
              name="categoryId"
              defaultValue={filters.categoryId ? String(filters.categoryId) : ''}
              className={SELECT}
            >
              <option value="">All categories</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {`${'\u00a0\u00a0'.repeat(c.depth)}${c.name}`}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <button type="submit" className={buttonClass('secondary', 'mt-4')}>
          Apply filters
        </button>
      </form>

      {roots.length > 0 ? (
        <section aria-labelledby="browse-title" className="mt-10">
          <h2 id="browse-title" className="text-2xl font-bold">
            Browse by category
          </h2>
          <ul className="mt-4 grid list-none gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {roots.map((c) => (
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

      <section aria-labelledby="results-title" className="mt-10">
        <h2 id="results-title" className="text-2xl font-bold">
          {searching ? `Results for "${filters.q}"` : 'All learning'}
        </h2>
        <p className="mt-2" role="status">
          {result.total === 0
            ? 'No learning matches your search. Check the spelling, try fewer words or remove a filter.'
            : `${result.total} ${result.total === 1 ? 'result' : 'results'}`}
        </p>
        {result.items.length > 0 ? (
          <div className="mt-4">
            <CatalogueList items={result.items} />
          </div>
        ) : null}
        <Pagination
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
          noun="results"
          hrefFor={hrefFor}
        />
      </section>
    </div>
  );
}
