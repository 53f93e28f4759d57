-- A relative due date counts in days, weeks, months or years ("within 3 months of being assigned").
ALTER TABLE "ProgramAssignment" RENAME COLUMN "dueWithinDays" TO "dueWithinValue";
ALTER TABLE "ProgramAssignment" ADD COLUMN "dueWithinUnit" "PeriodUnit" NOT NULL DEFAULT 'DAY';
