// Category reads: breadcrumbs from the materialised path, and one category's children and courses.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';

export type Crumb = { id: number; name: string };

/** The category and its ancestors, root first, in one statement. */
export async function getCategoryTrail(categoryId: number): Promise<Crumb[]> {
  // The materialised path ("/1/4/") lists the ancestors; the category itself may or may not end it.
  const rows = await db.$queryRaw<{ id: number; name: string; path: string; self: boolean }[]>`
    SELECT a."id", a."name", c."path", a."id" = c."id" AS self
    FROM "Category" c
    JOIN "Category" a ON a."id" = c."id"
      OR a."id"::text = ANY (string_to_array(c."path", '/'))
    WHERE c."id" = ${categoryId}`;
  const self = rows.find((r) => r.self);
  if (!self) return [];
  const ids = self.path
    .split('/')
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  if (!ids.includes(self.id)) ids.push(self.id);
  const byId = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name }]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** Materialised path of a new child of `parent` (or of a root category). */
export function childPath(parent: { path: string } | null, id: number): string {
  return `${parent ? parent.path : '/'}${id}/`;
}

export type CategoryOption = { id: number; name: string; depth: number };

/** Every visible category in tree order, for the category filter. */
export async function listCategoryOptions(): Promise<CategoryOption[]> {
  const rows = await db.category.findMany({
    where: { visible: true },
    select: { id: true, name: true, depth: true, path: true, sortOrder: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Sort by the names along the path so children follow their parent.
  const key = (r: (typeof rows)[number]) =>
    r.path
      .split('/')
      .filter(Boolean)
      .map((id) => {
        const c = byId.get(Number(id));
        return c ? `${String(c.sortOrder).padStart(6, '0')}${c.name.toLowerCase()}` : '';
      })
      .join('/');
  return rows.sort((a, b) => key(a).localeCompare(key(b))).map((r) => ({ id: r.id, name: r.name, depth: r.depth }));
}

export type CategoryView = {
  id: number;
  name: string;
  description: string | null;
  trail: Crumb[];
  children: { id: number; name: string; description: string | null }[];
};

/**
 * A category with its breadcrumbs and subcategories, as the viewer may see them: hidden ones only for site
 * admins. Null when missing or hidden from the viewer.
 */
export async function getCategoryView(viewer: Viewer, categoryId: number): Promise<CategoryView | null> {
  if (!Number.isInteger(categoryId) || categoryId <= 0) return null;
  const includeHidden = viewer.isSiteAdmin;
  const category = await db.category.findFirst({
    where: { id: categoryId, ...(includeHidden ? {} : { visible: true }) },
    select: {
      id: true,
      name: true,
      description: true,
      children: {
        where: includeHidden ? {} : { visible: true },
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
        select: { id: true, name: true, description: true },
      },
    },
  });
  if (!category) return null;
  const trail = await getCategoryTrail(category.id);
  return { ...category, trail };
}

/** Top-level visible categories for browsing. */
export async function listRootCategories(): Promise<{ id: number; name: string; description: string | null }[]> {
  return db.category.findMany({
    where: { parentId: null, visible: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, description: true },
  });
}
