// A learner's own Record of Learning as one export (courses, programs, certifications, other evidence, with
// dates): CSV (one table, a Type column), Excel (one worksheet per section) or a formatted PDF. Always and only
// the viewer's own records: every read below is one of the Record of Learning's own-record queries.
import type { Viewer } from '@/lib/auth/viewer';
import { certificationStateLabel, renewalLabel } from '@/lib/certifications/rules';
import { listOwnEvidence, type EvidenceRow } from '@/lib/evidence/queries';
import { programStateLabel } from '@/lib/programs/rules';
import {
  listCertificationRecords,
  listCourseRecords,
  listProgramRecords,
  type CertificationRecord,
  type CourseRecord,
  type ProgramRecord,
} from '@/lib/records/queries';
import { isoLocalDate } from '@/lib/format';
import type { Column } from './columns';

export type LearningRecord = {
  learner: { name: string; username: string };
  generatedAt: Date;
  courses: CourseRecord[];
  programs: ProgramRecord[];
  certifications: CertificationRecord[];
  evidence: EvidenceRow[];
};

const COURSE_STATUS: Record<string, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETE: 'Complete',
  COMPLETE_RPL: 'Complete (recognised prior learning)',
};

export function courseStatusLabel(r: Pick<CourseRecord, 'status' | 'tracked'>): string {
  if (!r.tracked) return 'Completion not tracked';
  return COURSE_STATUS[r.status] ?? r.status;
}

async function allPages<T>(read: (page: number) => Promise<{ rows: T[]; total: number }>): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const result = await read(page);
    rows.push(...result.rows);
    if (result.rows.length === 0 || rows.length >= result.total) return rows;
  }
}

/** Everything on the viewer's Record of Learning, unpaged. */
export async function getOwnLearningRecord(viewer: Viewer, now: Date = new Date()): Promise<LearningRecord> {
  const [courses, programs, certifications, evidence] = await Promise.all([
    allPages((page) => listCourseRecords(viewer, { page, pageSize: 500 })),
    listProgramRecords(viewer, now),
    listCertificationRecords(viewer, now),
    allPages((page) => listOwnEvidence(viewer, { sort: 'date', dir: 'desc', page })),
  ]);
  return {
    learner: { name: `${viewer.firstName} ${viewer.lastName}`, username: viewer.username },
    generatedAt: now,
    courses,
    programs,
    certifications,
    evidence,
  };
}

const dates = (list: Date[]) => list.map((d) => isoLocalDate(d)).join('; ');
const hours = (h: string | null) => (h === null ? null : Number(h));

export const COURSE_COLUMNS: Column<CourseRecord>[] = [
  { header: 'Course', kind: 'text', width: 48, value: (r) => r.fullName },
  { header: 'Status', kind: 'text', width: 22, value: courseStatusLabel },
  { header: 'Progress', kind: 'percent', width: 10, value: (r) => (r.tracked ? r.progressPercent : null) },
  { header: 'Completion date', kind: 'date', width: 16, value: (r) => r.timeCompleted },
  { header: 'Previous completions', kind: 'text', width: 30, value: (r) => dates(r.previousCompletions) || null },
];

export const PROGRAM_COLUMNS: Column<ProgramRecord>[] = [
  { header: 'Program', kind: 'text', width: 48, value: (r) => r.fullName },
  { header: 'Status', kind: 'text', width: 14, value: (r) => programStateLabel(r.state.key) },
  { header: 'Progress', kind: 'percent', width: 10, value: (r) => r.progressPercent },
  { header: 'Due date', kind: 'date', width: 14, value: (r) => r.dueAt },
  { header: 'Completion date', kind: 'date', width: 16, value: (r) => r.completedAt },
  { header: 'Previous completions', kind: 'number', width: 12, value: (r) => r.previousCompletions },
];

export const CERTIFICATION_COLUMNS: Column<CertificationRecord>[] = [
  { header: 'Certification', kind: 'text', width: 48, value: (r) => r.fullName },
  { header: 'Status', kind: 'text', width: 14, value: (r) => certificationStateLabel(r.state.key) },
  { header: 'Renewal status', kind: 'text', width: 20, value: (r) => renewalLabel(r.state) },
  { header: 'Progress', kind: 'percent', width: 10, value: (r) => r.progressPercent },
  { header: 'Due date', kind: 'date', width: 14, value: (r) => r.state.dueAt },
  { header: 'Completion date', kind: 'date', width: 16, value: (r) => r.timeCompleted },
  { header: 'Window opens', kind: 'date', width: 14, value: (r) => r.timeWindowOpens },
  { header: 'Expiry date', kind: 'date', width: 14, value: (r) => r.timeExpires },
  {
    header: 'Previous completions',
    kind: 'text',
    width: 30,
    value: (r) => dates(r.history.map((h) => h.timeCompleted)) || null,
  },
];

export const EVIDENCE_COLUMNS: Column<EvidenceRow>[] = [
  { header: 'Evidence', kind: 'text', width: 40, value: (r) => r.title },
  { header: 'Provider', kind: 'text', width: 24, value: (r) => r.provider },
  { header: 'Completion date', kind: 'date', width: 16, value: (r) => r.completedOn },
  { header: 'Hours', kind: 'number', width: 8, value: (r) => hours(r.hours) },
  { header: 'Description', kind: 'text', width: 50, value: (r) => r.description },
  { header: 'File', kind: 'text', width: 24, value: (r) => r.file?.filename ?? null },
];

/** One row of the single CSV table: every section under the same headers. */
export type FlatRecordRow = {
  type: 'Course' | 'Program' | 'Certification' | 'Other evidence';
  name: string;
  status: string | null;
  progress: number | null;
  dueAt: Date | null;
  completedAt: Date | null;
  windowOpens: Date | null;
  expiresAt: Date | null;
  previous: string | null;
  hours: number | null;
  provider: string | null;
};

export const FLAT_COLUMNS: Column<FlatRecordRow>[] = [
  { header: 'Type', kind: 'text', width: 14, value: (r) => r.type },
  { header: 'Name', kind: 'text', width: 48, value: (r) => r.name },
  { header: 'Status', kind: 'text', width: 22, value: (r) => r.status },
  { header: 'Progress', kind: 'percent', width: 10, value: (r) => r.progress },
  { header: 'Due date', kind: 'date', width: 14, value: (r) => r.dueAt },
  { header: 'Completion date', kind: 'date', width: 16, value: (r) => r.completedAt },
  { header: 'Window opens', kind: 'date', width: 14, value: (r) => r.windowOpens },
  { header: 'Expiry date', kind: 'date', width: 14, value: (r) => r.expiresAt },
  { header: 'Previous completions', kind: 'text', width: 30, value: (r) => r.previous },
  { header: 'Hours', kind: 'number', width: 8, value: (r) => r.hours },
  { header: 'Provider', kind: 'text', width: 24, value: (r) => r.provider },
];

const EMPTY = { dueAt: null, windowOpens: null, expiresAt: null, previous: null, hours: null, provider: null };

export function flatRecordRows(record: LearningRecord): FlatRecordRow[] {
  return [
    ...record.courses.map((r) => ({
      ...EMPTY,
      type: 'Course' as const,
      name: r.fullName,
      status: courseStatusLabel(r),
      progress: r.tracked ? r.progressPercent : null,
      completedAt: r.timeCompleted,
      previous: dates(r.previousCompletions) || null,
    })),
    ...record.programs.map((r) => ({
      ...EMPTY,
      type: 'Program' as const,
      name: r.fullName,
      status: programStateLabel(r.state.key),
      progress: r.progressPercent,
      dueAt: r.dueAt,
      completedAt: r.completedAt,
      previous: r.previousCompletions > 0 ? String(r.previousCompletions) : null,
    })),
    ...record.certifications.map((r) => ({
      ...EMPTY,
      type: 'Certification' as const,
      name: r.fullName,
      status: `${certificationStateLabel(r.state.key)} (${renewalLabel(r.state)})`,
      progress: r.progressPercent,
      dueAt: r.state.dueAt,
      completedAt: r.timeCompleted,
      windowOpens: r.timeWindowOpens,
      expiresAt: r.timeExpires,
      previous: dates(r.history.map((h) => h.timeCompleted)) || null,
    })),
    ...record.evidence.map((r) => ({
      ...EMPTY,
      type: 'Other evidence' as const,
      name: r.title,
      status: 'Complete',
      progress: null,
      completedAt: r.completedOn,
      hours: hours(r.hours),
      provider: r.provider,
    })),
  ];
}
