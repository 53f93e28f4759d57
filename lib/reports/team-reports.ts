// The four "View full report" reports of My Team (members, courses, programs, certifications): their columns,
// filters, statuses and sorts, and the SQL they run. The scope (lib/reports/team-scope.ts) is always one of the
// WHERE conditions. Sort columns come only from the whitelists below; every value is a bound parameter.
import { TZDate } from '@date-fns/tz';
import { certificationStateLabel, type CertificationStateKey } from '@/lib/certifications/rules';
import { DEFAULT_TIME_ZONE } from '@/lib/format';
import { Prisma } from '@/lib/generated/prisma/client';
import { programStateLabel, type ProgramStateKey } from '@/lib/programs/rules';
import type { Column } from './columns';
import { courseStatusLabel } from './record';
import { personScopeSql, recordScopeSql, type ResolvedScope } from './team-scope';
import type { ReportKey, ReportQuery } from './team-schemas';

type Person = { rowId: number; userId: number; name: string; username: string; organisation: string };

export type MemberRow = Person & {
  jobTitle: string | null;
  lastLoginAt: Date | null;
  coursesEnrolled: number;
  coursesStarted: number;
  coursesCompleted: number;
  certificationsAssigned: number;
  certificationsHeld: number;
};
export type CourseRow = Person & {
  item: string;
  status: string;
  tracked: boolean;
  progress: number;
  enrolledAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
};
export type ProgramRow = Person & {
  item: string;
  state: ProgramStateKey;
  overdue: boolean;
  progress: number;
  assignedAt: Date | null;
  dueAt: Date | null;
  completedAt: Date | null;
};
export type CertificationRow = Person & {
  item: string;
  state: CertificationStateKey;
  overdue: boolean;
  completedAt: Date | null;
  windowOpensAt: Date | null;
  expiresAt: Date | null;
  dueAt: Date | null;
};

export type ReportDefinition<R> = {
  key: ReportKey;
  title: string;
  /** Plural noun for "Showing 1 to 50 of 312 …". */
  noun: string;
  /** The learning-item filter's label, or null when the report has none. */
  itemLabel: string | null;
  statuses: { value: string; label: string }[];
  /** What the From/To dates filter on. */
  dateLabel: string;
  columns: (Column<R> & { sort?: string })[];
  defaultSort: string;
  sorts: Record<string, (direction: Prisma.Sql) => Prisma.Sql>;
  /** FROM and JOINs; `u` is the person and `o` their organisation. */
  from: (scope: ResolvedScope, now: Date) => Prisma.Sql;
  select: (now: Date) => Prisma.Sql;
  /** Conditions of this report beyond the shared name and organisation filters (scope included). */
  where: (scope: ResolvedScope, query: ReportQuery, range: DateRange, now: Date) => Prisma.Sql[];
  /** id, name of the learning items in scope (for the item filter), or null. */
  items: ((scope: ResolvedScope) => Prisma.Sql) | null;
};

type DateRange = { from: Date | null; to: Date | null };

const PERSON = Prisma.sql`u.id AS "userId", (u."firstName" || ' ' || u."lastName") AS "name", u.username AS "username",
  o.name AS "organisation"`;
const PEOPLE = Prisma.sql`JOIN "User" u ON u.id = r."userId" JOIN "Organisation" o ON o.id = u."organisationId"`;
const BY_NAME = (d: Prisma.Sql) => Prisma.sql`u."lastName" ${d}, u."firstName" ${d}, u.username ${d}`;

const personColumns = <R extends Person>(): (Column<R> & { sort?: string })[] => [
  { header: 'Name', kind: 'text', width: 28, value: (r) => r.name, sort: 'name' },
  { header: 'Username', kind: 'text', width: 16, value: (r) => r.username },
  { header: 'Organisation', kind: 'text', width: 30, value: (r) => r.organisation, sort: 'organisation' },
];

function dateRange(range: DateRange, column: Prisma.Sql): Prisma.Sql[] {
  return [
    ...(range.from ? [Prisma.sql`${column} >= ${range.from}`] : []),
    ...(range.to ? [Prisma.sql`${column} < ${range.to}`] : []),
  ];
}

/** From/To as London days: From at its midnight, To up to (not including) the next midnight. */
export function londonDayRange(query: Pick<ReportQuery, 'from' | 'to'>): DateRange {
  const start = (day: string, plus: number) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d + plus, 0, 0, DEFAULT_TIME_ZONE).getTime());
  };
  return { from: query.from ? start(query.from, 0) : null, to: query.to ? start(query.to, 1) : null };
}

const COMPLETE = Prisma.sql`('COMPLETE', 'COMPLETE_RPL')`;

const members: ReportDefinition<MemberRow> = {
  key: 'members',
  title: 'Team members',
  noun: 'people',
  itemLabel: null,
  statuses: [
    { value: 'active', label: 'Active' },
    { value: 'suspended', label: 'Suspended' },
  ],
  dateLabel: 'Last login',
  columns: [
    ...personColumns<MemberRow>(),
    { header: 'Job title', kind: 'text', width: 24, value: (r) => r.jobTitle },
    { header: 'Last login', kind: 'datetime', width: 18, value: (r) => r.lastLoginAt, sort: 'last_login' },
    { header: 'Courses enrolled', kind: 'number', width: 10, value: (r) => r.coursesEnrolled, sort: 'enrolled' },
    { header: 'Courses started', kind: 'number', width: 10, value: (r) => r.coursesStarted, sort: 'started' },
    { header: 'Courses completed', kind: 'number', width: 10, value: (r) => r.coursesCompleted, sort: 'completed' },
    {
      header: 'Certifications assigned',
      kind: 'number',
      width: 12,
      value: (r) => r.certificationsAssigned,
      sort: 'certifications',
    },
    { header: 'Certifications held', kind: 'number', width: 12, value: (r) => r.certificationsHeld, sort: 'held' },
  ],
  defaultSort: 'name',
  sorts: {
    name: BY_NAME,
    organisation: (d) => Prisma.sql`o.name ${d}`,
    last_login: (d) => Prisma.sql`u."lastLoginAt" ${d} NULLS LAST`,
    enrolled: (d) => Prisma.sql`cs.enrolled ${d}`,
    started: (d) => Prisma.sql`cs.started ${d}`,
    completed: (d) => Prisma.sql`cs.completed ${d}`,
    certifications: (d) => Prisma.sql`ce.assigned ${d}`,
    held: (d) => Prisma.sql`ce.held ${d}`,
  },
  from: (scope, now) => Prisma.sql`"User" u JOIN "Organisation" o ON o.id = u."organisationId"
    LEFT JOIN LATERAL (SELECT j.title FROM "JobAssignment" j WHERE j."userId" = u.id AND j."isPrimary"
      ORDER BY j.id LIMIT 1) job ON TRUE
    LEFT JOIN LATERAL (SELECT count(*)::int AS enrolled,
        count(*) FILTER (WHERE x.status <> 'NOT_STARTED')::int AS started,
        count(*) FILTER (WHERE x.status IN ${COMPLETE})::int AS completed
      FROM "CourseCompletion" x WHERE x."userId" = u.id
        AND ${scope.kind === 'team' ? Prisma.sql`TRUE` : ownedOnly(scope, 'course', Prisma.sql`x."courseId"`)}) cs ON TRUE
    LEFT JOIN LATERAL (SELECT count(*)::int AS assigned,
        count(*) FILTER (WHERE ${certificationStateSql('y', now)} IN ('certified', 'window_open'))::int AS held
      FROM "CertificationCompletion" y JOIN "Certification" yc ON yc.id = y."certificationId" WHERE y."userId" = u.id
        AND ${scope.kind === 'team' ? Prisma.sql`TRUE` : ownedOnly(scope, 'program', Prisma.sql`yc."programId"`)}) ce ON TRUE`,
  select: () => Prisma.sql`u.id AS "rowId", ${PERSON}, job.title AS "jobTitle", u."lastLoginAt" AS "lastLoginAt",
    cs.enrolled AS "coursesEnrolled", cs.started AS "coursesStarted", cs.completed AS "coursesCompleted",
    ce.assigned AS "certificationsAssigned", ce.held AS "certificationsHeld"`,
  where: (scope, query, range) => [
    personScopeSql(scope, Prisma.sql`u.id`),
    ...(query.status === 'active' ? [Prisma.sql`u.status = 'ACTIVE'`] : []),
    ...(query.status === 'suspended' ? [Prisma.sql`u.status = 'SUSPENDED'`] : []),
    ...dateRange(range, Prisma.sql`u."lastLoginAt"`),
  ],
  items: null,
};

function ownedOnly(scope: ResolvedScope, kind: 'course' | 'program', id: Prisma.Sql): Prisma.Sql {
  if (scope.everything) return Prisma.sql`TRUE`;
  return Prisma.sql`${id} = ANY(${kind === 'course' ? scope.courseIds : scope.programIds}::int[])`;
}

const courses: ReportDefinition<CourseRow> = {
  key: 'courses',
  title: 'Team courses',
  noun: 'course records',
  itemLabel: 'Course',
  statuses: [
    { value: 'not_started', label: 'Not started' },
    { value: 'in_progress', label: 'In progress' },
    { value: 'complete', label: 'Complete' },
  ],
  dateLabel: 'Completion date',
  columns: [
    ...personColumns<CourseRow>(),
    { header: 'Course', kind: 'text', width: 40, value: (r) => r.item, sort: 'item' },
    { header: 'Status', kind: 'text', width: 18, value: (r) => courseStatusLabel(r), sort: 'status' },
    { header: 'Progress', kind: 'percent', width: 10, value: (r) => (r.tracked ? r.progress : null), sort: 'progress' },
    { header: 'Enrolled', kind: 'date', width: 12, value: (r) => r.enrolledAt, sort: 'enrolled' },
    { header: 'Started', kind: 'date', width: 12, value: (r) => r.startedAt },
    { header: 'Completion date', kind: 'date', width: 14, value: (r) => r.completedAt, sort: 'completed' },
  ],
  defaultSort: 'name',
  sorts: {
    name: (d) => Prisma.sql`${BY_NAME(d)}, c."fullName" ${d}`,
    organisation: (d) => Prisma.sql`o.name ${d}`,
    item: (d) => Prisma.sql`c."fullName" ${d}`,
    status: (d) => Prisma.sql`r.status ${d}`,
    progress: (d) => Prisma.sql`r."progressPercent" ${d}`,
    enrolled: (d) => Prisma.sql`r."timeEnrolled" ${d}`,
    completed: (d) => Prisma.sql`r."timeCompleted" ${d} NULLS LAST`,
  },
  from: () => Prisma.sql`"CourseCompletion" r ${PEOPLE} JOIN "Course" c ON c.id = r."courseId"`,
  select: () => Prisma.sql`r.id AS "rowId", ${PERSON}, c."fullName" AS "item", r.status::text AS "status",
    c."completionEnabled" AS "tracked",
    (CASE WHEN r.status IN ${COMPLETE} THEN 100 ELSE r."progressPercent" END)::int AS "progress",
    r."timeEnrolled" AS "enrolledAt", r."timeStarted" AS "startedAt", r."timeCompleted" AS "completedAt"`,
  where: (scope, query, range) => [
    recordScopeSql(scope, Prisma.sql`r."userId"`, 'course', Prisma.sql`r."courseId"`),
    ...(query.item ? [Prisma.sql`r."courseId" = ${query.item}`] : []),
    ...(query.status === 'not_started' ? [Prisma.sql`r.status = 'NOT_STARTED'`] : []),
    ...(query.status === 'in_progress' ? [Prisma.sql`r.status = 'IN_PROGRESS'`] : []),
    ...(query.status === 'complete' ? [Prisma.sql`r.status IN ${COMPLETE}`] : []),
    ...dateRange(range, Prisma.sql`r."timeCompleted"`),
  ],
  items: (scope) => Prisma.sql`SELECT c.id, c."fullName" AS name FROM "Course" c
    WHERE EXISTS (SELECT 1 FROM "CourseCompletion" r WHERE r."courseId" = c.id
      AND ${recordScopeSql(scope, Prisma.sql`r."userId"`, 'course', Prisma.sql`r."courseId"`)})
    ORDER BY c."fullName" LIMIT 1000`,
};

const PROGRAM_STATE = Prisma.sql`(CASE WHEN r.status = 'COMPLETE' THEN 'complete'
  WHEN r."startedAt" IS NOT NULL OR r."progressPercent" > 0 THEN 'in_progress' ELSE 'not_started' END)`;

const programs: ReportDefinition<ProgramRow> = {
  key: 'programs',
  title: 'Team programs',
  noun: 'program records',
  itemLabel: 'Program',
  statuses: [
    { value: 'not_started', label: 'Not started' },
    { value: 'in_progress', label: 'In progress' },
    { value: 'complete', label: 'Complete' },
    { value: 'overdue', label: 'Overdue' },
  ],
  dateLabel: 'Due date',
  columns: [
    ...personColumns<ProgramRow>(),
    { header: 'Program', kind: 'text', width: 40, value: (r) => r.item, sort: 'item' },
    {
      header: 'Status',
      kind: 'text',
      width: 22,
      value: (r) => `${programStateLabel(r.state)}${r.overdue ? ' (overdue)' : ''}`,
      sort: 'status',
    },
    { header: 'Progress', kind: 'percent', width: 10, value: (r) => r.progress, sort: 'progress' },
    { header: 'Assigned', kind: 'date', width: 12, value: (r) => r.assignedAt },
    { header: 'Due date', kind: 'date', width: 12, value: (r) => r.dueAt, sort: 'due' },
    { header: 'Completion date', kind: 'date', width: 14, value: (r) => r.completedAt, sort: 'completed' },
  ],
  defaultSort: 'name',
  sorts: {
    name: (d) => Prisma.sql`${BY_NAME(d)}, p."fullName" ${d}`,
    organisation: (d) => Prisma.sql`o.name ${d}`,
    item: (d) => Prisma.sql`p."fullName" ${d}`,
    status: (d) => Prisma.sql`${PROGRAM_STATE} ${d}`,
    progress: (d) => Prisma.sql`r."progressPercent" ${d}`,
    due: (d) => Prisma.sql`r."dueAt" ${d} NULLS LAST`,
    completed: (d) => Prisma.sql`r."completedAt" ${d} NULLS LAST`,
  },
  from: () =>
    Prisma.sql`"ProgramCompletion" r ${PEOPLE} JOIN "Program" p ON p.id = r."programId" AND p.kind = 'PROGRAM'`,
  select: (now) => Prisma.sql`r.id AS "rowId", ${PERSON}, p."fullName" AS "item", ${PROGRAM_STATE} AS "state",
    (r.status <> 'COMPLETE' AND r."dueAt" IS NOT NULL AND r."dueAt" < ${now}::timestamp) AS "overdue",
    (CASE WHEN r.status = 'COMPLETE' THEN 100 ELSE LEAST(99, GREATEST(0, r."progressPercent")) END)::int AS "progress",
    r."assignedAt" AS "assignedAt", r."dueAt" AS "dueAt", r."completedAt" AS "completedAt"`,
  where: (scope, query, range, now) => [
    recordScopeSql(scope, Prisma.sql`r."userId"`, 'program', Prisma.sql`r."programId"`),
    ...(query.item ? [Prisma.sql`r."programId" = ${query.item}`] : []),
    ...(query.status && query.status !== 'overdue' ? [Prisma.sql`${PROGRAM_STATE} = ${query.status}`] : []),
    ...(query.status === 'overdue'
      ? [Prisma.sql`r.status <> 'COMPLETE' AND r."dueAt" IS NOT NULL AND r."dueAt" < ${now}`]
      : []),
    ...dateRange(range, Prisma.sql`r."dueAt"`),
  ],
  items: (scope) => Prisma.sql`SELECT p.id, p."fullName" AS name FROM "Program" p WHERE p.kind = 'PROGRAM'
    AND EXISTS (SELECT 1 FROM "ProgramCompletion" r WHERE r."programId" = p.id
      AND ${recordScopeSql(scope, Prisma.sql`r."userId"`, 'program', Prisma.sql`r."programId"`)})
    ORDER BY p."fullName" LIMIT 1000`,
};

/**
 * lib/certifications/rules.ts certificationState, in SQL, so the status filter and sort run in the database:
 * a passed expiry shows as expired and a passed window date as open, before the scheduled job has run. The
 * integration test compares the two on every kind of record.
 */
export function certificationStateSql(alias: string, now: Date): Prisma.Sql {
  const a = Prisma.raw(alias);
  const cycle = Prisma.sql`${a}.status IN ('CERTIFIED', 'IN_PROGRESS') AND ${a}."timeExpires" IS NOT NULL
    AND ${a}."renewalStatus" <> 'EXPIRED'`;
  return Prisma.sql`(CASE
    WHEN ${cycle} AND ${now}::timestamp >= ${a}."timeExpires" THEN 'expired'
    WHEN ${cycle} AND (${a}."renewalStatus" = 'DUE'
      OR (${a}."timeWindowOpens" IS NOT NULL AND ${now}::timestamp >= ${a}."timeWindowOpens")) THEN 'window_open'
    WHEN ${cycle} AND ${a}.status = 'CERTIFIED' THEN 'certified'
    WHEN ${a}.status = 'EXPIRED' OR ${a}."renewalStatus" = 'EXPIRED' THEN 'expired'
    WHEN ${a}.status = 'IN_PROGRESS' THEN 'in_progress'
    ELSE 'not_certified' END)`;
}

const certifications: ReportDefinition<CertificationRow> = {
  key: 'certifications',
  title: 'Team certifications',
  noun: 'certification records',
  itemLabel: 'Certification',
  statuses: (['certified', 'window_open', 'expired', 'in_progress', 'not_certified'] as const).map((value) => ({
    value,
    label: certificationStateLabel(value),
  })),
  dateLabel: 'Expiry date',
  columns: [
    ...personColumns<CertificationRow>(),
    { header: 'Certification', kind: 'text', width: 40, value: (r) => r.item, sort: 'item' },
    {
      header: 'Status',
      kind: 'text',
      width: 22,
      value: (r) => `${certificationStateLabel(r.state)}${r.overdue ? ' (overdue)' : ''}`,
      sort: 'status',
    },
    { header: 'Completion date', kind: 'date', width: 14, value: (r) => r.completedAt, sort: 'completed' },
    { header: 'Window opens', kind: 'date', width: 14, value: (r) => r.windowOpensAt },
    { header: 'Expiry date', kind: 'date', width: 14, value: (r) => r.expiresAt, sort: 'expires' },
    { header: 'Due date', kind: 'date', width: 12, value: (r) => r.dueAt, sort: 'due' },
  ],
  defaultSort: 'name',
  sorts: {
    name: (d) => Prisma.sql`${BY_NAME(d)}, p."fullName" ${d}`,
    organisation: (d) => Prisma.sql`o.name ${d}`,
    item: (d) => Prisma.sql`p."fullName" ${d}`,
    status: (d) => Prisma.sql`st.state ${d}`,
    completed: (d) => Prisma.sql`r."timeCompleted" ${d} NULLS LAST`,
    expires: (d) => Prisma.sql`r."timeExpires" ${d} NULLS LAST`,
    due: (d) => Prisma.sql`st.due ${d} NULLS LAST`,
  },
  from: (_scope, now) => Prisma.sql`"CertificationCompletion" r ${PEOPLE}
    JOIN "Certification" cf ON cf.id = r."certificationId" JOIN "Program" p ON p.id = cf."programId"
    CROSS JOIN LATERAL (SELECT s.state, (CASE WHEN s.state IN ('certified', 'window_open') THEN r."timeExpires"
        WHEN s.state = 'expired' AND r.status IN ('CERTIFIED', 'IN_PROGRESS') AND r."renewalStatus" <> 'EXPIRED'
          AND r."timeExpires" IS NOT NULL THEN r."timeExpires"
        WHEN s.state = 'expired' THEN COALESCE(r."dueAt", r."timeExpires") ELSE r."dueAt" END) AS due
      FROM (SELECT ${certificationStateSql('r', now)} AS state) s) st`,
  select: (now) => Prisma.sql`r.id AS "rowId", ${PERSON}, p."fullName" AS "item", st.state AS "state",
    (st.state NOT IN ('certified', 'window_open') AND st.due IS NOT NULL AND st.due <= ${now}::timestamp) AS "overdue",
    r."timeCompleted" AS "completedAt", r."timeWindowOpens" AS "windowOpensAt", r."timeExpires" AS "expiresAt",
    st.due AS "dueAt"`,
  where: (scope, query, range) => [
    recordScopeSql(scope, Prisma.sql`r."userId"`, 'program', Prisma.sql`cf."programId"`),
    ...(query.item ? [Prisma.sql`cf."programId" = ${query.item}`] : []),
    ...(query.status ? [Prisma.sql`st.state = ${query.status}`] : []),
    ...dateRange(range, Prisma.sql`r."timeExpires"`),
  ],
  items: (
    scope,
  ) => Prisma.sql`SELECT p.id, p."fullName" AS name FROM "Program" p JOIN "Certification" cf ON cf."programId" = p.id
    WHERE EXISTS (SELECT 1 FROM "CertificationCompletion" r WHERE r."certificationId" = cf.id
      AND ${recordScopeSql(scope, Prisma.sql`r."userId"`, 'program', Prisma.sql`cf."programId"`)})
    ORDER BY p."fullName" LIMIT 1000`,
};

export const REPORTS: { [K in ReportKey]: ReportDefinition<RowOf<K>> } = { members, courses, programs, certifications };

export type RowOf<K extends ReportKey> = K extends 'members'
  ? MemberRow
  : K extends 'courses'
    ? CourseRow
    : K extends 'programs'
      ? ProgramRow
      : CertificationRow;
