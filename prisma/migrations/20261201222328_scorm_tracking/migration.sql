-- DropIndex
DROP INDEX "ScormPackage_storageKey_key";

-- AlterTable
ALTER TABLE "ScormAttempt" ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "interactionCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "objectives" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "sessionTimeSeconds" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ScormPackage" ADD COLUMN     "fileCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "originalFilename" TEXT,
ADD COLUMN     "schemaVersion" TEXT NOT NULL DEFAULT '';
