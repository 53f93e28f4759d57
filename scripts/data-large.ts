// npm run data:large [-- --scale 0.01] [--reset]
// Fills DATABASE_URL with the "L" data set of issue 13: 30,000 people in 3 organisations with a manager hierarchy,
// 2,000 courses, 1,000,000 enrolments with matching activity and course completions, 200,000 certification
// assignments in every state, 500 workshop sessions with 20,000 bookings, programs, audiences and quiz attempts.
// Deterministic: every row comes from generate_series and integer arithmetic (no random()), so two runs make the
// same database. The rows are made inside PostgreSQL (INSERT ... SELECT), one statement per table, which is far
// quicker than sending them. Refuses a database that already has people unless --reset (empties every table).
// Known accounts for the benchmarks: learners L000001 (300 enrolments) and L000002 (10), their manager L000040,
// site admin L000003; every account's password is LARGE_PASSWORD.
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { LARGE_PASSWORD } from './lib/large-data';
import { loadEnv } from './lib/load-env';

type Sizes = {
  users: number;
  courses: number;
  enrolments: number;
  certAssignments: number;
  certifications: number;
  programs: number;
  sessions: number;
  bookingsPerSession: number;
  audiences: number;
  audienceMembers: number;
  quizAttempts: number;
};

function sizes(scale: number): Sizes {
  const n = (x: number, min: number) => Math.max(min, Math.round(x * scale));
  const users = n(30_000, 400);
  const courses = n(2_000, 100);
  return {
    users,
    courses,
    // At most 34 per person on average (the two benchmark learners aside) and fewer than the courses.
    enrolments: Math.min(n(1_000_000, 2_000), (users - 2) * Math.min(34, courses - 1) + 310),
    certifications: 30,
    certAssignments: Math.min(n(200_000, 1_000), users * 7),
    programs: 20,
    sessions: n(500, 20),
    bookingsPerSession: 40,
    audiences: 10,
    audienceMembers: n(3_000, 50),
    quizAttempts: n(50_000, 500),
  };
}

const FIRST = ['Alex', 'Sam', 'Jo', 'Chris', 'Pat', 'Robin', 'Jamie', 'Morgan', 'Taylor', 'Casey', 'Drew', 'Kim'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Patel', 'Khan', 'Wright', 'Hall'];
const TOPICS = [
  'Data Protection',
  'Fire Safety',
  'Manual Handling',
  'Safeguarding Adults',
  'Safeguarding Children',
  'Equality and Diversity',
  'Information Security',
  'Health and Safety',
  'Time Management',
  'Customer Service',
  'First Aid',
  'Display Screen Equipment',
  'Risk Assessment',
  'Project Management',
  'Leadership',
  'Coaching Skills',
  'Budget Management',
  'Report Writing',
  'Mental Health Awareness',
  'Conflict Resolution',
];
const LEVELS = ['Introduction', 'Essentials', 'Refresher', 'Advanced', 'for Managers', 'in Schools', 'Workshop'];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(',')}]`;

async function main(): Promise<void> {
  loadEnv();
  const args = process.argv.slice(2);
  const scaleAt = args.indexOf('--scale');
  const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) throw new Error('--scale takes a number in (0, 1]');
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the PostgreSQL database to fill (it must be migrated).');
  const s = sizes(scale);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const made: [string, number, number][] = [];
  const step = async (table: string, sql: string) => {
    const t0 = performance.now();
    const result = await client.query(sql);
    made.push([table, result.rowCount ?? 0, (performance.now() - t0) / 1000]);
    console.log(
      `${table.padEnd(26)} ${String(result.rowCount ?? 0).padStart(9)} rows  ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  };

  const existing = await client.query<{ n: string }>('SELECT count(*) AS n FROM "User"');
  if (Number(existing.rows[0]!.n) > 0) {
    if (!args.includes('--reset')) throw new Error('The database already has people: pass --reset to empty it first.');
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    await client.query(
      `TRUNCATE TABLE ${tables.rows.map((t) => `"${t.name.replaceAll('"', '""')}"`).join(', ')} RESTART IDENTITY CASCADE`,
    );
  }
  const passwordHash = await hash(LARGE_PASSWORD);
  const U = s.users;
  const C = s.courses;
  // Enrolments: learner 1 has 300, learner 2 has 10, everyone else `base` or `base + 1`, `extra` of them the +1.
  const others = s.enrolments - Math.min(300, C - 1) - 10;
  const base = Math.floor(others / (U - 2));
  const extra = others - base * (U - 2);
  const perUser = `(CASE WHEN u.id = 1 THEN ${Math.min(300, C - 1)} WHEN u.id = 2 THEN 10
    WHEN u.id - 2 <= ${extra} THEN ${base + 1} ELSE ${base} END)`;
  // Course j of person u: a stride coprime with the number of courses keeps (u, j) -> course one-to-one.
  const stride = [101, 103, 107, 109, 113, 127, 131].find((p) => C % p !== 0)!;
  const courseOf = (u: string, j: string) => `((${u} * 37 + ${j} * ${stride}) % ${C}) + 1`;
  // A deterministic hash of two integers to 0..999.
  const h = (a: string, b: string) => `(((${a})::bigint * 2654435761 + (${b})::bigint * 40503) % 1000)`;

  await client.query('BEGIN');
  await step(
    'Organisation',
    `INSERT INTO "Organisation" (slug, name, "shortName", kind, "updatedAt")
     VALUES ('county', 'Large County Council', 'LCC', 'OTHER', now()),
            ('schools', 'Large Schools Trust', 'LST', 'OTHER', now()),
            ('health', 'Large Health Partnership', 'LHP', 'OTHER', now())`,
  );
  await step('LdTeam', `INSERT INTO "LdTeam" (name) VALUES ('Large L&D team')`);
  await step(
    'User',
    `INSERT INTO "User" (username, "passwordHash", "firstName", "lastName", email, "organisationId", "updatedAt",
       "createdAt")
     SELECT 'L' || lpad(i::text, 6, '0'), '${passwordHash}', (${sqlArray(FIRST)})[1 + i % ${FIRST.length}],
       (${sqlArray(LAST)})[1 + (i / ${FIRST.length}) % ${LAST.length}], 'l' || i || '@large.example',
       1 + i % 3, now(), timestamp '2025-01-01' + (i % 365) * interval '1 day'
     FROM generate_series(1, ${U}) i`,
  );
  await client.query(`UPDATE "User" SET "isSiteAdmin" = true WHERE id = 3`);
  // Hierarchy: 30 directors (40..69) report to nobody, 1,000 managers (70..1069) to the directors, everyone else
  // to a manager; L000001 and L000002 report to L000040.
  const directors = Math.min(30, Math.floor(U / 40));
  const managers = Math.min(1000, Math.floor(U / 30));
  await step(
    'JobAssignment',
    `INSERT INTO "JobAssignment" ("userId", title, "organisationId", "managerId", "startDate", "updatedAt")
     SELECT i, CASE WHEN i BETWEEN 40 AND ${39 + directors} THEN 'Director'
                    WHEN i BETWEEN ${40 + directors} AND ${39 + directors + managers} THEN 'Team manager'
                    ELSE 'Officer' END,
       1 + i % 3,
       CASE WHEN i IN (1, 2) THEN 40
            WHEN i BETWEEN 40 AND ${39 + directors} THEN NULL
            WHEN i BETWEEN ${40 + directors} AND ${39 + directors + managers} THEN 40 + i % ${directors}
            ELSE ${40 + directors} + i % ${managers} END,
       timestamp '2024-01-01', now()
     FROM generate_series(1, ${U}) i`,
  );
  await step(
    'Category',
    `INSERT INTO "Category" (name, "sortOrder", "updatedAt")
     SELECT 'Area ' || i, i, now() FROM generate_series(1, 10) i`,
  );
  await client.query(`UPDATE "Category" SET path = '/' || id || '/'`);
  await step(
    'Category (children)',
    `INSERT INTO "Category" (name, "parentId", depth, "sortOrder", "updatedAt")
     SELECT 'Topic ' || p.id || '.' || k, p.id, 1, k, now() FROM "Category" p, generate_series(1, 5) k`,
  );
  await client.query(
    `UPDATE "Category" c SET path = p.path || c.id || '/' FROM "Category" p WHERE c."parentId" = p.id`,
  );
  // Courses: titles from topic x level (+ a number when they repeat); every 40th a workshop, every 40th (offset
  // 20) has a quiz.
  await step(
    'Course',
    `INSERT INTO "Course" ("shortName", "fullName", summary, keywords, format, "categoryId", "ownerTeamId", "updatedAt")
     SELECT 'LC' || lpad(i::text, 5, '0'),
       (${sqlArray(TOPICS)})[1 + i % ${TOPICS.length}] || ' ' || (${sqlArray(LEVELS)})[1 + (i / ${TOPICS.length}) % ${LEVELS.length}]
         || CASE WHEN i >= ${TOPICS.length * LEVELS.length} THEN ' ' || (i / ${TOPICS.length * LEVELS.length} + 1) ELSE '' END,
       'What you need to know about ' || lower((${sqlArray(TOPICS)})[1 + i % ${TOPICS.length}]) || ' in your role.',
       ARRAY[lower(split_part((${sqlArray(TOPICS)})[1 + i % ${TOPICS.length}], ' ', 1))],
       (CASE WHEN i % 40 = 0 THEN 'WORKSHOP' ELSE 'ELEARNING' END)::"CourseFormat",
       (SELECT id FROM "Category" WHERE depth = 1 ORDER BY id OFFSET (i % 50) LIMIT 1), 1, now()
     FROM generate_series(1, ${C}) i`,
  );
  await step(
    'Activity',
    `INSERT INTO "Activity" ("courseId", type, name, "sortOrder", "requireView", "updatedAt")
     SELECT c.id, (CASE WHEN k = 2 AND c.format = 'WORKSHOP' THEN 'WORKSHOP'
                        WHEN k = 2 AND c.id % 40 = 20 THEN 'QUIZ' ELSE 'PAGE' END)::"ActivityType",
       CASE k WHEN 1 THEN 'Introduction' ELSE 'Assessment' END, k, true, now()
     FROM "Course" c, generate_series(1, 2) k`,
  );
  await step(
    'Enrolment',
    `INSERT INTO "Enrolment" ("userId", "courseId", source, "enrolledAt")
     SELECT u.id, ${courseOf('u.id', 'j')}, (CASE WHEN j % 5 = 0 THEN 'PROGRAM' ELSE 'SELF' END)::"EnrolmentSource",
       timestamp '2025-02-01' + ((u.id + j) % 300) * interval '1 day'
     FROM "User" u, LATERAL generate_series(0, ${perUser} - 1) j`,
  );
  // Course completion per enrolment: 40 % complete, 30 % in progress, 30 % not started.
  await step(
    'CourseCompletion',
    `INSERT INTO "CourseCompletion" ("userId", "courseId", status, "progressPercent", "timeEnrolled", "timeStarted",
       "timeCompleted", "updatedAt")
     SELECT e."userId", e."courseId", st.status::"CourseCompletionStatus",
       CASE st.status WHEN 'COMPLETE' THEN 100 WHEN 'IN_PROGRESS' THEN 50 ELSE 0 END, e."enrolledAt",
       CASE WHEN st.status <> 'NOT_STARTED' THEN e."enrolledAt" + interval '1 day' END,
       CASE WHEN st.status = 'COMPLETE' THEN e."enrolledAt" + interval '3 days' END,
       e."enrolledAt" + interval '3 days'
     FROM "Enrolment" e,
       LATERAL (SELECT CASE WHEN ${h('e."userId"', 'e."courseId"')} < 400 THEN 'COMPLETE'
                            WHEN ${h('e."userId"', 'e."courseId"')} < 700 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END AS status) st`,
  );
  // Activity completions matching: both activities done when the course is, the first when it is in progress.
  await step(
    'ActivityCompletion',
    `INSERT INTO "ActivityCompletion" ("activityId", "userId", state, "viewedAt", "completedAt", "updatedAt")
     SELECT a.id, cc."userId", 'COMPLETE', cc."timeStarted", cc."timeStarted" + interval '1 hour', cc."updatedAt"
     FROM "CourseCompletion" cc JOIN "Activity" a ON a."courseId" = cc."courseId"
     WHERE cc.status = 'COMPLETE' OR (cc.status = 'IN_PROGRESS' AND a."sortOrder" = 1)`,
  );
  await step(
    'CourseCompletionHistory',
    `INSERT INTO "CourseCompletionHistory" ("userId", "courseId", "timeCompleted")
     SELECT "userId", "courseId", "timeCompleted" - interval '2 years' FROM "CourseCompletion"
     WHERE status = 'COMPLETE' AND ("userId" + "courseId") % 10 = 0`,
  );
  // Programs and certifications: each holds one set of three courses.
  await step(
    'Program',
    `INSERT INTO "Program" (kind, "shortName", "fullName", summary, "categoryId", "ownerTeamId", "updatedAt")
     SELECT (CASE WHEN i <= ${s.programs} THEN 'PROGRAM' ELSE 'CERTIFICATION' END)::"ProgramKind",
       CASE WHEN i <= ${s.programs} THEN 'LP' ELSE 'LCERT' END || i,
       CASE WHEN i <= ${s.programs} THEN 'Induction program ' || i
            ELSE 'Mandatory ' || (${sqlArray(TOPICS)})[1 + i % ${TOPICS.length}] || ' certification ' || i END,
       'Required learning for your role.', (SELECT min(id) FROM "Category"), 1, now()
     FROM generate_series(1, ${s.programs + s.certifications}) i`,
  );
  await step(
    'Certification',
    `INSERT INTO "Certification" ("programId") SELECT id FROM "Program" WHERE kind = 'CERTIFICATION' ORDER BY id`,
  );
  await step(
    'CourseSet',
    `INSERT INTO "CourseSet" ("programId", label) SELECT id, 'Core courses' FROM "Program" ORDER BY id`,
  );
  await step(
    'CourseSetCourse',
    `INSERT INTO "CourseSetCourse" ("courseSetId", "courseId", "sortOrder")
     SELECT cs.id, ((cs.id * 7 + k * 13) % ${C}) + 1, k FROM "CourseSet" cs, generate_series(0, 2) k`,
  );
  // One organisation-wide assignment per program and organisation.
  await step(
    'ProgramAssignment',
    `INSERT INTO "ProgramAssignment" ("programId", type, "organisationId")
     SELECT p.id, 'ORGANISATION', o.id FROM "Program" p, "Organisation" o ORDER BY p.id, o.id`,
  );
  // Certification assignments: person u holds certifications (u + 4k) mod 30 for k = 0.., in every state.
  await step(
    'CertificationCompletion',
    `INSERT INTO "CertificationCompletion" ("certificationId", "userId", status, "renewalStatus", path,
       "timeCompleted", "timeWindowOpens", "timeExpires", "dueAt", "updatedAt")
     SELECT c.id, x.u, st.status::"CertificationStatus", st.renewal::"RenewalStatus", st.path::"CertificationPath",
       CASE WHEN st.status IN ('CERTIFIED', 'EXPIRED') THEN timestamp '2025-03-01' + (x.u % 200) * interval '1 day' END,
       CASE WHEN st.status IN ('CERTIFIED', 'EXPIRED') THEN timestamp '2026-11-01' + (x.u % 200) * interval '1 day' END,
       CASE WHEN st.status IN ('CERTIFIED', 'EXPIRED') THEN timestamp '2027-03-01' + (x.u % 200) * interval '1 day' END,
       timestamp '2026-06-01' + (x.u % 300) * interval '1 day', now()
     FROM generate_series(0, ${s.certAssignments - 1}) e,
       LATERAL (SELECT (e % ${U}) + 1 AS u, e / ${U} AS k) x,
       LATERAL (SELECT id FROM "Certification" ORDER BY id OFFSET ((x.u + x.k * 4) % ${s.certifications}) LIMIT 1) c,
       LATERAL (SELECT (ARRAY['ASSIGNED','IN_PROGRESS','CERTIFIED','CERTIFIED','CERTIFIED','EXPIRED'])[1 + (x.u + x.k) % 6] AS status,
                       (ARRAY['NOT_DUE','NOT_DUE','NOT_DUE','DUE','NOT_DUE','EXPIRED'])[1 + (x.u + x.k) % 6] AS renewal,
                       (ARRAY['CERT','CERT','CERT','RECERT','CERT','RECERT'])[1 + (x.u + x.k) % 6] AS path) st`,
  );
  // Programs: person u is on programs (u mod 20) and ((u + 7) mod 20); half of them complete.
  await step(
    'ProgramCompletion',
    `INSERT INTO "ProgramCompletion" ("programId", "userId", status, "progressPercent", "dueAt", "completedAt", "updatedAt")
     SELECT p.id, u, (CASE WHEN (u + k) % 2 = 0 THEN 'COMPLETE' ELSE 'INCOMPLETE' END)::"ProgramCompletionStatus",
       CASE WHEN (u + k) % 2 = 0 THEN 100 ELSE 33 END, timestamp '2026-09-01' + (u % 120) * interval '1 day',
       CASE WHEN (u + k) % 2 = 0 THEN timestamp '2026-03-01' END, now()
     FROM generate_series(1, ${U}) u, generate_series(0, 1) k,
       LATERAL (SELECT id FROM "Program" WHERE kind = 'PROGRAM' ORDER BY id OFFSET ((u + k * 7) % ${s.programs}) LIMIT 1) p`,
  );
  await step(
    'ProgramUser',
    `INSERT INTO "ProgramUser" ("programId", "userId", "assignmentId")
     SELECT x."programId", x."userId", pa.id
     FROM (SELECT pc."programId", pc."userId" FROM "ProgramCompletion" pc
           UNION ALL
           SELECT c."programId", cc."userId" FROM "CertificationCompletion" cc JOIN "Certification" c ON c.id = cc."certificationId") x
     JOIN "User" u ON u.id = x."userId"
     JOIN "ProgramAssignment" pa ON pa."programId" = x."programId" AND pa."organisationId" = u."organisationId"`,
  );
  // Workshops: the workshop activities, sessions spread over the year, 40 bookings each (capacity 50).
  await step(
    'Workshop',
    `INSERT INTO "Workshop" ("activityId", "updatedAt") SELECT id, now() FROM "Activity" WHERE type = 'WORKSHOP' ORDER BY id`,
  );
  await step(
    'WorkshopSession',
    `INSERT INTO "WorkshopSession" ("workshopId", capacity, "bookedCount", "updatedAt")
     SELECT w.id, 50, ${s.bookingsPerSession}, now()
     FROM generate_series(0, ${s.sessions - 1}) i,
       LATERAL (SELECT id FROM "Workshop" ORDER BY id OFFSET (i % (SELECT count(*) FROM "Workshop")) LIMIT 1) w`,
  );
  await step(
    'SessionDate',
    `INSERT INTO "SessionDate" ("sessionId", "startsAt", "endsAt")
     SELECT id, timestamp '2027-01-04 09:30' + (id % 250) * interval '1 day',
       timestamp '2027-01-04 12:30' + (id % 250) * interval '1 day' FROM "WorkshopSession"`,
  );
  await step(
    'Booking',
    `INSERT INTO "Booking" ("sessionId", "workshopId", "userId", status, "bookedAt", "icalUid", "updatedAt")
     SELECT ws.id, ws."workshopId", ((ws.id * 997 + k * 211) % ${U}) + 1, 'BOOKED', timestamp '2026-10-01',
       'large-' || ws.id || '-' || k || '@ilearn', now()
     FROM "WorkshopSession" ws, generate_series(0, ${s.bookingsPerSession - 1}) k`,
  );
  await step(
    'Audience',
    `INSERT INTO "Audience" (name, "updatedAt") SELECT 'Large audience ' || i, now() FROM generate_series(1, ${s.audiences}) i`,
  );
  await step(
    'AudienceMember',
    `INSERT INTO "AudienceMember" ("audienceId", "userId")
     SELECT a.id, ((a.id * 3001 + k) % ${U}) + 1 FROM "Audience" a, generate_series(0, ${Math.min(s.audienceMembers, U) - 1}) k`,
  );
  await step(
    'Quiz',
    `INSERT INTO "Quiz" ("activityId", "passPercent", "updatedAt") SELECT id, 80, now() FROM "Activity" WHERE type = 'QUIZ' ORDER BY id`,
  );
  await step(
    'QuizAttempt',
    `INSERT INTO "QuizAttempt" ("quizId", "userId", "attemptNumber", state, "openFlag", layout, "startedAt",
       "finishedAt", "sumMarks", grade)
     SELECT q.id, x.u, x.n, 'FINISHED', NULL, '{"pages":[]}'::jsonb, timestamp '2026-05-01' + (x.u % 100) * interval '1 hour',
       timestamp '2026-05-01' + (x.u % 100) * interval '1 hour' + interval '20 minutes', (x.u % 11), (x.u % 11)
     FROM generate_series(0, ${s.quizAttempts - 1}) e,
       LATERAL (SELECT (e % ${U}) + 1 AS u, e / ${U} + 1 AS n) x,
       LATERAL (SELECT id FROM "Quiz" ORDER BY id OFFSET (x.u % (SELECT count(*) FROM "Quiz")) LIMIT 1) q`,
  );
  await client.query('COMMIT');
  const t0 = performance.now();
  await client.query('ANALYZE');
  console.log(`ANALYZE ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await client.end();
  const total = made.reduce((n, [, rows]) => n + rows, 0);
  console.log(
    `\nMade the L data set (scale ${scale}): ${total} rows in ${((performance.now() - started) / 1000).toFixed(0)} s.` +
      `\nBenchmark accounts: learners L000001 (300 enrolments) and L000002 (10), manager L000040, site admin L000003; password ${LARGE_PASSWORD}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
