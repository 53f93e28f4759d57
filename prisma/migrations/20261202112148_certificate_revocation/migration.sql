-- AlterTable
ALTER TABLE "CertificateIssue" ADD COLUMN     "issueReason" TEXT,
ADD COLUMN     "issuedById" INTEGER,
ADD COLUMN     "revokedAt" TIMESTAMP(3),
ADD COLUMN     "revokedById" INTEGER,
ADD COLUMN     "revokedReason" TEXT;
