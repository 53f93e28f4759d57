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
