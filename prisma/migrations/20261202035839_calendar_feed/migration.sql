-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarFeedEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "calendarFeedVersion" INTEGER NOT NULL DEFAULT 0;
