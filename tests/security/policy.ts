// The policy table: one row per endpoint (page, route handler method, server action) saying who may use it and
// which kind of record each URL segment is. The authorisation matrix (tests/security/authorisation.test.ts)
// derives the expected answer for every persona and id from it; tests/unit/security/policy-rows.test.ts fails
// when an endpoint in the build (or the source) has no row. Add a row with every new endpoint.
import type { ZodType } from 'zod';
import { autosaveSchema } from '@/lib/quiz/schemas';
import { commitSchema, launchSchema } from '@/lib/scorm/schemas';
import type { Persona, SignedInPersona, Variant } from './scenario-types';

/** Who may use an endpoint. */
export type Audience =
  /** Anyone, signed in or not (help, verification, next-auth's own endpoints). */
  | 'anyone'
  /** Pages for signing in: anonymous people use them, signed-in people are sent on (a redirect). */
  | 'signed-out'
  /** Anyone signed in. */
  | 'signed-in'
  /** People with direct reports (My Team). */
  | 'manager'
  /** L&D admins of any team and site admins (the admin area). */
  | 'ld-admin'
  | 'site-admin'
  /** The URL's token is the credential (calendar feed, reset link): anyone may call, a bad token is refused. */
  | 'token'
  /** The load balancer's probes: no session, no input, nothing personal. */
  | 'probe';

/**
 * What an id means: `mine` records belong to one person (evidence, attempts, bookings, certificates); `report` is a
 * person seen by their manager; `catalogue` what the organisation's people may find; `team-item` what an L&D team
 * owns (the scenario's is HR L&D's, so the other team's admin is refused); `site-item` site-wide records.
 */
export type Scope = 'mine' | 'report' | 'catalogue' | 'team-item' | 'site-item';

/** The scenario's kinds of record (tests/security/scenario.ts) and what each one's ids mean. */
export const KIND_SCOPES: Record<string, Scope> = {
  evidence: 'mine',
  attempt: 'mine',
  booking: 'mine',
  certificate: 'mine',
  'scorm-attempt': 'mine',
  report: 'report',
  course: 'catalogue',
  session: 'catalogue',
  category: 'catalogue',
  room: 'catalogue',
  program: 'catalogue',
  'activity:QUIZ': 'catalogue',
  'activity:SCORM': 'catalogue',
  'activity:WORKSHOP': 'catalogue',
  'activity:FEEDBACK': 'catalogue',
  'activity:PAGE': 'catalogue',
  'activity:URL': 'catalogue',
  'activity:CERTIFICATE': 'catalogue',
  'activity:ACCESS_REQUEST': 'catalogue',
  'activity:file': 'catalogue',
  'admin-course': 'team-item',
  'admin-program': 'team-item',
  'admin-program-set': 'team-item',
  'admin-program-assignment': 'team-item',
  'admin-certification': 'team-item',
  'admin-certification-learner': 'team-item',
  'admin-certificate': 'team-item',
  'admin-certificate-course': 'team-item',
  'admin-question': 'team-item',
  'admin-session': 'team-item',
  'admin-category': 'team-item',
  'admin-feedback-item': 'team-item',
  'admin-access-request': 'team-item',
  'admin-content-report': 'team-item',
  'admin-activity:QUIZ': 'team-item',
  'admin-activity:SCORM': 'team-item',
  'admin-activity:WORKSHOP': 'team-item',
  'admin-activity:FEEDBACK': 'team-item',
  'admin-activity:PAGE': 'team-item',
  'admin-activity:URL': 'team-item',
  'admin-activity:CERTIFICATE': 'team-item',
  'admin-activity:ACCESS_REQUEST': 'team-item',
  'admin-audience': 'site-item',
  'admin-room': 'site-item',
  'account-request': 'site-item',
  email: 'site-item',
  organisation: 'site-item',
  user: 'site-item',
};

export type Expectation = 'allowed' | 'redirect' | 'login' | 'forbidden' | 'not-found';

export type PolicyRow = {
  who: Audience;
  /** The kind of record (a KIND_SCOPES key) each `[segment]` is; the variant is applied to every one of them. */
  ids?: Record<string, string>;
  /** Segments that are not records: a fixed value (`[format]` = csv). */
  fixed?: Record<string, string>;
  /** Exceptions to what `who` and `ids` imply: by persona, or `persona:variant`. Say why in `why`. */
  expect?: Partial<Record<Persona | `${Persona}:${Variant}`, Expectation>>;
  why?: string;
  /** Route handlers that read a JSON body: its schema (the bad-input suite generates bodies from it). */
  body?: ZodType;
  /** The JSON body the matrix sends (a valid one, so the answer is about who asks, not what they sent). */
  matrixBody?: (segments: Record<string, string>) => unknown;
  /** Not requested by the matrix (with the reason in `why`): it changes state or has no fixed answer. */
  skipMatrix?: boolean;
};

const signedIn = (ids?: Record<string, string>, more: Partial<PolicyRow> = {}): PolicyRow => ({
  who: 'signed-in',
  ids,
  ...more,
});
const admin = (ids?: Record<string, string>, more: Partial<PolicyRow> = {}): PolicyRow => ({
  who: 'ld-admin',
  ids,
  ...more,
});
const siteAdmin = (ids?: Record<string, string>, more: Partial<PolicyRow> = {}): PolicyRow => ({
  who: 'site-admin',
  ids,
  ...more,
});
const TEAM_REPORTS_FOR_ADMINS = { otherLdAdmin: 'allowed', siteAdmin: 'allowed' } as const;
const REFUSED_FOR_ALL = Object.fromEntries(
  ['anonymous', 'learner', 'otherLearner', 'manager', 'otherManager', 'otherLdAdmin', 'siteAdmin'].map((p) => [
    p,
    'not-found',
  ]),
) as PolicyRow['expect'];
const team = (more: Partial<PolicyRow> = {}): PolicyRow => ({ who: 'manager', ids: { userId: 'report' }, ...more });

export const PAGES: Record<string, PolicyRow> = {
  '/change-password': signedIn(undefined, {
    expect: { anonymous: 'login' },
    why: 'signed-in people change their password here (forced after a temporary one)',
  }),
  '/confirm-email/[token]': { who: 'token', fixed: { token: 'not-a-real-token' } },
  '/forgot-password': { who: 'anyone' },
  '/forgot-username': { who: 'anyone' },
  '/login': { who: 'signed-out' },
  '/request-account': { who: 'anyone' },
  '/reset-password/[token]': { who: 'token', fixed: { token: 'not-a-real-token' } },
  '/access-requests/[activityId]': signedIn({ activityId: 'activity:ACCESS_REQUEST' }),
  '/activities/[id]': signedIn({ id: 'activity:PAGE' }),
  '/bookings': signedIn(),
  '/categories/[id]': signedIn({ id: 'category' }),
  '/certificates/activity/[activityId]': signedIn({ activityId: 'activity:CERTIFICATE' }),
  '/courses/[id]': signedIn({ id: 'course' }),
  '/courses/[id]/report-problem': signedIn({ id: 'course' }),
  '/feedback/[activityId]': signedIn({ activityId: 'activity:FEEDBACK' }),
  '/find-learning': signedIn(),
  '/': signedIn(),
  '/profile': signedIn(),
  '/programs/[id]': signedIn({ id: 'program' }),
  '/quiz/[activityId]': signedIn({ activityId: 'activity:QUIZ' }),
  '/quiz/attempts/[attemptId]': signedIn({ attemptId: 'attempt' }),
  '/quiz/attempts/[attemptId]/review': signedIn(
    { attemptId: 'attempt' },
    {
      expect: { 'learner:own': 'redirect', 'otherLearner:other': 'redirect' },
      why: 'an unfinished attempt has no review yet: its owner is sent back to the attempt',
    },
  ),
  '/quiz/attempts/[attemptId]/summary': signedIn({ attemptId: 'attempt' }),
  '/record-of-learning/certifications': signedIn(undefined, {
    expect: { learner: 'not-found', otherLearner: 'not-found' },
    why: 'the tab is a 404 for someone with none (the scenario learners have none)',
  }),
  '/record-of-learning/evidence/[id]/edit': signedIn({ id: 'evidence' }),
  '/record-of-learning/evidence/new': signedIn(),
  '/record-of-learning/evidence': signedIn(),
  '/record-of-learning': signedIn(),
  '/record-of-learning/programs': signedIn(undefined, {
    expect: { learner: 'not-found', otherLearner: 'not-found' },
    why: 'the tab is a 404 for someone with none (the scenario learners have none)',
  }),
  '/required-learning': signedIn(),
  '/rooms/[roomId]': signedIn({ roomId: 'room' }),
  '/scorm/[activityId]': signedIn({ activityId: 'activity:SCORM' }),
  '/workshops/[activityId]': signedIn({ activityId: 'activity:WORKSHOP' }),
  '/workshops/bookings/[bookingId]/cancel': signedIn({ bookingId: 'booking' }),
  '/workshops/sessions/[sessionId]': signedIn({ sessionId: 'session' }),
  '/workshops/sessions/[sessionId]/sign-up': signedIn({ sessionId: 'session' }),
  '/team/certifications': { who: 'manager' },
  '/team/courses': { who: 'manager' },
  '/team': { who: 'manager' },
  '/team/programs': { who: 'manager' },
  '/team/bookings': { who: 'manager' },
  '/team/members/[userId]/bookings': team(),
  '/team/members/[userId]': team(),
  '/team/members/[userId]/records/certifications': team(),
  '/team/members/[userId]/records': team(),
  '/team/members/[userId]/records/programs': team(),
  '/team/members/[userId]/required': team(),
  '/team/reports/[report]': {
    who: 'manager',
    fixed: { report: 'members' },
    expect: TEAM_REPORTS_FOR_ADMINS,
    why: 'L&D and site admins read the same reports over the people they administer (REPORT_SCOPES admin)',
  },
  '/scorm/[activityId]/play': signedIn({ activityId: 'activity:SCORM' }),
  '/accessibility': { who: 'anyone' },
  '/help': { who: 'anyone' },
  '/help/[topic]': { who: 'anyone', fixed: { topic: 'which-login' } },
  '/verify/[code]': { who: 'anyone', fixed: { code: 'NOTACODE0000' } },
  '/verify': { who: 'anyone' },
  '/admin/access-requests/[requestId]': admin({ requestId: 'admin-access-request' }),
  '/admin/access-requests/activity/[activityId]': admin({ activityId: 'admin-activity:ACCESS_REQUEST' }),
  '/admin/access-requests': admin(),
  '/admin/content-reports/[reportId]': admin({ reportId: 'admin-content-report' }),
  '/admin/content-reports': admin(),
  '/admin/account-requests/[id]': siteAdmin({ id: 'account-request' }),
  '/admin/account-requests': siteAdmin(),
  '/admin/activities/[id]': admin({ id: 'admin-activity:PAGE' }),
  '/admin/activities/[id]/scorm': admin({ id: 'admin-activity:SCORM' }),
  '/admin/audiences/[id]': siteAdmin({ id: 'admin-audience' }),
  '/admin/audiences/new': siteAdmin(),
  '/admin/audiences': admin(undefined, { why: 'L&D admins read the list; only site admins open or change one' }),
  '/admin/categories/[id]': admin({ id: 'admin-category' }),
  '/admin/categories/new': admin(),
  '/admin/categories': admin(),
  '/admin/certifications': admin(),
  '/admin/courses/[courseId]/activities/new': admin({ courseId: 'admin-course' }),
  '/admin/courses/[courseId]/activities': admin({ courseId: 'admin-course' }),
  '/admin/courses/[courseId]/enrolments/[userId]/remove': admin({ courseId: 'admin-course', userId: 'user' }),
  '/admin/courses/[courseId]/enrolments': admin({ courseId: 'admin-course' }),
  '/admin/courses/[courseId]/certificates': admin({ courseId: 'admin-course' }),
  '/admin/courses/[courseId]/certificates/[issueId]/revoke': admin({
    courseId: 'admin-certificate-course',
    issueId: 'admin-certificate',
  }),
  '/admin/courses/[courseId]': admin(
    { courseId: 'admin-course' },
    {
      expect: { 'otherLdAdmin:own': 'allowed' },
      why: "another team's L&D admin sees the course read-only (CourseReadOnly), without its edit forms",
    },
  ),
  '/admin/courses/[courseId]/questions/[questionId]': admin({ courseId: 'admin-course', questionId: 'admin-question' }),
  '/admin/courses/[courseId]/questions/new': admin({ courseId: 'admin-course' }),
  '/admin/courses/[courseId]/questions': admin({ courseId: 'admin-course' }),
  '/admin/courses/new': admin(),
  '/admin/courses': admin(),
  '/admin/emails/[id]': siteAdmin({ id: 'email' }),
  '/admin/emails': siteAdmin(),
  '/admin/feedback/[activityId]/items/[itemId]': admin({
    activityId: 'admin-activity:FEEDBACK',
    itemId: 'admin-feedback-item',
  }),
  '/admin/feedback/[activityId]': admin({ activityId: 'admin-activity:FEEDBACK' }),
  '/admin/feedback/[activityId]/results': admin({ activityId: 'admin-activity:FEEDBACK' }),
  '/admin/organisations/[id]': siteAdmin({ id: 'organisation' }),
  '/admin/organisations': siteAdmin(),
  '/admin': admin(),
  '/admin/programs/[id]/assignments/[assignmentId]': admin({
    id: 'admin-program',
    assignmentId: 'admin-program-assignment',
  }),
  '/admin/programs/[id]/assignments': admin({ id: 'admin-program' }),
  '/admin/programs/[id]/content/[setId]': admin({ id: 'admin-program', setId: 'admin-program-set' }),
  '/admin/programs/[id]/content/new': admin({ id: 'admin-program' }),
  '/admin/programs/[id]/content': admin({ id: 'admin-program' }),
  '/admin/programs/[id]': admin({ id: 'admin-program' }),
  '/admin/programs/[id]/learners': admin({ id: 'admin-certification' }),
  '/admin/programs/[id]/learners/[userId]': admin({
    id: 'admin-certification',
    userId: 'admin-certification-learner',
  }),
  '/admin/programs/new': admin(),
  '/admin/programs': admin(),
  '/admin/quizzes/[activityId]': admin({ activityId: 'admin-activity:QUIZ' }),
  '/admin/quizzes/[activityId]/results': admin({ activityId: 'admin-activity:QUIZ' }),
  '/admin/quizzes': admin(),
  '/admin/rooms/[roomId]': admin({ roomId: 'admin-room' }),
  '/admin/rooms/new': admin(),
  '/admin/rooms': admin(),
  '/admin/settings/security': siteAdmin(),
  '/admin/system': siteAdmin(),
  '/admin/users/[id]/edit': siteAdmin({ id: 'user' }),
  '/admin/users/[id]': siteAdmin({ id: 'user' }),
  '/admin/users/import': siteAdmin(),
  '/admin/users/new': siteAdmin(),
  '/admin/users': siteAdmin(),
  '/admin/workshops/[activityId]': admin({ activityId: 'admin-activity:WORKSHOP' }),
  '/admin/workshops/[activityId]/sessions/new': admin({ activityId: 'admin-activity:WORKSHOP' }),
  '/admin/workshops': admin(),
  '/admin/workshops/sessions/[sessionId]/cancel': admin({ sessionId: 'admin-session' }),
  '/admin/workshops/sessions/[sessionId]/edit': admin({ sessionId: 'admin-session' }),
  '/admin/workshops/sessions/[sessionId]': admin({ sessionId: 'admin-session' }),
  '/admin/workshops/sessions/[sessionId]/sign-in-sheet': admin({ sessionId: 'admin-session' }),
};

export const ROUTES: Record<string, PolicyRow> = {
  'GET /activities/[id]/file': signedIn({ id: 'activity:file' }),
  'GET /certificates/[id]': signedIn(
    { id: 'certificate' },
    {
      expect: {
        'manager:own': 'allowed',
        'siteAdmin:own': 'allowed',
        'siteAdmin:other': 'allowed',
        'siteAdmin:otherOrg': 'allowed',
      },
      why: "the learner's manager and site admins may open a certificate (lib/certificates/queries.ts)",
    },
  ),
  'POST /quiz/attempts/[attemptId]/save': signedIn(
    { attemptId: 'attempt' },
    { body: autosaveSchema, matrixBody: () => ({ answers: [] }) },
  ),
  'GET /record-of-learning/evidence/[id]/file': signedIn(
    { id: 'evidence' },
    {
      expect: { 'learner:own': 'not-found', 'otherLearner:other': 'not-found' },
      why: "the scenario's evidence has no file (the owner's download is tests/integration/evidence)",
    },
  ),
  'GET /record-of-learning/export/[format]': signedIn(undefined, { fixed: { format: 'csv' } }),
  'GET /scorm/[activityId]/content/[...path]': signedIn(
    { activityId: 'activity:SCORM' },
    { fixed: { path: 'index.html' } },
  ),
  'GET /workshops/sessions/[sessionId]/calendar.ics': signedIn(
    { sessionId: 'session' },
    {
      expect: { manager: 'not-found', otherManager: 'not-found', otherLdAdmin: 'not-found' },
      why: 'the invitation for your own booking (the scenario learners are booked; site admins may read any)',
    },
  ),
  'GET /team/reports/[report]/export/[format]': {
    who: 'manager',
    fixed: { report: 'members', format: 'csv' },
    expect: TEAM_REPORTS_FOR_ADMINS,
    why: 'as the report page',
  },
  'GET /admin/activities/[id]/scorm/attempts.csv': admin({ id: 'admin-activity:SCORM' }),
  'GET /admin/emails/[id]/attachments/[index]': siteAdmin({ id: 'email' }, { fixed: { index: '0' } }),
  'GET /admin/feedback/[activityId]/results.csv': admin({ activityId: 'admin-activity:FEEDBACK' }),
  'GET /admin/quizzes/[activityId]/results/export': admin({ activityId: 'admin-activity:QUIZ' }),
  'GET /admin/workshops/sessions/[sessionId]/attendees.csv': admin({ sessionId: 'admin-session' }),
  'GET /api/auth/[...nextauth]': { who: 'anyone', fixed: { nextauth: 'providers' } },
  'POST /api/auth/[...nextauth]': {
    who: 'anyone',
    skipMatrix: true,
    why: "next-auth's sign-in and sign-out (its CSRF token is the check); covered by tests/integration/auth",
  },
  'POST /api/scorm/activities/[activityId]/launch': signedIn(
    { activityId: 'activity:SCORM' },
    { body: launchSchema, matrixBody: () => ({ newAttempt: false }) },
  ),
  'POST /api/scorm/activities/[activityId]/package': admin({ activityId: 'admin-activity:SCORM' }),
  'POST /api/scorm/attempts/[attemptId]/commit': signedIn(
    { attemptId: 'scorm-attempt' },
    {
      body: commitSchema,
      matrixBody: ({ attemptId }) => ({ attemptId: Number(attemptId), seq: 1, cmi: {} }),
    },
  ),
  'GET /calendar/[token]': {
    who: 'token',
    fixed: { token: 'not-a-real-token' },
    expect: REFUSED_FOR_ALL,
    why: 'a token that is no feed is a 404 for everyone',
  },
  'GET /healthz': { who: 'probe' },
  'GET /readyz': { who: 'probe' },
};

/** Server actions, by `file#export`: who may call (the bad-input suite sends each one malformed payloads). */
export const ACTIONS: Record<string, PolicyRow> = {
  'app/(auth)/change-password/actions.ts#changePasswordAction': { who: 'signed-in' },
  'app/(auth)/confirm-email/[token]/actions.ts#confirmEmailAction': { who: 'token' },
  'app/(auth)/forgot-password/actions.ts#forgotPasswordAction': { who: 'anyone' },
  'app/(auth)/forgot-password/actions.ts#forgotUsernameAction': { who: 'anyone' },
  'app/(auth)/request-account/actions.ts#requestAccountAction': { who: 'anyone' },
  'app/(auth)/reset-password/[token]/actions.ts#resetPasswordAction': { who: 'token' },
  'app/(learner)/access-requests/actions.ts#sendAccessRequestAction': signedIn({
    activityId: 'activity:ACCESS_REQUEST',
  }),
  'app/(learner)/courses/[id]/actions.ts#enrolAction': signedIn({ courseId: 'course' }),
  'app/(learner)/courses/[id]/actions.ts#markActivityAction': signedIn({ activityId: 'activity:PAGE' }),
  'app/(learner)/courses/[id]/actions.ts#markCourseCompleteAction': signedIn({ courseId: 'course' }),
  'app/(learner)/courses/[id]/report-problem/actions.ts#reportContentProblemAction': signedIn({ courseId: 'course' }),
  'app/(learner)/feedback/actions.ts#submitFeedbackAction': signedIn({ activityId: 'activity:FEEDBACK' }),
  'app/(learner)/profile/actions.ts#updateEmailAction': signedIn(),
  'app/(learner)/profile/actions.ts#createCalendarLinkAction': signedIn(),
  'app/(learner)/profile/actions.ts#turnOffCalendarFeedAction': signedIn(),
  'app/(learner)/quiz/actions.ts#startAttemptAction': signedIn({ activityId: 'activity:QUIZ' }),
  'app/(learner)/quiz/actions.ts#saveAttemptPageAction': signedIn({ attemptId: 'attempt' }),
  'app/(learner)/quiz/actions.ts#finishAttemptAction': signedIn({ attemptId: 'attempt' }),
  'app/(learner)/record-of-learning/evidence/actions.ts#createEvidenceAction': signedIn(),
  'app/(learner)/record-of-learning/evidence/actions.ts#updateEvidenceAction': signedIn({ id: 'evidence' }),
  'app/(learner)/record-of-learning/evidence/actions.ts#deleteEvidenceAction': signedIn({ id: 'evidence' }),
  'app/(learner)/workshops/bookings/[bookingId]/cancel/actions.ts#cancelBookingAction': signedIn({
    bookingId: 'booking',
  }),
  'app/(learner)/workshops/sessions/[sessionId]/sign-up/actions.ts#signUpAction': signedIn({ sessionId: 'session' }),
  'app/(manager)/team/actions.ts#sendReminderAction': { who: 'manager', ids: { userId: 'report' } },
  'app/admin/access-requests/actions.ts#updateAccessRequestStatusAction': admin({ requestId: 'admin-access-request' }),
  'app/admin/access-requests/actions.ts#updateAccessFormAction': admin({ activityId: 'admin-activity:ACCESS_REQUEST' }),
  'app/admin/content-reports/actions.ts#resolveContentReportAction': admin({ reportId: 'admin-content-report' }),
  'app/admin/account-requests/actions.ts#approveRequestAction': siteAdmin({ id: 'account-request' }),
  'app/admin/account-requests/actions.ts#rejectRequestAction': siteAdmin({ id: 'account-request' }),
  'app/admin/activities/[id]/scorm/actions.ts#scormSettingsAction': admin({ activityId: 'admin-activity:SCORM' }),
  'app/admin/activities/[id]/scorm/actions.ts#resetTracksAction': admin({ activityId: 'admin-activity:SCORM' }),
  'app/admin/activities/actions.ts#createActivityAction': admin({ courseId: 'admin-course' }),
  'app/admin/activities/actions.ts#updateActivityAction': admin({ id: 'admin-activity:PAGE' }),
  'app/admin/activities/actions.ts#restrictionsAction': admin({ activityId: 'admin-activity:PAGE' }),
  'app/admin/activities/actions.ts#criteriaAction': admin({ courseId: 'admin-course' }),
  'app/admin/activities/actions.ts#moveActivityAction': admin({ id: 'admin-activity:PAGE' }),
  'app/admin/activities/actions.ts#deleteActivityAction': admin({ id: 'admin-activity:PAGE' }),
  'app/admin/audiences/actions.ts#saveAudienceAction': siteAdmin({ id: 'admin-audience' }),
  'app/admin/categories/actions.ts#saveCategoryAction': admin({ id: 'admin-category' }),
  'app/admin/courses/actions.ts#createCourseAction': admin(),
  'app/admin/courses/actions.ts#updateCourseAction': admin({ id: 'admin-course' }),
  'app/admin/courses/actions.ts#enrolUsersAction': admin({ courseId: 'admin-course' }),
  'app/admin/courses/actions.ts#unenrolAction': admin({ courseId: 'admin-course', userId: 'user' }),
  'app/admin/emails/[id]/actions.ts#retryEmailAction': siteAdmin({ id: 'email' }),
  'app/admin/feedback/actions.ts#updateFeedbackSettingsAction': admin({ activityId: 'admin-activity:FEEDBACK' }),
  'app/admin/feedback/actions.ts#addFeedbackItemAction': admin({ activityId: 'admin-activity:FEEDBACK' }),
  'app/admin/feedback/actions.ts#updateFeedbackItemAction': admin({ itemId: 'admin-feedback-item' }),
  'app/admin/feedback/actions.ts#moveFeedbackItemAction': admin({ itemId: 'admin-feedback-item' }),
  'app/admin/feedback/actions.ts#deleteFeedbackItemAction': admin({ itemId: 'admin-feedback-item' }),
  'app/admin/organisations/[id]/actions.ts#updateOrganisationBrandingAction': siteAdmin({ id: 'organisation' }),
  'app/admin/programs/actions.ts#saveProgramAction': admin({ id: 'admin-program' }),
  'app/admin/programs/actions.ts#saveCourseSetAction': admin({
    programId: 'admin-program',
    setId: 'admin-program-set',
  }),
  'app/admin/programs/actions.ts#deleteCourseSetAction': admin({ setId: 'admin-program-set' }),
  'app/admin/programs/actions.ts#moveCourseSetAction': admin({ setId: 'admin-program-set' }),
  'app/admin/programs/actions.ts#copyRecertificationPathAction': admin({ programId: 'admin-program' }),
  'app/admin/programs/actions.ts#addAssignmentAction': admin({ programId: 'admin-program' }),
  'app/admin/programs/actions.ts#updateAssignmentDueAction': admin({ assignmentId: 'admin-program-assignment' }),
  'app/admin/programs/actions.ts#removeAssignmentAction': admin({ assignmentId: 'admin-program-assignment' }),
  'app/admin/programs/actions.ts#updateCertificationRecordAction': admin({
    programId: 'admin-certification',
    userId: 'admin-certification-learner',
  }),
  'app/admin/courses/[courseId]/certificates/actions.ts#issueCertificateAction': admin({ courseId: 'admin-course' }),
  'app/admin/courses/[courseId]/certificates/actions.ts#revokeCertificateAction': admin({
    courseId: 'admin-certificate-course',
    issueId: 'admin-certificate',
  }),
  'app/admin/quizzes/actions.ts#createQuizAction': admin({ courseId: 'admin-course' }),
  'app/admin/quizzes/actions.ts#updateQuizSettingsAction': admin({ activityId: 'admin-activity:QUIZ' }),
  'app/admin/quizzes/actions.ts#saveQuestionAction': admin({ courseId: 'admin-course', questionId: 'admin-question' }),
  'app/admin/quizzes/actions.ts#deleteQuestionAction': admin({ questionId: 'admin-question' }),
  'app/admin/quizzes/actions.ts#addQuestionToQuizAction': admin({ activityId: 'admin-activity:QUIZ' }),
  'app/admin/quizzes/actions.ts#removeQuestionFromQuizAction': admin({ activityId: 'admin-activity:QUIZ' }),
  'app/admin/rooms/actions.ts#saveRoomAction': admin({ id: 'admin-room' }),
  'app/admin/settings/security/actions.ts#updateSecuritySettingsAction': siteAdmin(),
  'app/admin/users/actions.ts#createUserAction': siteAdmin(),
  'app/admin/users/actions.ts#updateUserAction': siteAdmin({ id: 'user' }),
  'app/admin/users/actions.ts#suspendUserAction': siteAdmin({ id: 'user' }),
  'app/admin/users/actions.ts#reactivateUserAction': siteAdmin({ id: 'user' }),
  'app/admin/users/actions.ts#unlockUserAction': siteAdmin({ id: 'user' }),
  'app/admin/users/actions.ts#signOutEverywhereAction': siteAdmin({ id: 'user' }),
  'app/admin/users/actions.ts#resetPasswordAction': siteAdmin({ id: 'user' }),
  'app/admin/users/actions.ts#setRolesAction': siteAdmin({ id: 'user' }),
  'app/admin/users/import/actions.ts#importUsersAction': siteAdmin(),
  'app/admin/workshops/actions.ts#saveSessionAction': admin({ activityId: 'admin-activity:WORKSHOP' }),
  'app/admin/workshops/actions.ts#saveSettingsAction': admin({ activityId: 'admin-activity:WORKSHOP' }),
  'app/admin/workshops/actions.ts#addQuestionAction': admin({ activityId: 'admin-activity:WORKSHOP' }),
  'app/admin/workshops/actions.ts#deleteQuestionAction': admin({ activityId: 'admin-activity:WORKSHOP' }),
  'app/admin/workshops/actions.ts#addAttendeesAction': admin({ sessionId: 'admin-session' }),
  'app/admin/workshops/actions.ts#confirmWaitlistedAction': admin({ sessionId: 'admin-session' }),
  'app/admin/workshops/actions.ts#moveBookingAction': admin({ bookingId: 'booking' }),
  'app/admin/workshops/actions.ts#markAttendanceAction': admin({ sessionId: 'admin-session' }),
  'app/admin/workshops/actions.ts#cancelSessionAction': admin({ sessionId: 'admin-session' }),
};

/** The policy row of an endpoint key as tests/helpers/endpoints.ts names it (`page /x`, `GET /x`, `action f#n`). */
export function policyRowOf(key: string): PolicyRow | undefined {
  if (key.startsWith('page ')) return PAGES[key.slice(5)];
  if (key.startsWith('action ')) return ACTIONS[key.slice(7)];
  return ROUTES[key];
}

const AUDIENCE_MEMBERS: Partial<Record<Audience, readonly SignedInPersona[]>> = {
  manager: ['manager', 'otherManager'],
  'ld-admin': ['otherLdAdmin', 'siteAdmin'],
  'site-admin': ['siteAdmin'],
};

/** Who may open a record of each scope, for each variant (the audience check comes first). */
function scopeAllows(scope: Scope, persona: SignedInPersona, variant: Variant): boolean {
  if (variant === 'missing') return false;
  switch (scope) {
    case 'mine':
      return (persona === 'learner' && variant === 'own') || (persona === 'otherLearner' && variant === 'other');
    case 'report':
      return persona === 'manager' && variant === 'own';
    case 'catalogue':
      return variant !== 'otherOrg' || persona === 'siteAdmin';
    case 'team-item':
      return persona === 'siteAdmin';
    case 'site-item':
      return true;
  }
}

/** The answer the policy expects for one persona and one variant of the ids. */
export function expectedOutcome(row: PolicyRow, persona: Persona, variant: Variant): Expectation {
  const override = row.expect?.[`${persona}:${variant}`] ?? row.expect?.[persona];
  if (override) return override;
  const signedIn = persona !== 'anonymous';
  if (row.who === 'anyone' || row.who === 'token' || row.who === 'probe') return 'allowed';
  if (row.who === 'signed-out') return signedIn ? 'redirect' : 'allowed';
  if (!signedIn) return 'login';
  const members = AUDIENCE_MEMBERS[row.who];
  if (members && !members.includes(persona)) return 'forbidden';
  const kinds = Object.values(row.ids ?? {});
  if (kinds.length === 0) return 'allowed';
  if (variant === 'missing') return 'not-found';
  return kinds.every((kind) => scopeAllows(KIND_SCOPES[kind] ?? 'site-item', persona, variant))
    ? 'allowed'
    : 'forbidden';
}
