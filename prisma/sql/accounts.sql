-- At most one open (awaiting confirmation or pending approval) account request per email address,
-- so two quick submissions of the same form cannot both reach the approval queue.
CREATE UNIQUE INDEX "AccountRequest_open_email_key" ON "AccountRequest" (lower("email"))
  WHERE "status" IN ('AWAITING_CONFIRMATION', 'PENDING');
