-- CreateEnum
CREATE TYPE "ContentReportStatus" AS ENUM ('OPEN', 'RESOLVED');

-- AlterEnum
ALTER TYPE "AccessRequestStatus" ADD VALUE 'IN_PROGRESS';

-- AlterTable
ALTER TABLE "AccessRequest" ADD COLUMN     "updatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "AccessRequestForm" ADD COLUMN     "fields" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "ContentProblemReport" (
    "id" SERIAL NOT NULL,
    "courseId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "where" TEXT,
    "message" TEXT NOT NULL,
    "status" "ContentReportStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" INTEGER,
    "resolutionNote" TEXT,

    CONSTRAINT "ContentProblemReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentProblemReport_courseId_status_idx" ON "ContentProblemReport"("courseId", "status");

-- CreateIndex
CREATE INDEX "ContentProblemReport_status_createdAt_idx" ON "ContentProblemReport"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "ContentProblemReport" ADD CONSTRAINT "ContentProblemReport_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentProblemReport" ADD CONSTRAINT "ContentProblemReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentProblemReport" ADD CONSTRAINT "ContentProblemReport_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Data only: an ACCESS_REQUEST activity without its form gets one named after the activity (as "Add an activity"
-- now creates it). Idempotent.
INSERT INTO "AccessRequestForm" ("activityId", "systemName")
SELECT a."id", a."name"
FROM "Activity" a
WHERE a."type" = 'ACCESS_REQUEST' AND NOT EXISTS (SELECT 1 FROM "AccessRequestForm" f WHERE f."activityId" = a."id");
