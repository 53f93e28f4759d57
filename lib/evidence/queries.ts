// Other Evidence reads: only ever the viewer's own.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { getFileStore } from '@/lib/storage/store';

export const EVIDENCE_PAGE_SIZE = 25;

export type EvidenceRow = {
  id: number;
  title: string;
  description: string | null;
  provider: string | null;
  completedOn: Date;
  hours: string | null;
  file: { filename: string; sizeBytes: number } | null;
};

const SELECT = {
  id: true,
  title: true,
  description: true,
  provider: true,
  completedOn: true,
  hours: true,
  file: { select: { filename: true, sizeBytes: true } },
} as const;

function toRow(r: {
  id: number;
  title: string;
  description: string | null;
  provider: string | null;
  completedOn: Date;
  hours: { toString(): string } | null;
  file: { filename: string; sizeBytes: number } | null;
}): EvidenceRow {
  return { ...r, hours: r.hours === null ? null : r.hours.toString() };
}

export async function listOwnEvidence(
  viewer: Viewer,
  options: { sort?: 'title' | 'date'; dir?: 'asc' | 'desc'; page?: number } = {},
): Promise<{ rows: EvidenceRow[]; total: number; page: number; pageSize: number }> {
  const page = Math.max(1, options.page ?? 1);
  const dir = options.dir ?? (options.sort === 'title' ? 'asc' : 'desc');
  const orderBy =
    options.sort === 'title'
      ? [{ title: dir }, { id: 'asc' as const }]
      : [{ completedOn: dir }, { id: 'desc' as const }];
  const where = { userId: viewer.id };
  const [rows, total] = await Promise.all([
    db.evidence.findMany({
      where,
      orderBy,
      skip: (page - 1) * EVIDENCE_PAGE_SIZE,
      take: EVIDENCE_PAGE_SIZE,
      select: SELECT,
    }),
    db.evidence.count({ where }),
  ]);
  return { rows: rows.map(toRow), total, page, pageSize: EVIDENCE_PAGE_SIZE };
}

export async function getOwnEvidence(viewer: Viewer, id: number): Promise<EvidenceRow> {
  if (!Number.isInteger(id) || id <= 0) throw new NotFoundError('We could not find that evidence.');
  const row = await db.evidence.findFirst({ where: { id, userId: viewer.id }, select: SELECT });
  if (!row) throw new NotFoundError('We could not find that evidence.');
  return toRow(row);
}

export async function getOwnEvidenceFile(
  viewer: Viewer,
  id: number,
): Promise<{ filename: string; mimeType: string; bytes: Buffer }> {
  const row = await db.evidence.findFirst({
    where: { id, userId: viewer.id },
    select: { file: { select: { key: true, filename: true, mimeType: true } } },
  });
  if (!row?.file) throw new NotFoundError('We could not find that file.');
  return { filename: row.file.filename, mimeType: row.file.mimeType, bytes: await getFileStore().get(row.file.key) };
}
