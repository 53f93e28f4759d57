// Run once by the security tier's set-up, after the demo seed: the personas of the authorisation matrix and, per
// kind of record, the ids that are the learner's own, another learner's, another organisation's, or missing.
// Three fresh learners carry records with marker text, so a body that shows another person's data is caught.
// Writes the scenario as JSON to the path given as its argument (or in SECURITY_SCENARIO).
import { writeFileSync } from 'node:fs';
import { db, disconnectDb } from '../../lib/db';
import { startAttempt } from '../../lib/quiz/commands';
import { launchScormAttempt } from '../../lib/scorm/commands';
import { viewerFor } from '../factories/learning';
import { createUser, setManager } from '../factories/people';
import type { Scenario, Variant } from './scenario-types';
import { MISSING_ID } from './scenario-types';

const one = async (sql: string, ...params: unknown[]): Promise<number | undefined> => {
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(sql, ...params);
  return rows[0]?.id;
};
const userId = async (username: string) =>
  (await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;

// A course the HCC learners may find (open to everyone or to HCC), not owned by the other team's L&D admin.
const HCC_VISIBLE = `c."archivedAt" IS NULL AND (c.visibility = 'EVERYONE' OR EXISTS (SELECT 1 FROM "CourseOrganisation" co
  WHERE co."courseId" = c.id AND co."organisationId" = $1::int)) AND c."ownerTeamId" IS DISTINCT FROM $3::int AND $2::int IS NOT NULL`;
// A course only another organisation's people may find.
const OTHER_ORG_ONLY = `c."archivedAt" IS NULL AND c.visibility = 'RESTRICTED'
  AND EXISTS (SELECT 1 FROM "CourseOrganisation" co WHERE co."courseId" = c.id AND co."organisationId" = $2::int)
  AND NOT EXISTS (SELECT 1 FROM "CourseOrganisation" co WHERE co."courseId" = c.id AND co."organisationId" = $1::int)
  AND NOT EXISTS (SELECT 1 FROM "CourseAudience" ca WHERE ca."courseId" = c.id) AND c."ownerTeamId" IS DISTINCT FROM $3::int`;

async function main(): Promise<void> {
  const out = process.argv[2] ?? process.env.SECURITY_SCENARIO;
  if (!out) throw new Error('usage: scenario.ts <out.json> (or SECURITY_SCENARIO=<out.json>)');
  const hcc = await db.organisation.findUniqueOrThrow({ where: { slug: 'hcc' } });
  const wbc = await db.organisation.findUniqueOrThrow({ where: { slug: 'wbc' } });
  const libraries = await db.ldTeam.findUniqueOrThrow({ where: { name: 'Libraries L&D' } });
  const hr = await db.ldTeam.findUniqueOrThrow({ where: { name: 'HR L&D' } });
  const managerId = await userId('90002');
  const tag = Date.now().toString(36);
  const person = async (key: string, organisationId: number, first: string, last: string) => {
    const user = await createUser(db, {
      organisationId,
      username: `sec-${key}-${tag}`,
      firstName: first,
      lastName: last,
    });
    await db.user.update({ where: { id: user.id }, data: { email: `sec.${key}.${tag}@example.test` } });
    return { ...user, email: `sec.${key}.${tag}@example.test` };
  };
  const learner = await person('learner', hcc.id, 'Lorna', `Quillwort${tag}`);
  const other = await person('other', hcc.id, 'Osric', `Brambleton${tag}`);
  const otherOrg = await person('otherorg', wbc.id, 'Ottilie', `Farthingale${tag}`);
  await setManager(db, learner.id, managerId);

  const org = [hcc.id, wbc.id, libraries.id] as const;
  const courseVisible = await one(`SELECT c.id FROM "Course" c WHERE ${HCC_VISIBLE} ORDER BY c.id LIMIT 1`, ...org);
  const courseOtherOrg = await one(`SELECT c.id FROM "Course" c WHERE ${OTHER_ORG_ONLY} ORDER BY c.id LIMIT 1`, ...org);
  const activityIn = (where: string, type: string) =>
    one(
      `SELECT a.id FROM "Activity" a JOIN "Course" c ON c.id = a."courseId" WHERE ${where} AND a.type::text = $4::text
       AND a.visible ORDER BY (SELECT count(*) FROM "ActivityRestriction" r WHERE r."activityId" = a.id), a.id LIMIT 1`,
      ...org,
      type,
    );

  // The learners' own records, each with marker text in it.
  const records: Record<'learner' | 'other' | 'otherOrg', Record<string, number | undefined>> = {
    learner: {},
    other: {},
    otherOrg: {},
  };
  const quizActivity = await activityIn(HCC_VISIBLE, 'QUIZ');
  const session = await one(
    `SELECT s.id FROM "WorkshopSession" s JOIN "Workshop" w ON w.id = s."workshopId" JOIN "Activity" a ON a.id = w."activityId"
     JOIN "Course" c ON c.id = a."courseId" WHERE ${HCC_VISIBLE} AND c.visibility = 'EVERYONE' AND s.status::text <> 'CANCELLED'
     AND EXISTS (SELECT 1 FROM "SessionDate" d WHERE d."sessionId" = s.id AND d."startsAt" > now()) ORDER BY s.id LIMIT 1`,
    ...org,
  );
  const scormActivity = await activityIn(HCC_VISIBLE, 'SCORM');
  const certificate = await db.certificate.findFirst({ select: { id: true } });
  for (const [key, user] of [
    ['learner', learner],
    ['other', other],
    ['otherOrg', otherOrg],
  ] as const) {
    const r = records[key];
    const evidence = await db.evidence.create({
      data: {
        userId: user.id,
        title: `Private evidence of ${user.lastName}`,
        description: `Notes of ${user.lastName}`,
        completedOn: new Date('2026-01-15'),
      },
    });
    r.evidence = evidence.id;
    if (quizActivity) {
      const activity = await db.activity.findUniqueOrThrow({ where: { id: quizActivity }, select: { courseId: true } });
      await db.enrolment.upsert({
        where: { userId_courseId: { userId: user.id, courseId: activity.courseId } },
        update: {},
        create: { userId: user.id, courseId: activity.courseId, source: 'SELF', status: 'ACTIVE' },
      });
      // Prerequisites done, so the quiz opens.
      const prerequisites = await db.activityRestriction.findMany({ where: { activityId: quizActivity } });
      for (const { requiredActivityId } of prerequisites)
        await db.activityCompletion.create({
          data: { activityId: requiredActivityId, userId: user.id, state: 'COMPLETE_PASS', completedAt: new Date() },
        });
      r.attempt = (await startAttempt(await viewerFor(user.id), quizActivity)).attemptId;
    }
    if (session) {
      const s = await db.workshopSession.findUniqueOrThrow({ where: { id: session }, select: { workshopId: true } });
      r.booking = (
        await db.booking.create({
          data: {
            sessionId: session,
            workshopId: s.workshopId,
            userId: user.id,
            status: 'BOOKED',
            bookedAt: new Date(),
          },
        })
      ).id;
    }
    if (certificate)
      r.certificate = (
        await db.certificateIssue.create({
          data: {
            certificateId: certificate.id,
            userId: user.id,
            code: `SEC${tag}${key}`.toUpperCase().slice(0, 20),
            completedAt: new Date('2026-01-20'),
            learnerName: `${user.firstName} ${user.lastName}`,
            courseName: 'Security matrix course',
          },
        })
      ).id;
    if (scormActivity) {
      const activity = await db.activity.findUniqueOrThrow({
        where: { id: scormActivity },
        select: { courseId: true },
      });
      await db.enrolment.upsert({
        where: { userId_courseId: { userId: user.id, courseId: activity.courseId } },
        update: {},
        create: { userId: user.id, courseId: activity.courseId, source: 'SELF', status: 'ACTIVE' },
      });
      const launched = await launchScormAttempt(await viewerFor(user.id), {
        activityId: scormActivity,
        newAttempt: false,
      });
      r.scormAttempt = launched.attemptId;
    }
    r.user = user.id;
  }

  const mine = (name: string) => ({
    own: records.learner[name],
    other: records.other[name],
    otherOrg: records.otherOrg[name],
  });
  const ids = (own?: number, otherOrgId?: number) => ({ own, otherOrg: otherOrgId });
  const teamOwned = (table: string, alias = 't') =>
    one(
      `SELECT ${alias}.id FROM "${table}" ${alias} WHERE ${alias}."ownerTeamId" = $1 ORDER BY ${alias}.id LIMIT 1`,
      hr.id,
    );
  const adminCourse = await teamOwned('Course', 'c');
  const adminActivity = (type: string) =>
    one(
      `SELECT a.id FROM "Activity" a JOIN "Course" c ON c.id = a."courseId" WHERE c."ownerTeamId" = $1 AND a.type::text = $2
       ORDER BY a.id LIMIT 1`,
      hr.id,
      type,
    );
  const anyId = (table: string) => one(`SELECT id FROM "${table}" ORDER BY id LIMIT 1`);
  const adminProgram = await teamOwned('Program', 'p');
  const adminCertification = await one(
    `SELECT p.id FROM "Program" p WHERE p."ownerTeamId" = $1 AND p.kind = 'CERTIFICATION' ORDER BY p.id LIMIT 1`,
    hr.id,
  );
  const [adminCertificate] = await db.$queryRawUnsafe<{ id: number; courseId: number }[]>(
    `SELECT ci.id, a."courseId" FROM "CertificateIssue" ci JOIN "Certificate" ce ON ce.id = ci."certificateId"
     JOIN "Activity" a ON a.id = ce."activityId" JOIN "Course" c ON c.id = a."courseId"
     WHERE c."ownerTeamId" = $1 ORDER BY ci.id LIMIT 1`,
    hr.id,
  );
  const kinds: Record<string, Partial<Record<Variant, number | undefined>>> = {
    evidence: mine('evidence'),
    attempt: mine('attempt'),
    booking: mine('booking'),
    certificate: mine('certificate'),
    'scorm-attempt': mine('scormAttempt'),
    report: mine('user'),
    course: ids(courseVisible, courseOtherOrg),
    session: ids(
      session,
      await one(
        `SELECT s.id FROM "WorkshopSession" s JOIN "Workshop" w ON w.id = s."workshopId" JOIN "Activity" a ON a.id = w."activityId"
         JOIN "Course" c ON c.id = a."courseId" WHERE ${OTHER_ORG_ONLY} ORDER BY s.id LIMIT 1`,
        ...org,
      ),
    ),
    category: ids(await anyId('Category')),
    room: ids(await anyId('Room')),
    program: ids(
      await one(
        `SELECT p.id FROM "Program" p WHERE p.visible AND p.kind = 'PROGRAM' AND EXISTS (SELECT 1 FROM "ProgramUser" pu JOIN "User" u ON u.id = pu."userId" WHERE pu."programId" = p.id AND u."organisationId" = $1) ORDER BY p.id LIMIT 1`,
        hcc.id,
      ),
    ),
    'admin-course': ids(adminCourse),
    'admin-program': ids(adminProgram),
    'admin-program-set': ids(
      await one(`SELECT id FROM "CourseSet" WHERE "programId" = $1 ORDER BY id LIMIT 1`, adminProgram),
    ),
    'admin-program-assignment': ids(
      await one(`SELECT id FROM "ProgramAssignment" WHERE "programId" = $1 ORDER BY id LIMIT 1`, adminProgram),
    ),
    // A certification HR L&D owns, someone with a record in it, and a certificate issued from an HR course.
    'admin-certification': ids(adminCertification),
    'admin-certification-learner': ids(
      await one(
        `SELECT cc."userId" AS id FROM "CertificationCompletion" cc JOIN "Certification" c ON c.id = cc."certificationId"
         WHERE c."programId" = $1 ORDER BY cc."userId" LIMIT 1`,
        adminCertification,
      ),
    ),
    'admin-certificate': ids(adminCertificate?.id),
    'admin-certificate-course': ids(adminCertificate?.courseId),
    'admin-question': ids(
      await one(`SELECT id FROM "Question" WHERE "courseId" = $1 ORDER BY id LIMIT 1`, adminCourse),
    ),
    'admin-session': ids(
      await one(
        `SELECT s.id FROM "WorkshopSession" s JOIN "Workshop" w ON w.id = s."workshopId" JOIN "Activity" a ON a.id = w."activityId"
         JOIN "Course" c ON c.id = a."courseId" WHERE c."ownerTeamId" = $1 ORDER BY s.id LIMIT 1`,
        hr.id,
      ),
    ),
    'admin-category': ids(await teamOwned('Category')),
    'admin-audience': ids(await anyId('Audience')),
    'admin-room': ids(await anyId('Room')),
    'account-request': ids(await anyId('AccountRequest')),
    email: ids(
      await one(`SELECT id FROM "EmailMessage" WHERE jsonb_array_length(attachments) > 0 ORDER BY id LIMIT 1`),
    ),
    organisation: ids(hcc.id, wbc.id),
    user: ids(learner.id, otherOrg.id),
  };
  for (const type of ['QUIZ', 'SCORM', 'WORKSHOP', 'FEEDBACK', 'PAGE', 'URL', 'CERTIFICATE', 'ACCESS_REQUEST']) {
    kinds[`activity:${type}`] = ids(await activityIn(HCC_VISIBLE, type), await activityIn(OTHER_ORG_ONLY, type));
    kinds[`admin-activity:${type}`] = ids(await adminActivity(type));
  }
  kinds['activity:file'] = ids(
    await one(
      `SELECT a.id FROM "Activity" a JOIN "Course" c ON c.id = a."courseId" WHERE ${HCC_VISIBLE} AND a."fileId" IS NOT NULL
       AND a.visible ORDER BY a.id LIMIT 1`,
      ...org,
    ),
  );
  kinds['admin-feedback-item'] = ids(
    await one(
      `SELECT i.id FROM "FeedbackItem" i JOIN "FeedbackForm" f ON f.id = i."formId" WHERE f."activityId" = $1 ORDER BY i.id LIMIT 1`,
      kinds['admin-activity:FEEDBACK']?.own,
    ),
  );
  kinds['admin-access-request'] = ids(
    await one(
      `SELECT r.id FROM "AccessRequest" r JOIN "AccessRequestForm" f ON f.id = r."formId" JOIN "Activity" a ON a.id = f."activityId"
       JOIN "Course" c ON c.id = a."courseId" WHERE c."ownerTeamId" = $1 ORDER BY r.id LIMIT 1`,
      hr.id,
    ),
  );
  kinds['admin-content-report'] = ids(
    await one(
      `SELECT r.id FROM "ContentProblemReport" r JOIN "Course" c ON c.id = r."courseId" WHERE c."ownerTeamId" = $1
       ORDER BY r.id LIMIT 1`,
      hr.id,
    ),
  );
  for (const values of Object.values(kinds)) values.missing = MISSING_ID;

  const personaOf = async (username: string) => ({ username, id: await userId(username) });
  const scenario: Scenario = {
    personas: {
      learner: { username: learner.username, id: learner.id },
      otherLearner: { username: other.username, id: other.id },
      manager: await personaOf('90002'),
      otherManager: await personaOf('90001'),
      otherLdAdmin: await personaOf('90004'),
      siteAdmin: await personaOf('ilearn.admin'),
    },
    // Text that only the person, their manager and site admins may see.
    markers: {
      learner: [learner.lastName, learner.email],
      otherLearner: [other.lastName, other.email],
      otherOrg: [otherOrg.lastName, otherOrg.email],
    },
    kinds,
  };
  writeFileSync(out, JSON.stringify(scenario, null, 2));
  const missing = Object.entries(kinds)
    .filter(([, v]) => v.own === undefined)
    .map(([k]) => k);
  console.log(
    `Security scenario: ${Object.keys(kinds).length} kinds of record` +
      (missing.length ? `; no record in the seed for ${missing.join(', ')}` : ''),
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
