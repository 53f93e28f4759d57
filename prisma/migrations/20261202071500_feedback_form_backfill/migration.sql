-- Data only. "Add an activity" now creates a FEEDBACK activity's form with it (lib/activities/commands.ts). Give
-- any FEEDBACK activity added before that its (empty) form, so its admin page and learner page exist.
-- Idempotent: activities that have a form are left alone.
INSERT INTO "FeedbackForm" ("activityId", "anonymous")
SELECT a."id", false
FROM "Activity" a
WHERE a."type" = 'FEEDBACK' AND NOT EXISTS (SELECT 1 FROM "FeedbackForm" f WHERE f."activityId" = a."id");
