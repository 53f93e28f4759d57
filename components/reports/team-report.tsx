// A team report's page body: filters (a GET form, so every view is a link), downloads, the sortable table and
// paging. Server component: no script needed to filter, sort or page.
import Link from 'next/link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { buttonClass } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { ResponsiveTable, SortHeader, Td, Th } from '@/components/ui/table';
import { formatDate, formatDateTime } from '@/lib/format';
import type { CellValue, Column } from '@/lib/reports/columns';
import type { TeamReportPage } from '@/lib/reports/team-queries';
import type { ReportQuery, ReportScope } from '@/lib/reports/team-schemas';

type Props = {
  report: TeamReportPage<unknown>;
  query: ReportQuery;
  errors: Record<string, string>;
  basePath: string;
};

const SCOPE_LABEL: Record<ReportScope, string> = {
  team: 'My direct reports',
  admin: 'Learning my L&D team manages',
};

function cellText(column: Column<unknown>, value: CellValue): string {
  if (value === null || value === '') return '–';
  if (value instanceof Date) return column.kind === 'datetime' ? formatDateTime(value) : formatDate(value);
  if (column.kind === 'percent') return `${value}%`;
  return String(value);
}

/** The query string of the current view with some values changed (empty values dropped). */
export function reportHref(basePath: string, query: ReportQuery, change: Partial<Record<keyof ReportQuery, unknown>>) {
  const merged: Record<string, unknown> = { ...query, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${basePath}?${text}` : basePath;
}

export function TeamReport({ report, query, errors, basePath }: Props) {
  const { definition } = report;
  const columns = definition.columns as (Column<unknown> & { sort?: string })[];
  const filters = { ...query, page: undefined };
  const exportQuery = { ...filters, scope: report.scope, sort: report.sort, dir: report.dir };
  const download = (format: 'xlsx' | 'csv') => reportHref(`${basePath}/export/${format}`, exportQuery, {});
  return (
    <>
      <ErrorSummary fieldErrors={errors} />
      {report.scopes.length > 1 ? (
        <nav aria-label="Whose records" className="mt-4 flex flex-wrap gap-4">
          {report.scopes.map((scope) =>
            scope === report.scope ? (
              <span key={scope} aria-current="page" className="font-bold">
                {SCOPE_LABEL[scope]}
              </span>
            ) : (
              <Link key={scope} href={reportHref(basePath, { scope }, {})} className="text-[var(--link)] underline">
                {SCOPE_LABEL[scope]}
              </Link>
            ),
          )}
        </nav>
      ) : null}
      <form method="get" action={basePath} className="mt-6 border-l-4 border-slate-300 pl-4">
        <h2 className="mb-4 text-xl font-bold">Filter</h2>
        {report.scopes.length > 1 ? <input type="hidden" name="scope" value={report.scope} /> : null}
        <input type="hidden" name="sort" value={report.sort} />
        <input type="hidden" name="dir" value={report.dir} />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField name="q" label="Name or username" optional defaultValue={query.q ?? ''} error={errors.q} />
          <SelectField
            name="organisation"
            label="Organisation"
            optional
            placeholder="Any organisation"
            options={report.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            defaultValue={query.organisation ? String(query.organisation) : ''}
            error={errors.organisation}
          />
          {definition.itemLabel ? (
            <SelectField
              name="item"
              label={definition.itemLabel}
              optional
              placeholder={`Any ${definition.itemLabel.toLowerCase()}`}
              options={report.items.map((i) => ({ value: String(i.id), label: i.name }))}
              defaultValue={query.item ? String(query.item) : ''}
              error={errors.item}
            />
          ) : null}
          <SelectField
            name="status"
            label="Status"
            optional
            placeholder="Any status"
            options={definition.statuses}
            defaultValue={query.status ?? ''}
            error={errors.status}
          />
          <TextField
            name="from"
            type="date"
            label={`${definition.dateLabel} from`}
            optional
            defaultValue={query.from ?? ''}
            error={errors.from}
          />
          <TextField
            name="to"
            type="date"
            label={`${definition.dateLabel} to`}
            optional
            defaultValue={query.to ?? ''}
            error={errors.to}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass('primary')}>
            Apply filters
          </button>
          <Link href={reportHref(basePath, { scope: query.scope }, {})} className="text-[var(--link)] underline">
            Clear filters
          </Link>
        </div>
      </form>
      <p className="mt-6 flex flex-wrap items-center gap-x-4">
        <span>Download these {report.total.toLocaleString('en-GB')} rows:</span>
        <a href={download('xlsx')} download className="inline-flex min-h-11 items-center text-[var(--link)] underline">
          Excel (.xlsx)
        </a>
        <a href={download('csv')} download className="inline-flex min-h-11 items-center text-[var(--link)] underline">
          CSV
        </a>
      </p>
      {report.total === 0 ? (
        <p className="mt-4">No records match these filters. Clear a filter to see more.</p>
      ) : (
        <ResponsiveTable
          caption={`${definition.title}, sorted by ${report.sort} ${report.dir === 'asc' ? 'ascending' : 'descending'}`}
          head={columns.map((c) =>
            c.sort ? (
              <SortHeader
                key={c.header}
                label={c.header}
                column={c.sort}
                sort={report.sort}
                dir={report.dir}
                hrefFor={(sort, dir) => reportHref(basePath, filters, { sort, dir })}
              />
            ) : (
              <Th key={c.header}>{c.header}</Th>
            ),
          )}
        >
          {report.rows.map((row) => (
            <tr key={(row as { rowId: number }).rowId}>
              {columns.map((c) => (
                <Td key={c.header} label={c.header}>
                  {cellText(c, c.value(row))}
                </Td>
              ))}
            </tr>
          ))}
        </ResponsiveTable>
      )}
      <Pagination
        page={report.page}
        pageSize={report.pageSize}
        total={report.total}
        noun={definition.noun}
        hrefFor={(page) => reportHref(basePath, query, { page })}
      />
    </>
  );
}
