import type { Metadata } from 'next';
import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { Pagination } from '@/components/ui/pagination';
import { ResponsiveTable, SortHeader, Td, Th } from '@/components/ui/table';
import { requirePageViewer } from '@/lib/auth/guards';
import { listOwnEvidence } from '@/lib/evidence/queries';
import { formatDate } from '@/lib/format';
import { recordListSchema } from '@/lib/records/schemas';

export const metadata: Metadata = { title: 'Other Evidence – Record of Learning' };

const SAVED: Record<string, string> = {
  added: 'Your evidence has been added to your Record of Learning.',
  updated: 'Your evidence has been updated.',
  deleted: 'Your evidence has been deleted.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EvidencePage({ searchParams }: Props) {
  const viewer = await requirePageViewer('/record-of-learning/evidence');
  const raw = await searchParams;
  const params = recordListSchema.parse(raw);
  const sort = params.sort === 'title' ? 'title' : 'date';
  const dir = params.dir ?? (sort === 'title' ? 'asc' : 'desc');
  const result = await listOwnEvidence(viewer, { sort, dir, page: params.page });
  const saved = typeof raw.saved === 'string' ? SAVED[raw.saved] : undefined;
  const hrefFor = (s: string, d: string, page = 1) =>
    `/record-of-learning/evidence?sort=${s}&dir=${d}${page > 1 ? `&page=${page}` : ''}`;
  return (
    <>
      {saved ? <NotificationBanner tone="success">{saved}</NotificationBanner> : null}
      <h2 className="text-2xl font-bold">Other Evidence</h2>
      <p className="mt-2">
        Record learning you have done outside iLearn+, such as an external course or conference, with a certificate if
        you have one.
      </p>
      <ButtonLink href="/record-of-learning/evidence/new" className="mt-4">
        Add evidence
      </ButtonLink>
      {result.total === 0 ? (
        <p className="mt-6">You have not added any evidence yet.</p>
      ) : (
        <ResponsiveTable
          caption="Your other evidence"
          head={
            <>
              <SortHeader label="Title" column="title" sort={sort} dir={dir} hrefFor={hrefFor} />
              <SortHeader label="Date completed" column="date" sort={sort} dir={dir} hrefFor={hrefFor} />
              <Th>Hours</Th>
              <Th>File</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </>
          }
        >
          {result.rows.map((r) => (
            <tr key={r.id}>
              <Td label="Title">
                <span className="font-semibold">{r.title}</span>
                {r.provider ? <span className="block text-slate-700">{r.provider}</span> : null}
              </Td>
              <Td label="Date completed">{formatDate(r.completedOn)}</Td>
              <Td label="Hours">{r.hours ?? '–'}</Td>
              <Td label="File">
                {r.file ? (
                  <a href={`/record-of-learning/evidence/${r.id}/file`} className="text-[var(--link)] underline">
                    {r.file.filename}
                  </a>
                ) : (
                  'None'
                )}
              </Td>
              <Td label="Actions">
                <Link
                  href={`/record-of-learning/evidence/${r.id}/edit`}
                  className="inline-flex min-h-11 items-center text-[var(--link)] underline"
                >
                  Change<span className="sr-only"> {r.title}</span>
                </Link>
              </Td>
            </tr>
          ))}
        </ResponsiveTable>
      )}
      <Pagination
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        noun="records"
        hrefFor={(p) => hrefFor(sort, dir, p)}
      />
    </>
  );
}
