-- CreateTable
CREATE TABLE "TeamReminder" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "managerId" INTEGER,
    "day" TEXT NOT NULL,
    "items" JSONB NOT NULL DEFAULT '[]',
    "emailMessageId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TeamReminder_userId_createdAt_idx" ON "TeamReminder"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "TeamReminder_managerId_createdAt_idx" ON "TeamReminder"("managerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TeamReminder_userId_day_key" ON "TeamReminder"("userId", "day");

-- AddForeignKey
ALTER TABLE "TeamReminder" ADD CONSTRAINT "TeamReminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamReminder" ADD CONSTRAINT "TeamReminder_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
