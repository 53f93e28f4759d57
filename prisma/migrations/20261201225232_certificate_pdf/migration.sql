-- AlterTable
ALTER TABLE "CertificateIssue" ADD COLUMN     "pdfFileId" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "CertificateIssue_pdfFileId_key" ON "CertificateIssue"("pdfFileId");

-- AddForeignKey
ALTER TABLE "CertificateIssue" ADD CONSTRAINT "CertificateIssue_pdfFileId_fkey" FOREIGN KEY ("pdfFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
