// Find Learning: one ranked, filtered, paged query over courses, programs and certifications the viewer may see.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { courseVisibleSql } from './visibility';

export const CATALOGUE_PAGE_SIZE = 20;

export type CatalogueKind = 'course' | 'program' | 'certification';
export type CatalogueFormat = 'ELEARNING' | 'WORKSHOP' | 'BLENDED';

export type CatalogueQuery = {
  q?: string;
  kind?: CatalogueKind;
  format?: CatalogueFormat;
  categoryId?: number;
  /** Only items placed directly in categoryId (category browsing), not in its subcategories. */
  directOnly?: boolean;
  page?: number;
  pageSize?: number;
};

export type CatalogueItem = {
  kind: CatalogueKind;
  id: number;
  name: string;
  summary: string;
  format: string | null;
  costPence: number | null;
  categoryId: number | null;
  categoryName: string | null;
};

export type CatalogueResult = { items: CatalogueItem[]; total: number; page: number; pageSize: number };

type Row = {
  kind: CatalogueKind;
  id: number;
  name: string;
  summary: string;
  format: string | null;
  costPence: number | null;
  categoryId: number | null;
  categoryName: string | null;
  total: bigint | number;
};

/** Keeps what a person typed within reason: trimmed, single spaces, at most 100 characters. */
export function normaliseSearch(q: string | undefined): string {
  return (q ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
}

/** The words of the query for the fuzzy (trigram) arm: lower case, three letters or more, at most eight. */
export function fuzzyWords(q: string): string[] {
  const all = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const long = all.filter((w) => w.length >= 3);
  return [...new Set(long.length > 0 ? long : all)].slice(0, 8);
}

/**
 * Ranked search. An exact title comes first, then titles starting with the words, then full-text rank plus
 * trigram similarity, so word order and small typos still find the course. With no words: A–Z listing.
 */
export async function searchCatalogue(viewer: Viewer, query: CatalogueQuery): Promise<CatalogueResult> {
  const { sql, params, page, pageSize } = catalogueSql(viewer, query);
  if (!sql) return { items: [], total: 0, page, pageSize };
  const rows = await db.$queryRawUnsafe<Row[]>(sql, ...params);
  let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && page > 1) {
    // Past the last page: still report how many there are.
    const counted = await searchCatalogue(viewer, { ...query, page: 1, pageSize: 1 });
    total = counted.total;
  }
  return {
    items: rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      name: r.name,
      summary: r.summary,
      format: r.format,
      costPence: r.costPence,
      categoryId: r.categoryId,
      categoryName: r.categoryName,
    })),
    total,
    page,
    pageSize,
  };
}

/** The one statement behind searchCatalogue (exported so tests can EXPLAIN it); sql null when nothing can match. */
export function catalogueSql(
  viewer: Viewer,
  query: CatalogueQuery,
): { sql: string | null; params: unknown[]; page: number; pageSize: number } {
  const q = normaliseSearch(query.q);
  const pageSize = Math.min(Math.max(query.pageSize ?? CATALOGUE_PAGE_SIZE, 1), 100);
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const params: unknown[] = [q];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };

  const isAdmin = viewer.isSiteAdmin;

  // Every arm is served by an index: full text (GIN on the tsvector), the title substring (GIN trigram on the
  // title) and, for typos, each word of the query against the search text with `<%` (GIN trigram on the search
  // text; threshold pg_trgm.word_similarity_threshold = 0.5, set by the migration). All words must match, so a
  // course sharing one word ("protecting your time" for "data protection") falls away.
  const words = fuzzyWords(q).map((w) => add(w));
  const searchText = (alias: string) =>
    `ilearn_search_text(${alias}."fullName", ${alias}."summary", ${alias}."keywords")`;
  const matches = (alias: string) => `($1 = '' OR
      to_tsvector('english'::regconfig, ${searchText(alias)}) @@ websearch_to_tsquery('english', $1)
      OR lower(${alias}."fullName") LIKE '%' || lower($1) || '%'
      OR (${words.map((w) => `${w}::text <% ${searchText(alias)}`).join(' AND ') || 'FALSE'}))`;
  const score = (alias: string) => `CASE WHEN $1 = '' THEN 0 ELSE
      ts_rank(to_tsvector('english'::regconfig, ilearn_search_text(${alias}."fullName", ${alias}."summary", ${alias}."keywords")), websearch_to_tsquery('english', $1))
      + word_similarity(lower($1), lower(${alias}."fullName"))
      + 0.5 * word_similarity(lower($1), ilearn_search_text(${alias}."fullName", ${alias}."summary", ${alias}."keywords")) END`;
  const exact = (alias: string) => `CASE WHEN $1 <> '' AND lower(${alias}."fullName") = lower($1) THEN 2
      WHEN $1 <> '' AND lower(${alias}."fullName") LIKE lower($1) || '%' THEN 1 ELSE 0 END`;

  let categoryCourse = 'TRUE';
  let categoryProgram = 'TRUE';
  if (query.categoryId) {
    const cat = `${add(query.categoryId)}::int`;
    if (query.directOnly) {
      categoryCourse = `c."categoryId" = ${cat}`;
      categoryProgram = `p."categoryId" = ${cat}`;
    } else {
      const sub = `(SELECT id FROM "Category" WHERE "path" LIKE '%/' || ${cat}::text || '/%' OR id = ${cat})`;
      categoryCourse = `c."categoryId" IN ${sub}`;
      categoryProgram = `p."categoryId" IN ${sub}`;
    }
  }
  const formatClause = query.format ? `c."format" = ${add(query.format)}::"CourseFormat"` : 'TRUE';
  const wantCourses = !query.kind || query.kind === 'course';
  const wantPrograms = !query.format && (!query.kind || query.kind === 'program' || query.kind === 'certification');
  const programKind =
    query.kind === 'program'
      ? `p."kind" = 'PROGRAM'`
      : query.kind === 'certification'
        ? `p."kind" = 'CERTIFICATION'`
        : 'TRUE';
  const programVisibleSql = () => {
    if (isAdmin) return 'TRUE';
    const userParam = `${add(viewer.id)}::int`;
    const teams = viewer.ldTeamIds.length > 0 ? add(viewer.ldTeamIds) : null;
    return `((p."visible" AND (p."availableFrom" IS NULL OR p."availableFrom" <= now()) AND (p."availableUntil" IS NULL OR p."availableUntil" >= now()))
        OR EXISTS (SELECT 1 FROM "ProgramUser" pu WHERE pu."programId" = p."id" AND pu."userId" = ${userParam})
        ${teams ? `OR p."ownerTeamId" = ANY(${teams}::int[])` : ''})`;
  };

  const parts: string[] = [];
  if (wantCourses) {
    const visible = courseVisibleSql(viewer, params.length + 1);
    params.push(...visible.params);
    parts.push(`SELECT 'course' AS kind, c."id", c."fullName" AS name, c."summary", c."format"::text AS format, c."costPence",
        c."categoryId", cat."name" AS "categoryName", ${exact('c')} AS exact, ${score('c')} AS score
      FROM "Course" c JOIN "Category" cat ON cat."id" = c."categoryId"
      WHERE ${visible.sql} AND (c."visibility" <> 'HIDDEN' OR ${isAdmin || viewer.ldTeamIds.length > 0 ? 'TRUE' : 'FALSE'}) AND ${categoryCourse} AND ${formatClause} AND ${matches('c')}`);
  }
  if (wantPrograms) {
    const programVisible = programVisibleSql();
    parts.push(`SELECT CASE WHEN p."kind" = 'CERTIFICATION' THEN 'certification' ELSE 'program' END AS kind, p."id", p."fullName" AS name,
        p."summary", NULL AS format, NULL::int AS "costPence", p."categoryId", cat."name" AS "categoryName", ${exact('p')} AS exact, ${score('p')} AS score
      FROM "Program" p LEFT JOIN "Category" cat ON cat."id" = p."categoryId"
      WHERE ${programVisible} AND ${programKind} AND ${categoryProgram} AND ${matches('p')}`);
  }
  if (parts.length === 0) return { sql: null, params, page, pageSize };
  const limit = add(pageSize);
  const offset = add((page - 1) * pageSize);
  const sql = `SELECT kind, id, name, summary, format, "costPence", "categoryId", "categoryName", count(*) OVER () AS total
    FROM (${parts.join(' UNION ALL ')}) items
    ORDER BY exact DESC, score DESC, lower(name) ASC, id ASC
    LIMIT ${limit}::int OFFSET ${offset}::int`;
  return { sql, params, page, pageSize };
}
