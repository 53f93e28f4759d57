// Team report reads: one page with its count (for the page), or every row through a cursor (for the exports).
// Both build the same WHERE from the viewer's scope and the validated filters, so a file holds exactly the
// rows the page pages through.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { isoLocalDate } from '@/lib/format';
import { cursorBatches } from './cursor';
import { csvStream, exportFilename, exportResponse, sheetOf, xlsxStream, type ExportFormat } from './export-stream';
import { allowedScopes, personScopeSql, resolveScope, type ResolvedScope } from './team-scope';
import { londonDayRange, REPORTS, type ReportDefinition } from './team-reports';
import type { ReportKey, ReportQuery, ReportScope } from './team-schemas';

export const REPORT_PAGE_SIZE = 50;

type Built = { definition: ReportDefinition<unknown>; scope: ResolvedScope; sort: string; dir: 'asc' | 'desc' };

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereOf(b: Built, query: ReportQuery, now: Date): Prisma.Sql {
  const conditions = [
    Prisma.sql`u.status <> 'DELETED'`,
    ...b.definition.where(b.scope, query, londonDayRange(query), now),
  ];
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    conditions.push(Prisma.sql`((u."firstName" || ' ' || u."lastName") ILIKE ${like} OR u.username ILIKE ${like})`);
  }
  if (query.organisation) conditions.push(Prisma.sql`u."organisationId" = ${query.organisation}`);
  return Prisma.join(conditions, ' AND ');
}

function orderOf(b: Built): Prisma.Sql {
  const sort = b.definition.sorts[b.sort] ?? b.definition.sorts[b.definition.defaultSort]!;
  const rowId = b.definition.key === 'members' ? Prisma.sql`u.id` : Prisma.sql`r.id`;
  return Prisma.sql`${sort(Prisma.raw(b.dir === 'desc' ? 'DESC' : 'ASC'))}, ${rowId} ASC`;
}

async function build(viewer: Viewer, key: ReportKey, query: ReportQuery, now: Date): Promise<Built> {
  const scope = await resolveScope(viewer, query.scope, now);
  const definition = REPORTS[key] as unknown as ReportDefinition<unknown>;
  const sort = query.sort && definition.sorts[query.sort] ? query.sort : definition.defaultSort;
  return { definition, scope, sort, dir: query.dir ?? 'asc' };
}

export type TeamReportPage<R> = {
  definition: ReportDefinition<R>;
  scope: ReportScope;
  scopes: ReportScope[];
  rows: R[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  dir: 'asc' | 'desc';
  organisations: { id: number; name: string }[];
  items: { id: number; name: string }[];
};

/** One page of a report, its total, and the choices of its organisation and learning-item filters. */
export async function getTeamReport(
  viewer: Viewer,
  key: ReportKey,
  query: ReportQuery,
  now: Date = new Date(),
): Promise<TeamReportPage<unknown>> {
  const b = await build(viewer, key, query, now);
  const { definition } = b;
  const page = query.page ?? 1;
  const from = definition.from(b.scope, now);
  const where = whereOf(b, query, now);
  const [rows, count, organisations, items] = await Promise.all([
    db.$queryRaw<unknown[]>(Prisma.sql`SELECT ${definition.select(now)} FROM ${from} WHERE ${where}
      ORDER BY ${orderOf(b)} LIMIT ${REPORT_PAGE_SIZE} OFFSET ${(page - 1) * REPORT_PAGE_SIZE}`),
    db.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`),
    db.$queryRaw<{ id: number; name: string }[]>(Prisma.sql`SELECT o.id, o.name FROM "Organisation" o
      WHERE EXISTS (SELECT 1 FROM "User" u WHERE u."organisationId" = o.id AND u.status <> 'DELETED'
        AND ${personScopeSql(b.scope, Prisma.sql`u.id`)})
      ORDER BY o.name LIMIT 1000`),
    definition.items ? db.$queryRaw<{ id: number; name: string }[]>(definition.items(b.scope)) : [],
  ]);
  return {
    definition,
    scope: b.scope.kind,
    scopes: allowedScopes(viewer),
    rows,
    total: count[0]?.total ?? 0,
    page,
    pageSize: REPORT_PAGE_SIZE,
    sort: b.sort,
    dir: b.dir,
    organisations,
    items,
  };
}

/** The SQL of every row of a report (filters and sort as on the page): what the exports read. */
export async function teamReportSql(
  viewer: Viewer,
  key: ReportKey,
  query: ReportQuery,
  now: Date = new Date(),
): Promise<{ sql: Prisma.Sql; title: string; columns: ReportDefinition<unknown>['columns'] }> {
  const b = await build(viewer, key, query, now);
  const { definition } = b;
  const sql = Prisma.sql`SELECT ${definition.select(now)} FROM ${definition.from(b.scope, now)}
    WHERE ${whereOf(b, query, now)} ORDER BY ${orderOf(b)}`;
  return { sql, title: definition.title, columns: definition.columns };
}

/**
 * Every row of a report as a streamed CSV or Excel download. The scope is checked before the response starts;
 * rows are read through a cursor while the file is written.
 */
export async function teamReportExport(
  viewer: Viewer,
  key: ReportKey,
  query: ReportQuery,
  format: ExportFormat,
  now: Date = new Date(),
): Promise<Response> {
  const { sql, title, columns } = await teamReportSql(viewer, key, query, now);
  const batches = cursorBatches<unknown>(sql);
  const filename = exportFilename(title, isoLocalDate(now));
  const body =
    format === 'csv' ? csvStream(columns, batches) : xlsxStream([sheetOf({ name: title, columns, batches })]);
  return exportResponse(body, format, filename);
}
