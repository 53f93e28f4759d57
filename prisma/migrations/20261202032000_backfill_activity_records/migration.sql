-- Data only. Before "Add an activity" created what each type needs (lib/activities/commands.ts), a QUIZ,
-- WORKSHOP or CERTIFICATE activity added from the course had no quiz, workshop or certificate record: not in
-- Admin › Quizzes, a 404 on its admin page and nothing for learners. Give each one its record with the defaults
-- "Add an activity" uses. Idempotent: activities that have their record are left alone.
INSERT INTO "Quiz" ("activityId", "passPercent", "attemptsAllowed", "updatedAt")
SELECT a."id", 70, 0, CURRENT_TIMESTAMP
FROM "Activity" a
WHERE a."type" = 'QUIZ' AND NOT EXISTS (SELECT 1 FROM "Quiz" q WHERE q."activityId" = a."id");

INSERT INTO "Workshop" ("activityId", "updatedAt")
SELECT a."id", CURRENT_TIMESTAMP
FROM "Activity" a
WHERE a."type" = 'WORKSHOP' AND NOT EXISTS (SELECT 1 FROM "Workshop" w WHERE w."activityId" = a."id");

INSERT INTO "Certificate" ("activityId")
SELECT a."id"
FROM "Activity" a
WHERE a."type" = 'CERTIFICATE' AND NOT EXISTS (SELECT 1 FROM "Certificate" c WHERE c."activityId" = a."id");
