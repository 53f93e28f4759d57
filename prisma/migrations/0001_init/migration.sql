-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'DELETED');

-- CreateEnum
CREATE TYPE "AuthMethod" AS ENUM ('MANUAL', 'SSO');

-- CreateEnum
CREATE TYPE "LdTeamRole" AS ENUM ('ADMIN', 'EDITOR', 'TRAINER');

-- CreateEnum
CREATE TYPE "AuthTokenPurpose" AS ENUM ('PASSWORD_RESET', 'EMAIL_CONFIRM', 'ACCOUNT_UNLOCK');

-- CreateEnum
CREATE TYPE "AccountRequestStatus" AS ENUM ('AWAITING_CONFIRMATION', 'PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AudienceKind" AS ENUM ('STATIC', 'DYNAMIC');

-- CreateEnum
CREATE TYPE "Aggregation" AS ENUM ('ALL', 'ANY');

-- CreateEnum
CREATE TYPE "AudienceRuleField" AS ENUM ('ORGANISATION', 'JOB_TITLE', 'MANAGER', 'IS_MANAGER', 'USERNAME_PREFIX', 'EMAIL_DOMAIN', 'AUTH_METHOD');

-- CreateEnum
CREATE TYPE "AudienceRuleOperator" AS ENUM ('EQUALS', 'NOT_EQUALS', 'CONTAINS', 'STARTS_WITH', 'IN');

-- CreateEnum
CREATE TYPE "AudienceMemberSource" AS ENUM ('MANUAL', 'RULE');

-- CreateEnum
CREATE TYPE "CourseFormat" AS ENUM ('ELEARNING', 'WORKSHOP', 'BLENDED', 'OTHER');

-- CreateEnum
CREATE TYPE "CourseVisibility" AS ENUM ('EVERYONE', 'RESTRICTED', 'HIDDEN');

-- CreateEnum
CREATE TYPE "EnrolmentMethodType" AS ENUM ('SELF_BEFORE_CONTENT', 'SELF_AFTER_VIEW', 'MANUAL', 'PROGRAM', 'AUDIENCE');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ACTIVE', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "EnrolmentSource" AS ENUM ('SELF', 'MANUAL', 'PROGRAM', 'CERTIFICATION', 'AUDIENCE');

-- CreateEnum
CREATE TYPE "ActivityType" AS ENUM ('SCORM', 'QUIZ', 'WORKSHOP', 'CERTIFICATE', 'FEEDBACK', 'ACCESS_REQUEST', 'PAGE', 'FILE', 'URL');

-- CreateEnum
CREATE TYPE "CompletionMode" AS ENUM ('NONE', 'MANUAL', 'AUTOMATIC');

-- CreateEnum
CREATE TYPE "AttendanceRequirement" AS ENUM ('PARTIALLY_OR_FULLY', 'FULLY');

-- CreateEnum
CREATE TYPE "RestrictionRequirement" AS ENUM ('COMPLETE', 'COMPLETE_PASS', 'COMPLETE_FAIL', 'INCOMPLETE');

-- CreateEnum
CREATE TYPE "ActivityCompletionState" AS ENUM ('INCOMPLETE', 'COMPLETE', 'COMPLETE_PASS', 'COMPLETE_FAIL');

-- CreateEnum
CREATE TYPE "CriterionType" AS ENUM ('ACTIVITY', 'SELF', 'DATE', 'DURATION', 'COURSE', 'MANUAL');

-- CreateEnum
CREATE TYPE "CourseCompletionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'COMPLETE_RPL');

-- CreateEnum
CREATE TYPE "CompletionArchiveReason" AS ENUM ('RECERTIFICATION', 'ADMIN_RESET');

-- CreateEnum
CREATE TYPE "FeedbackItemType" AS ENUM ('DROPDOWN', 'SCALE', 'SHORT_TEXT', 'LONG_TEXT', 'LABEL');

-- CreateEnum
CREATE TYPE "AccessRequestStatus" AS ENUM ('SUBMITTED', 'GRANTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('COUNCIL', 'SCHOOLS', 'PARTNER', 'OTHER');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'OUTBOX', 'FAILED');

-- CreateEnum
CREATE TYPE "ProgramKind" AS ENUM ('PROGRAM', 'CERTIFICATION');

-- CreateEnum
CREATE TYPE "CourseSetCompletion" AS ENUM ('ALL', 'ANY', 'SOME', 'OPTIONAL');

-- CreateEnum
CREATE TYPE "SetOperator" AS ENUM ('THEN', 'AND', 'OR');

-- CreateEnum
CREATE TYPE "CertificationPath" AS ENUM ('CERT', 'RECERT');

-- CreateEnum
CREATE TYPE "AssignmentType" AS ENUM ('AUDIENCE', 'ORGANISATION', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "DueDateType" AS ENUM ('NONE', 'FIXED', 'RELATIVE');

-- CreateEnum
CREATE TYPE "ProgramCompletionStatus" AS ENUM ('INCOMPLETE', 'COMPLETE');

-- CreateEnum
CREATE TYPE "PeriodUnit" AS ENUM ('DAY', 'WEEK', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "RecertifyFrom" AS ENUM ('COMPLETION_DATE', 'EXPIRY_DATE', 'FIXED_DATE');

-- CreateEnum
CREATE TYPE "CertificationStatus" AS ENUM ('ASSIGNED', 'IN_PROGRESS', 'CERTIFIED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "RenewalStatus" AS ENUM ('NOT_DUE', 'DUE', 'EXPIRED');

-- CreateEnum
CREATE TYPE "GradingMethod" AS ENUM ('HIGHEST', 'AVERAGE', 'FIRST', 'LAST');

-- CreateEnum
CREATE TYPE "OverdueHandling" AS ENUM ('AUTOSUBMIT', 'GRACE_PERIOD', 'ABANDON');

-- CreateEnum
CREATE TYPE "QuizNavigation" AS ENUM ('FREE', 'SEQUENTIAL');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('SINGLE_CHOICE', 'MULTI_CHOICE', 'TRUE_FALSE');

-- CreateEnum
CREATE TYPE "QuizAttemptState" AS ENUM ('IN_PROGRESS', 'OVERDUE', 'FINISHED', 'ABANDONED');

-- CreateEnum
CREATE TYPE "ScormVersion" AS ENUM ('SCORM_12', 'SCORM_2004');

-- CreateEnum
CREATE TYPE "WorkshopApproval" AS ENUM ('NONE', 'SELF_AUTHORISATION');

-- CreateEnum
CREATE TYPE "CancellationPolicy" AS ENUM ('ANY_TIME', 'NEVER', 'UNTIL_CUTOFF');

-- CreateEnum
CREATE TYPE "WorkshopQuestionType" AS ENUM ('TEXT', 'TEXTAREA', 'SELECT', 'CHECKBOX');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('WAITLISTED', 'BOOKED', 'USER_CANCELLED', 'SESSION_CANCELLED', 'NO_SHOW', 'PARTIALLY_ATTENDED', 'FULLY_ATTENDED');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT,
    "authMethod" "AuthMethod" NOT NULL DEFAULT 'MANUAL',
    "ssoSubject" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "emailVerifiedAt" TIMESTAMP(3),
    "personnelNumber" TEXT,
    "organisationId" INTEGER NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "isSiteAdmin" BOOLEAN NOT NULL DEFAULT false,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lastFailedLoginAt" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3),
    "firstLoginAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "hrStartDate" TIMESTAMP(3),
    "timezone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobAssignment" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "idNumber" TEXT NOT NULL DEFAULT 'primary',
    "title" TEXT,
    "organisationId" INTEGER,
    "managerId" INTEGER,
    "isPrimary" BOOLEAN NOT NULL DEFAULT true,
    "startDate" TIMESTAMP(3),
    "endDate" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LdTeam" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LdTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LdTeamMember" (
    "teamId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "role" "LdTeamRole" NOT NULL DEFAULT 'ADMIN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LdTeamMember_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "PasswordHistory" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" "AuthTokenPurpose" NOT NULL,
    "userId" INTEGER,
    "accountRequestId" INTEGER,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountRequest" (
    "id" SERIAL NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "organisationId" INTEGER,
    "organisationOther" TEXT,
    "jobTitle" TEXT NOT NULL,
    "managerName" TEXT NOT NULL,
    "managerEmail" TEXT NOT NULL,
    "workplace" TEXT,
    "reason" TEXT,
    "status" "AccountRequestStatus" NOT NULL DEFAULT 'AWAITING_CONFIRMATION',
    "emailConfirmedAt" TIMESTAMP(3),
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "createdUserId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "details" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Audience" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "kind" "AudienceKind" NOT NULL DEFAULT 'STATIC',
    "ruleAggregation" "Aggregation" NOT NULL DEFAULT 'ALL',
    "syncedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Audience_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AudienceRule" (
    "id" SERIAL NOT NULL,
    "audienceId" INTEGER NOT NULL,
    "field" "AudienceRuleField" NOT NULL,
    "operator" "AudienceRuleOperator" NOT NULL DEFAULT 'EQUALS',
    "value" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AudienceRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AudienceMember" (
    "audienceId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "source" "AudienceMemberSource" NOT NULL DEFAULT 'MANUAL',
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AudienceMember_pkey" PRIMARY KEY ("audienceId","userId")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "parentId" INTEGER,
    "path" TEXT NOT NULL DEFAULT '/',
    "depth" INTEGER NOT NULL DEFAULT 0,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "visible" BOOLEAN NOT NULL DEFAULT true,
    "ownerTeamId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Course" (
    "id" SERIAL NOT NULL,
    "shortName" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "aim" TEXT,
    "audienceText" TEXT,
    "lengthText" TEXT,
    "costPence" INTEGER,
    "format" "CourseFormat" NOT NULL DEFAULT 'ELEARNING',
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "overviewHtml" TEXT,
    "instructionsHtml" TEXT,
    "categoryId" INTEGER NOT NULL,
    "ownerTeamId" INTEGER,
    "smeName" TEXT,
    "contactText" TEXT,
    "contactEmail" TEXT,
    "lastReviewedAt" TIMESTAMP(3),
    "visibility" "CourseVisibility" NOT NULL DEFAULT 'EVERYONE',
    "shareEnabled" BOOLEAN NOT NULL DEFAULT true,
    "completionEnabled" BOOLEAN NOT NULL DEFAULT true,
    "completionAggregation" "Aggregation" NOT NULL DEFAULT 'ALL',
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseOrganisation" (
    "courseId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    CONSTRAINT "CourseOrganisation_pkey" PRIMARY KEY ("courseId","organisationId")
);

-- CreateTable
CREATE TABLE "CourseAudience" (
    "courseId" INTEGER NOT NULL,
    "audienceId" INTEGER NOT NULL,

    CONSTRAINT "CourseAudience_pkey" PRIMARY KEY ("courseId","audienceId")
);

-- CreateTable
CREATE TABLE "EnrolmentMethod" (
    "id" SERIAL NOT NULL,
    "courseId" INTEGER NOT NULL,
    "type" "EnrolmentMethodType" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "maxEnrolled" INTEGER,
    "audienceId" INTEGER,
    "welcomeText" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnrolmentMethod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "courseId" INTEGER NOT NULL,
    "methodId" INTEGER,
    "source" "EnrolmentSource" NOT NULL,
    "sourceProgramId" INTEGER,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "title" TEXT NOT NULL DEFAULT 'Certificate of completion',
    "bodyHtml" TEXT,
    "signatoryName" TEXT,
    "signatoryTitle" TEXT,
    "landscape" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateIssue" (
    "id" SERIAL NOT NULL,
    "certificateId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "learnerName" TEXT NOT NULL,
    "courseName" TEXT NOT NULL,
    "validUntil" TIMESTAMP(3),
    "currentFlag" BOOLEAN DEFAULT true,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "CertificateIssue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "courseId" INTEGER NOT NULL,
    "type" "ActivityType" NOT NULL,
    "name" TEXT NOT NULL,
    "descriptionHtml" TEXT,
    "sectionName" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "visible" BOOLEAN NOT NULL DEFAULT true,
    "contentHtml" TEXT,
    "url" TEXT,
    "fileId" INTEGER,
    "completionMode" "CompletionMode" NOT NULL DEFAULT 'AUTOMATIC',
    "requireView" BOOLEAN NOT NULL DEFAULT false,
    "requirePassingGrade" BOOLEAN NOT NULL DEFAULT false,
    "requireGrade" BOOLEAN NOT NULL DEFAULT false,
    "requireSubmit" BOOLEAN NOT NULL DEFAULT false,
    "requireScormStatus" BOOLEAN NOT NULL DEFAULT false,
    "requireMinScore" DECIMAL(6,2),
    "requireAttendance" "AttendanceRequirement",
    "restrictionAggregation" "Aggregation" NOT NULL DEFAULT 'ALL',
    "hideWhenRestricted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityRestriction" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "requiredActivityId" INTEGER NOT NULL,
    "requirement" "RestrictionRequirement" NOT NULL DEFAULT 'COMPLETE',

    CONSTRAINT "ActivityRestriction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityCompletion" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "state" "ActivityCompletionState" NOT NULL DEFAULT 'INCOMPLETE',
    "viewedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "overriddenById" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseCriterion" (
    "id" SERIAL NOT NULL,
    "courseId" INTEGER NOT NULL,
    "type" "CriterionType" NOT NULL,
    "activityId" INTEGER,
    "requiredCourseId" INTEGER,
    "date" TIMESTAMP(3),
    "durationDays" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CourseCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionCompletion" (
    "criterionId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rplNote" TEXT,

    CONSTRAINT "CriterionCompletion_pkey" PRIMARY KEY ("criterionId","userId")
);

-- CreateTable
CREATE TABLE "CourseCompletion" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "courseId" INTEGER NOT NULL,
    "status" "CourseCompletionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "progressPercent" INTEGER NOT NULL DEFAULT 0,
    "timeEnrolled" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "timeStarted" TIMESTAMP(3),
    "timeCompleted" TIMESTAMP(3),
    "rplNote" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CourseCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseCompletionHistory" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "courseId" INTEGER NOT NULL,
    "timeCompleted" TIMESTAMP(3) NOT NULL,
    "grade" DECIMAL(6,2),
    "reason" "CompletionArchiveReason" NOT NULL DEFAULT 'RECERTIFICATION',
    "archivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseCompletionHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "completedOn" DATE NOT NULL,
    "hours" DECIMAL(6,2),
    "provider" TEXT,
    "fileId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackForm" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "introHtml" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "thankYouText" TEXT,

    CONSTRAINT "FeedbackForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackItem" (
    "id" SERIAL NOT NULL,
    "formId" INTEGER NOT NULL,
    "type" "FeedbackItemType" NOT NULL,
    "label" TEXT NOT NULL,
    "hint" TEXT,
    "groupLabel" TEXT,
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "required" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FeedbackItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackResponse" (
    "id" SERIAL NOT NULL,
    "formId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackAnswer" (
    "responseId" INTEGER NOT NULL,
    "itemId" INTEGER NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "FeedbackAnswer_pkey" PRIMARY KEY ("responseId","itemId")
);

-- CreateTable
CREATE TABLE "AccessRequestForm" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "systemName" TEXT NOT NULL,
    "instructionsHtml" TEXT,
    "notifyEmail" TEXT,

    CONSTRAINT "AccessRequestForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRequest" (
    "id" SERIAL NOT NULL,
    "formId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "status" "AccessRequestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "details" JSONB NOT NULL DEFAULT '{}',
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledById" INTEGER,
    "handledAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "AccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'OTHER',
    "usernamePrefix" TEXT,
    "emailDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "primaryColour" TEXT NOT NULL DEFAULT '#1d4f91',
    "accentColour" TEXT NOT NULL DEFAULT '#00703c',
    "logoText" TEXT,
    "logoFileId" INTEGER,
    "helpHtml" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "contactHours" TEXT,
    "dashboardBlocks" TEXT[] DEFAULT ARRAY['compliance', 'due', 'in_progress', 'recent', 'certifications']::TEXT[],
    "ssoEnabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "ownerId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" SERIAL NOT NULL,
    "dedupeKey" TEXT,
    "template" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "ccAddresses" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "userId" INTEGER,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "status" "EmailStatus" NOT NULL DEFAULT 'QUEUED',
    "providerId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobDedupe" (
    "key" TEXT NOT NULL,
    "jobName" TEXT NOT NULL,
    "jobId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobDedupe_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" SERIAL NOT NULL,
    "kind" "ProgramKind" NOT NULL DEFAULT 'PROGRAM',
    "shortName" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "categoryId" INTEGER,
    "ownerTeamId" INTEGER,
    "visible" BOOLEAN NOT NULL DEFAULT true,
    "availableFrom" TIMESTAMP(3),
    "availableUntil" TIMESTAMP(3),
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseSet" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "completionType" "CourseSetCompletion" NOT NULL DEFAULT 'ALL',
    "minCourses" INTEGER NOT NULL DEFAULT 0,
    "nextOperator" "SetOperator" NOT NULL DEFAULT 'THEN',
    "path" "CertificationPath" NOT NULL DEFAULT 'CERT',
    "timeAllowedDays" INTEGER,

    CONSTRAINT "CourseSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseSetCourse" (
    "courseSetId" INTEGER NOT NULL,
    "courseId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CourseSetCourse_pkey" PRIMARY KEY ("courseSetId","courseId")
);

-- CreateTable
CREATE TABLE "ProgramAssignment" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "type" "AssignmentType" NOT NULL,
    "audienceId" INTEGER,
    "organisationId" INTEGER,
    "userId" INTEGER,
    "dueType" "DueDateType" NOT NULL DEFAULT 'NONE',
    "dueDate" TIMESTAMP(3),
    "dueWithinDays" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramUser" (
    "programId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramUser_pkey" PRIMARY KEY ("programId","userId","assignmentId")
);

-- CreateTable
CREATE TABLE "ProgramCompletion" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "status" "ProgramCompletionStatus" NOT NULL DEFAULT 'INCOMPLETE',
    "progressPercent" INTEGER NOT NULL DEFAULT 0,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramCompletionHistory" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "archivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramCompletionHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "activeValue" INTEGER NOT NULL DEFAULT 2,
    "activeUnit" "PeriodUnit" NOT NULL DEFAULT 'YEAR',
    "windowValue" INTEGER NOT NULL DEFAULT 1,
    "windowUnit" "PeriodUnit" NOT NULL DEFAULT 'MONTH',
    "minimumActiveValue" INTEGER,
    "minimumActiveUnit" "PeriodUnit",
    "recertifyFrom" "RecertifyFrom" NOT NULL DEFAULT 'EXPIRY_DATE',

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificationCompletion" (
    "id" SERIAL NOT NULL,
    "certificationId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "status" "CertificationStatus" NOT NULL DEFAULT 'ASSIGNED',
    "renewalStatus" "RenewalStatus" NOT NULL DEFAULT 'NOT_DUE',
    "path" "CertificationPath" NOT NULL DEFAULT 'CERT',
    "timeCompleted" TIMESTAMP(3),
    "timeWindowOpens" TIMESTAMP(3),
    "timeExpires" TIMESTAMP(3),
    "baselineTimeExpires" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CertificationCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificationHistory" (
    "id" SERIAL NOT NULL,
    "certificationId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "status" "CertificationStatus" NOT NULL,
    "timeCompleted" TIMESTAMP(3) NOT NULL,
    "timeWindowOpens" TIMESTAMP(3),
    "timeExpires" TIMESTAMP(3) NOT NULL,
    "unassigned" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificationHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quiz" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "introHtml" TEXT,
    "maxGrade" DECIMAL(8,2) NOT NULL DEFAULT 10,
    "passPercent" DECIMAL(5,2),
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 0,
    "gradingMethod" "GradingMethod" NOT NULL DEFAULT 'HIGHEST',
    "timeLimitSeconds" INTEGER,
    "overdueHandling" "OverdueHandling" NOT NULL DEFAULT 'AUTOSUBMIT',
    "graceSeconds" INTEGER NOT NULL DEFAULT 86400,
    "questionsPerPage" INTEGER NOT NULL DEFAULT 1,
    "navigation" "QuizNavigation" NOT NULL DEFAULT 'FREE',
    "shuffleChoices" BOOLEAN NOT NULL DEFAULT true,
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "reviewShowCorrectness" BOOLEAN NOT NULL DEFAULT true,
    "reviewShowMarks" BOOLEAN NOT NULL DEFAULT true,
    "reviewShowFeedback" BOOLEAN NOT NULL DEFAULT true,
    "reviewShowRightAnswer" BOOLEAN NOT NULL DEFAULT true,
    "reviewShowGeneralFeedback" BOOLEAN NOT NULL DEFAULT true,
    "reviewShowOverallFeedback" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Quiz_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" SERIAL NOT NULL,
    "courseId" INTEGER NOT NULL,
    "type" "QuestionType" NOT NULL,
    "name" TEXT NOT NULL,
    "textHtml" TEXT NOT NULL,
    "generalFeedback" TEXT,
    "defaultMark" DECIMAL(8,2) NOT NULL DEFAULT 1,
    "shuffleChoices" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionChoice" (
    "id" SERIAL NOT NULL,
    "questionId" INTEGER NOT NULL,
    "textHtml" TEXT NOT NULL,
    "fraction" DECIMAL(6,5) NOT NULL DEFAULT 0,
    "feedback" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QuestionChoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizSlot" (
    "id" SERIAL NOT NULL,
    "quizId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "slot" INTEGER NOT NULL,
    "page" INTEGER NOT NULL DEFAULT 1,
    "maxMark" DECIMAL(8,2) NOT NULL DEFAULT 1,

    CONSTRAINT "QuizSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizFeedbackBand" (
    "id" SERIAL NOT NULL,
    "quizId" INTEGER NOT NULL,
    "minPercent" DECIMAL(5,2) NOT NULL,
    "feedback" TEXT NOT NULL,

    CONSTRAINT "QuizFeedbackBand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" SERIAL NOT NULL,
    "quizId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "attemptNumber" INTEGER NOT NULL,
    "state" "QuizAttemptState" NOT NULL DEFAULT 'IN_PROGRESS',
    "openFlag" BOOLEAN DEFAULT true,
    "layout" JSONB NOT NULL,
    "currentPage" INTEGER NOT NULL DEFAULT 1,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "lastSavedAt" TIMESTAMP(3),
    "sumMarks" DECIMAL(10,5),
    "grade" DECIMAL(10,5),
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "QuizAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizResponse" (
    "attemptId" INTEGER NOT NULL,
    "slot" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "selectedChoiceIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fraction" DECIMAL(6,5),
    "mark" DECIMAL(10,5),

    CONSTRAINT "QuizResponse_pkey" PRIMARY KEY ("attemptId","slot")
);

-- CreateTable
CREATE TABLE "ScormPackage" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "version" "ScormVersion" NOT NULL,
    "title" TEXT NOT NULL,
    "launchPath" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "manifest" JSONB,
    "sizeBytes" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 0,
    "newAttemptOnCompletion" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" INTEGER,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScormPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScormAttempt" (
    "id" SERIAL NOT NULL,
    "packageId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "attemptNumber" INTEGER NOT NULL,
    "completionStatus" TEXT NOT NULL DEFAULT 'not attempted',
    "successStatus" TEXT NOT NULL DEFAULT 'unknown',
    "scoreRaw" DECIMAL(8,2),
    "scoreMin" DECIMAL(8,2),
    "scoreMax" DECIMAL(8,2),
    "scoreScaled" DECIMAL(6,4),
    "totalTimeSeconds" INTEGER NOT NULL DEFAULT 0,
    "location" TEXT,
    "suspendData" TEXT,
    "exitMode" TEXT,
    "cmi" JSONB NOT NULL DEFAULT '{}',
    "commitSeq" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastCommitAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "ScormAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "building" TEXT,
    "address" TEXT,
    "detailsHtml" TEXT,
    "capacity" INTEGER,
    "isVirtual" BOOLEAN NOT NULL DEFAULT false,
    "virtualUrl" TEXT,
    "organisationId" INTEGER,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "detailsHtml" TEXT,
    "allowMultipleBookings" BOOLEAN NOT NULL DEFAULT false,
    "approval" "WorkshopApproval" NOT NULL DEFAULT 'NONE',
    "termsHtml" TEXT,
    "cancellationPolicy" "CancellationPolicy" NOT NULL DEFAULT 'ANY_TIME',
    "cancellationCutoffHours" INTEGER,
    "cancellationFeePence" INTEGER,
    "cancellationPolicyHtml" TEXT,
    "cancellationReasons" TEXT[] DEFAULT ARRAY['Work commitments', 'Illness', 'Personal reasons', 'No longer needed', 'Booked on another date', 'Other']::TEXT[],
    "eligibleAudienceId" INTEGER,
    "reminderDaysBefore" INTEGER[] DEFAULT ARRAY[2]::INTEGER[],
    "copyManager" BOOLEAN NOT NULL DEFAULT false,
    "sendEvaluationRequest" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopQuestion" (
    "id" SERIAL NOT NULL,
    "workshopId" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "hint" TEXT,
    "type" "WorkshopQuestionType" NOT NULL DEFAULT 'TEXT',
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "required" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WorkshopQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopSession" (
    "id" SERIAL NOT NULL,
    "workshopId" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "waitlistEnabled" BOOLEAN NOT NULL DEFAULT true,
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "costPence" INTEGER NOT NULL DEFAULT 0,
    "detailsHtml" TEXT,
    "customFields" JSONB NOT NULL DEFAULT '{}',
    "timezone" TEXT NOT NULL DEFAULT 'Europe/London',
    "signupOpensAt" TIMESTAMP(3),
    "signupClosesAt" TIMESTAMP(3),
    "bookedCount" INTEGER NOT NULL DEFAULT 0,
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "icalSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkshopSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionDate" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timezone" TEXT NOT NULL DEFAULT 'Europe/London',
    "roomId" INTEGER,

    CONSTRAINT "SessionDate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "workshopId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "activeFlag" BOOLEAN DEFAULT true,
    "signedUpAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bookedAt" TIMESTAMP(3),
    "costCode" TEXT,
    "specialRequirementsHtml" TEXT,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "emailInvite" BOOLEAN NOT NULL DEFAULT true,
    "termsAcceptedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "cancelDetails" TEXT,
    "cancelledById" INTEGER,
    "attendanceMarkedAt" TIMESTAMP(3),
    "icalUid" TEXT NOT NULL,
    "icalSequence" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookingStatusChange" (
    "id" SERIAL NOT NULL,
    "bookingId" INTEGER NOT NULL,
    "from" "BookingStatus",
    "to" "BookingStatus" NOT NULL,
    "byId" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookingStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_ssoSubject_key" ON "User"("ssoSubject");

-- CreateIndex
CREATE INDEX "User_organisationId_lastName_firstName_idx" ON "User"("organisationId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "User_email_idx" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_lastName_firstName_idx" ON "User"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "JobAssignment_managerId_idx" ON "JobAssignment"("managerId");

-- CreateIndex
CREATE UNIQUE INDEX "JobAssignment_userId_idNumber_key" ON "JobAssignment"("userId", "idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "LdTeam_name_key" ON "LdTeam"("name");

-- CreateIndex
CREATE INDEX "LdTeamMember_userId_idx" ON "LdTeamMember"("userId");

-- CreateIndex
CREATE INDEX "PasswordHistory_userId_createdAt_idx" ON "PasswordHistory"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthToken_userId_purpose_idx" ON "AuthToken"("userId", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "AccountRequest_createdUserId_key" ON "AccountRequest"("createdUserId");

-- CreateIndex
CREATE INDEX "AccountRequest_status_createdAt_idx" ON "AccountRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AccountRequest_email_idx" ON "AccountRequest"("email");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "RateLimiterFlexible_expire_idx" ON "RateLimiterFlexible"("expire");

-- CreateIndex
CREATE UNIQUE INDEX "Audience_name_key" ON "Audience"("name");

-- CreateIndex
CREATE INDEX "AudienceRule_audienceId_idx" ON "AudienceRule"("audienceId");

-- CreateIndex
CREATE INDEX "AudienceMember_userId_idx" ON "AudienceMember"("userId");

-- CreateIndex
CREATE INDEX "Category_path_idx" ON "Category"("path");

-- CreateIndex
CREATE UNIQUE INDEX "Category_parentId_name_key" ON "Category"("parentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Course_shortName_key" ON "Course"("shortName");

-- CreateIndex
CREATE INDEX "Course_categoryId_fullName_idx" ON "Course"("categoryId", "fullName");

-- CreateIndex
CREATE INDEX "Course_ownerTeamId_idx" ON "Course"("ownerTeamId");

-- CreateIndex
CREATE INDEX "Course_fullName_idx" ON "Course"("fullName");

-- CreateIndex
CREATE INDEX "CourseOrganisation_organisationId_idx" ON "CourseOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "CourseAudience_audienceId_idx" ON "CourseAudience"("audienceId");

-- CreateIndex
CREATE UNIQUE INDEX "EnrolmentMethod_courseId_type_key" ON "EnrolmentMethod"("courseId", "type");

-- CreateIndex
CREATE INDEX "Enrolment_courseId_status_idx" ON "Enrolment"("courseId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_userId_courseId_key" ON "Enrolment"("userId", "courseId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_activityId_key" ON "Certificate"("activityId");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateIssue_code_key" ON "CertificateIssue"("code");

-- CreateIndex
CREATE INDEX "CertificateIssue_userId_idx" ON "CertificateIssue"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateIssue_certificateId_userId_currentFlag_key" ON "CertificateIssue"("certificateId", "userId", "currentFlag");

-- CreateIndex
CREATE INDEX "Activity_courseId_sortOrder_idx" ON "Activity"("courseId", "sortOrder");

-- CreateIndex
CREATE INDEX "ActivityRestriction_requiredActivityId_idx" ON "ActivityRestriction"("requiredActivityId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityRestriction_activityId_requiredActivityId_key" ON "ActivityRestriction"("activityId", "requiredActivityId");

-- CreateIndex
CREATE INDEX "ActivityCompletion_userId_idx" ON "ActivityCompletion"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityCompletion_activityId_userId_key" ON "ActivityCompletion"("activityId", "userId");

-- CreateIndex
CREATE INDEX "CourseCriterion_requiredCourseId_idx" ON "CourseCriterion"("requiredCourseId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseCriterion_courseId_activityId_key" ON "CourseCriterion"("courseId", "activityId");

-- CreateIndex
CREATE INDEX "CriterionCompletion_userId_idx" ON "CriterionCompletion"("userId");

-- CreateIndex
CREATE INDEX "CourseCompletion_courseId_status_idx" ON "CourseCompletion"("courseId", "status");

-- CreateIndex
CREATE INDEX "CourseCompletion_userId_status_idx" ON "CourseCompletion"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CourseCompletion_userId_courseId_key" ON "CourseCompletion"("userId", "courseId");

-- CreateIndex
CREATE INDEX "CourseCompletionHistory_courseId_idx" ON "CourseCompletionHistory"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseCompletionHistory_userId_courseId_timeCompleted_key" ON "CourseCompletionHistory"("userId", "courseId", "timeCompleted");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_fileId_key" ON "Evidence"("fileId");

-- CreateIndex
CREATE INDEX "Evidence_userId_completedOn_idx" ON "Evidence"("userId", "completedOn");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackForm_activityId_key" ON "FeedbackForm"("activityId");

-- CreateIndex
CREATE INDEX "FeedbackItem_formId_sortOrder_idx" ON "FeedbackItem"("formId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackResponse_formId_userId_key" ON "FeedbackResponse"("formId", "userId");

-- CreateIndex
CREATE INDEX "FeedbackAnswer_itemId_idx" ON "FeedbackAnswer"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "AccessRequestForm_activityId_key" ON "AccessRequestForm"("activityId");

-- CreateIndex
CREATE INDEX "AccessRequest_status_submittedAt_idx" ON "AccessRequest"("status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccessRequest_formId_userId_key" ON "AccessRequest"("formId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_key_key" ON "StoredFile"("key");

-- CreateIndex
CREATE INDEX "StoredFile_ownerId_idx" ON "StoredFile"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailMessage_dedupeKey_key" ON "EmailMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "EmailMessage_createdAt_idx" ON "EmailMessage"("createdAt");

-- CreateIndex
CREATE INDEX "EmailMessage_toAddress_idx" ON "EmailMessage"("toAddress");

-- CreateIndex
CREATE INDEX "EmailMessage_status_createdAt_idx" ON "EmailMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EmailMessage_userId_createdAt_idx" ON "EmailMessage"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "JobDedupe_jobName_createdAt_idx" ON "JobDedupe"("jobName", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Program_shortName_key" ON "Program"("shortName");

-- CreateIndex
CREATE INDEX "Program_kind_fullName_idx" ON "Program"("kind", "fullName");

-- CreateIndex
CREATE INDEX "CourseSet_programId_path_sortOrder_idx" ON "CourseSet"("programId", "path", "sortOrder");

-- CreateIndex
CREATE INDEX "CourseSetCourse_courseId_idx" ON "CourseSetCourse"("courseId");

-- CreateIndex
CREATE INDEX "ProgramAssignment_programId_idx" ON "ProgramAssignment"("programId");

-- CreateIndex
CREATE INDEX "ProgramAssignment_audienceId_idx" ON "ProgramAssignment"("audienceId");

-- CreateIndex
CREATE INDEX "ProgramUser_userId_idx" ON "ProgramUser"("userId");

-- CreateIndex
CREATE INDEX "ProgramCompletion_userId_status_idx" ON "ProgramCompletion"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramCompletion_programId_userId_key" ON "ProgramCompletion"("programId", "userId");

-- CreateIndex
CREATE INDEX "ProgramCompletionHistory_userId_programId_idx" ON "ProgramCompletionHistory"("userId", "programId");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_programId_key" ON "Certification"("programId");

-- CreateIndex
CREATE INDEX "CertificationCompletion_userId_idx" ON "CertificationCompletion"("userId");

-- CreateIndex
CREATE INDEX "CertificationCompletion_status_renewalStatus_timeWindowOpen_idx" ON "CertificationCompletion"("status", "renewalStatus", "timeWindowOpens");

-- CreateIndex
CREATE INDEX "CertificationCompletion_renewalStatus_timeExpires_idx" ON "CertificationCompletion"("renewalStatus", "timeExpires");

-- CreateIndex
CREATE UNIQUE INDEX "CertificationCompletion_certificationId_userId_key" ON "CertificationCompletion"("certificationId", "userId");

-- CreateIndex
CREATE INDEX "CertificationHistory_userId_idx" ON "CertificationHistory"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CertificationHistory_certificationId_userId_timeCompleted_t_key" ON "CertificationHistory"("certificationId", "userId", "timeCompleted", "timeExpires");

-- CreateIndex
CREATE UNIQUE INDEX "Quiz_activityId_key" ON "Quiz"("activityId");

-- CreateIndex
CREATE INDEX "Question_courseId_idx" ON "Question"("courseId");

-- CreateIndex
CREATE INDEX "QuestionChoice_questionId_idx" ON "QuestionChoice"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizSlot_quizId_slot_key" ON "QuizSlot"("quizId", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "QuizSlot_quizId_questionId_key" ON "QuizSlot"("quizId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizFeedbackBand_quizId_minPercent_key" ON "QuizFeedbackBand"("quizId", "minPercent");

-- CreateIndex
CREATE INDEX "QuizAttempt_userId_idx" ON "QuizAttempt"("userId");

-- CreateIndex
CREATE INDEX "QuizAttempt_state_deadlineAt_idx" ON "QuizAttempt"("state", "deadlineAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_quizId_userId_attemptNumber_key" ON "QuizAttempt"("quizId", "userId", "attemptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_quizId_userId_openFlag_key" ON "QuizAttempt"("quizId", "userId", "openFlag");

-- CreateIndex
CREATE UNIQUE INDEX "ScormPackage_activityId_key" ON "ScormPackage"("activityId");

-- CreateIndex
CREATE UNIQUE INDEX "ScormPackage_storageKey_key" ON "ScormPackage"("storageKey");

-- CreateIndex
CREATE INDEX "ScormAttempt_userId_idx" ON "ScormAttempt"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ScormAttempt_packageId_userId_attemptNumber_key" ON "ScormAttempt"("packageId", "userId", "attemptNumber");

-- CreateIndex
CREATE INDEX "Room_name_idx" ON "Room"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_activityId_key" ON "Workshop"("activityId");

-- CreateIndex
CREATE INDEX "WorkshopQuestion_workshopId_idx" ON "WorkshopQuestion"("workshopId");

-- CreateIndex
CREATE INDEX "WorkshopSession_workshopId_status_idx" ON "WorkshopSession"("workshopId", "status");

-- CreateIndex
CREATE INDEX "SessionDate_sessionId_startsAt_idx" ON "SessionDate"("sessionId", "startsAt");

-- CreateIndex
CREATE INDEX "SessionDate_roomId_startsAt_idx" ON "SessionDate"("roomId", "startsAt");

-- CreateIndex
CREATE INDEX "SessionDate_startsAt_idx" ON "SessionDate"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_icalUid_key" ON "Booking"("icalUid");

-- CreateIndex
CREATE INDEX "Booking_sessionId_status_signedUpAt_idx" ON "Booking"("sessionId", "status", "signedUpAt");

-- CreateIndex
CREATE INDEX "Booking_userId_status_idx" ON "Booking"("userId", "status");

-- CreateIndex
CREATE INDEX "Booking_workshopId_userId_idx" ON "Booking"("workshopId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_sessionId_userId_activeFlag_key" ON "Booking"("sessionId", "userId", "activeFlag");

-- CreateIndex
CREATE INDEX "BookingStatusChange_bookingId_idx" ON "BookingStatusChange"("bookingId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobAssignment" ADD CONSTRAINT "JobAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobAssignment" ADD CONSTRAINT "JobAssignment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobAssignment" ADD CONSTRAINT "JobAssignment_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LdTeamMember" ADD CONSTRAINT "LdTeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "LdTeam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LdTeamMember" ADD CONSTRAINT "LdTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordHistory" ADD CONSTRAINT "PasswordHistory_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_accountRequestId_fkey" FOREIGN KEY ("accountRequestId") REFERENCES "AccountRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountRequest" ADD CONSTRAINT "AccountRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountRequest" ADD CONSTRAINT "AccountRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountRequest" ADD CONSTRAINT "AccountRequest_createdUserId_fkey" FOREIGN KEY ("createdUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceRule" ADD CONSTRAINT "AudienceRule_audienceId_fkey" FOREIGN KEY ("audienceId") REFERENCES "Audience"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceMember" ADD CONSTRAINT "AudienceMember_audienceId_fkey" FOREIGN KEY ("audienceId") REFERENCES "Audience"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceMember" ADD CONSTRAINT "AudienceMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "LdTeam"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "LdTeam"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseOrganisation" ADD CONSTRAINT "CourseOrganisation_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseOrganisation" ADD CONSTRAINT "CourseOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseAudience" ADD CONSTRAINT "CourseAudience_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseAudience" ADD CONSTRAINT "CourseAudience_audienceId_fkey" FOREIGN KEY ("audienceId") REFERENCES "Audience"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrolmentMethod" ADD CONSTRAINT "EnrolmentMethod_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrolmentMethod" ADD CONSTRAINT "EnrolmentMethod_audienceId_fkey" FOREIGN KEY ("audienceId") REFERENCES "Audience"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_methodId_fkey" FOREIGN KEY ("methodId") REFERENCES "EnrolmentMethod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_sourceProgramId_fkey" FOREIGN KEY ("sourceProgramId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateIssue" ADD CONSTRAINT "CertificateIssue_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateIssue" ADD CONSTRAINT "CertificateIssue_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRestriction" ADD CONSTRAINT "ActivityRestriction_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRestriction" ADD CONSTRAINT "ActivityRestriction_requiredActivityId_fkey" FOREIGN KEY ("requiredActivityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityCompletion" ADD CONSTRAINT "ActivityCompletion_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityCompletion" ADD CONSTRAINT "ActivityCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityCompletion" ADD CONSTRAINT "ActivityCompletion_overriddenById_fkey" FOREIGN KEY ("overriddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseCriterion" ADD CONSTRAINT "CourseCriterion_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseCriterion" ADD CONSTRAINT "CourseCriterion_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseCriterion" ADD CONSTRAINT "CourseCriterion_requiredCourseId_fkey" FOREIGN KEY ("requiredCourseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionCompletion" ADD CONSTRAINT "CriterionCompletion_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "CourseCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionCompletion" ADD CONSTRAINT "CriterionCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseCompletion" ADD CONSTRAINT "CourseCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseCompletion" ADD CONSTRAINT "CourseCompletion_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseCompletionHistory" ADD CONSTRAINT "CourseCompletionHistory_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseCompletionHistory" ADD CONSTRAINT "CourseCompletionHistory_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackForm" ADD CONSTRAINT "FeedbackForm_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackItem" ADD CONSTRAINT "FeedbackItem_formId_fkey" FOREIGN KEY ("formId") REFERENCES "FeedbackForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_formId_fkey" FOREIGN KEY ("formId") REFERENCES "FeedbackForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "FeedbackResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "FeedbackItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequestForm" ADD CONSTRAINT "AccessRequestForm_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_formId_fkey" FOREIGN KEY ("formId") REFERENCES "AccessRequestForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_logoFileId_fkey" FOREIGN KEY ("logoFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Setting" ADD CONSTRAINT "Setting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_ownerTeamId_fkey" FOREIGN KEY ("ownerTeamId") REFERENCES "LdTeam"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseSet" ADD CONSTRAINT "CourseSet_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseSetCourse" ADD CONSTRAINT "CourseSetCourse_courseSetId_fkey" FOREIGN KEY ("courseSetId") REFERENCES "CourseSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseSetCourse" ADD CONSTRAINT "CourseSetCourse_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramAssignment" ADD CONSTRAINT "ProgramAssignment_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramAssignment" ADD CONSTRAINT "ProgramAssignment_audienceId_fkey" FOREIGN KEY ("audienceId") REFERENCES "Audience"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramAssignment" ADD CONSTRAINT "ProgramAssignment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramAssignment" ADD CONSTRAINT "ProgramAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramUser" ADD CONSTRAINT "ProgramUser_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramUser" ADD CONSTRAINT "ProgramUser_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramUser" ADD CONSTRAINT "ProgramUser_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ProgramAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramCompletion" ADD CONSTRAINT "ProgramCompletion_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramCompletion" ADD CONSTRAINT "ProgramCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramCompletionHistory" ADD CONSTRAINT "ProgramCompletionHistory_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramCompletionHistory" ADD CONSTRAINT "ProgramCompletionHistory_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationCompletion" ADD CONSTRAINT "CertificationCompletion_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationCompletion" ADD CONSTRAINT "CertificationCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationHistory" ADD CONSTRAINT "CertificationHistory_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationHistory" ADD CONSTRAINT "CertificationHistory_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quiz" ADD CONSTRAINT "Quiz_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionChoice" ADD CONSTRAINT "QuestionChoice_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSlot" ADD CONSTRAINT "QuizSlot_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSlot" ADD CONSTRAINT "QuizSlot_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizFeedbackBand" ADD CONSTRAINT "QuizFeedbackBand_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizResponse" ADD CONSTRAINT "QuizResponse_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "QuizAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormPackage" ADD CONSTRAINT "ScormPackage_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormPackage" ADD CONSTRAINT "ScormPackage_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormAttempt" ADD CONSTRAINT "ScormAttempt_packageId_fkey" FOREIGN KEY ("packageId") REFERENCES "ScormPackage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormAttempt" ADD CONSTRAINT "ScormAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_eligibleAudienceId_fkey" FOREIGN KEY ("eligibleAudienceId") REFERENCES "Audience"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopQuestion" ADD CONSTRAINT "WorkshopQuestion_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionDate" ADD CONSTRAINT "SessionDate_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionDate" ADD CONSTRAINT "SessionDate_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_cancelledById_fkey" FOREIGN KEY ("cancelledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingStatusChange" ADD CONSTRAINT "BookingStatusChange_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingStatusChange" ADD CONSTRAINT "BookingStatusChange_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- prisma/sql/000_checks.sql
-- Consistency rules Prisma's schema language cannot express.
ALTER TABLE "Course" ADD CONSTRAINT "Course_cost_nonnegative" CHECK ("costPence" IS NULL OR "costPence" >= 0);
ALTER TABLE "CourseCompletion" ADD CONSTRAINT "CourseCompletion_progress_range" CHECK ("progressPercent" BETWEEN 0 AND 100);
ALTER TABLE "CourseCompletion" ADD CONSTRAINT "CourseCompletion_completed_has_time"
  CHECK (("status" IN ('COMPLETE', 'COMPLETE_RPL')) = ("timeCompleted" IS NOT NULL));
ALTER TABLE "ProgramCompletion" ADD CONSTRAINT "ProgramCompletion_progress_range" CHECK ("progressPercent" BETWEEN 0 AND 100);
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_capacity_nonnegative" CHECK ("capacity" >= 0);
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_booked_nonnegative" CHECK ("bookedCount" >= 0);
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_cost_nonnegative" CHECK ("costPence" >= 0);
ALTER TABLE "SessionDate" ADD CONSTRAINT "SessionDate_ends_after_start" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_active_flag" CHECK ("activeFlag" IS NULL OR "activeFlag" = true);
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_open_flag" CHECK ("openFlag" IS NULL OR "openFlag" = true);
ALTER TABLE "CertificateIssue" ADD CONSTRAINT "CertificateIssue_current_flag" CHECK ("currentFlag" IS NULL OR "currentFlag" = true);
ALTER TABLE "Quiz" ADD CONSTRAINT "Quiz_attempts_nonnegative" CHECK ("attemptsAllowed" >= 0);
ALTER TABLE "Quiz" ADD CONSTRAINT "Quiz_pass_range" CHECK ("passPercent" IS NULL OR "passPercent" BETWEEN 0 AND 100);
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_periods_positive" CHECK ("activeValue" > 0 AND "windowValue" >= 0);
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_hours_nonnegative" CHECK ("hours" IS NULL OR "hours" >= 0);

-- prisma/sql/accounts.sql
-- At most one open (awaiting confirmation or pending approval) account request per email address,
-- so two quick submissions of the same form cannot both reach the approval queue.
CREATE UNIQUE INDEX "AccountRequest_open_email_key" ON "AccountRequest" (lower("email"))
  WHERE "status" IN ('AWAITING_CONFIRMATION', 'PENDING');

-- prisma/sql/learning.sql
-- Catalogue search: full text (word order, stemming) plus trigram similarity (typos) over names, summaries and keywords.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- array_to_string is only STABLE, but the search text of a row never depends on settings, so this wrapper is IMMUTABLE
-- and can back expression indexes.
CREATE OR REPLACE FUNCTION ilearn_search_text(name text, summary text, keywords text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(coalesce(name, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(array_to_string(keywords, ' '), '')) $$;

CREATE INDEX "Course_search_fts" ON "Course"
  USING GIN (to_tsvector('english'::regconfig, ilearn_search_text("fullName", "summary", "keywords")));
CREATE INDEX "Course_name_trgm" ON "Course" USING GIN (lower("fullName") gin_trgm_ops);
CREATE INDEX "Program_search_fts" ON "Program"
  USING GIN (to_tsvector('english'::regconfig, ilearn_search_text("fullName", "summary", "keywords")));
CREATE INDEX "Program_name_trgm" ON "Program" USING GIN (lower("fullName") gin_trgm_ops);

-- prisma/sql/workshops.sql
-- Workshops: invariants the Prisma schema cannot express.
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_counts_check" CHECK ("bookedCount" >= 0 AND "capacity" >= 0);
-- activeFlag is TRUE while a booking is live and NULL afterwards, so the unique (sessionId, userId, activeFlag)
-- allows one live booking per learner per session and any number of cancelled ones.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_activeFlag_check" CHECK ("activeFlag" IS NULL OR "activeFlag" = TRUE);
ALTER TABLE "SessionDate" ADD CONSTRAINT "SessionDate_range_check" CHECK ("endsAt" > "startsAt");
