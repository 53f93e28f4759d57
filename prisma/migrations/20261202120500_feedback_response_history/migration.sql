-- Feedback responses survive a course reset as history: the learner's current response has "current" = true,
-- archived ones have NULL (which the unique index lets repeat), so after a reset they can evaluate the course again.

-- DropIndex
DROP INDEX "FeedbackResponse_formId_userId_key";

-- AlterTable
ALTER TABLE "FeedbackResponse" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "current" BOOLEAN DEFAULT true;

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackResponse_formId_userId_current_key" ON "FeedbackResponse"("formId", "userId", "current");
