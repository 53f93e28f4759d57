-- Workshops: invariants the Prisma schema cannot express.
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_counts_check" CHECK ("bookedCount" >= 0 AND "capacity" >= 0);
-- activeFlag is TRUE while a booking is live and NULL afterwards, so the unique (sessionId, userId, activeFlag)
-- allows one live booking per learner per session and any number of cancelled ones.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_activeFlag_check" CHECK ("activeFlag" IS NULL OR "activeFlag" = TRUE);
ALTER TABLE "SessionDate" ADD CONSTRAINT "SessionDate_range_check" CHECK ("endsAt" > "startsAt");
