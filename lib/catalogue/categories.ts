// Category reads: breadcrumbs from the materialised path, and one category's children and courses.
import { db } from '@/lib/db';

export type Crumb = { id: number; name: string };

/** The category and its ancestors, root first, in one query. */
export async function getCategoryTrail(categoryId: number): Promise<Crumb[]> {
  const category = await db.category.findUnique({ where: { id: categoryId }, select: { id: true, path: true } });
  if (!category) return [];
  const ids = category.path
    .split('/')
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  if (!ids.includes(category.id)) ids.push(category.id);
  const rows = await db.category.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** Materialised path of a new child of `parent` (or of a root category). */
export function childPath(parent: { path: string } | null, id: number): string {
  return `${parent ? parent.path : '/'}${id}/`;
}
