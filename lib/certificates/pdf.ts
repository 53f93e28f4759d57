// A certificate's PDF: rendered once from its frozen issue row, stored in the object store, and served from
// there afterwards (so a later change of template, name or course title never changes an issued certificate).
// Callers check access first (lib/certificates/queries.ts); this module trusts the issue id it is given.
import { randomUUID, createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { ServiceUnavailableError } from '@/lib/errors';
import { getObjectStore } from '@/lib/storage/object-store';
import { getFileStore } from '@/lib/storage/store';
import { certificateFonts } from './fonts';
import { renderPdf } from './pdf-pool';
import { certificateHtml, type CertificateContent } from './template';
import { log } from '@/lib/log';

const RENDER_FAILED =
  'We could not create your certificate just now. Please try again in a minute; if it keeps happening, contact the iLearn+ team.';

async function readAll(body: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function loadIssue(issueId: number) {
  return db.certificateIssue.findUniqueOrThrow({
    where: { id: issueId },
    select: {
      id: true,
      code: true,
      learnerName: true,
      courseName: true,
      completedAt: true,
      issuedAt: true,
      validUntil: true,
      pdfFile: { select: { key: true } },
      certificate: { select: { title: true, signatoryName: true, signatoryTitle: true } },
      user: {
        select: {
          organisation: {
            select: {
              name: true,
              primaryColour: true,
              logoText: true,
              logoFile: { select: { key: true, mimeType: true } },
            },
          },
        },
      },
    },
  });
}

type Issue = Awaited<ReturnType<typeof loadIssue>>;

async function contentOf(issue: Issue): Promise<CertificateContent> {
  const org = issue.user.organisation;
  const logo = org.logoFile
    ? await getFileStore()
        .get(org.logoFile.key)
        .then((bytes) => `data:${org.logoFile!.mimeType};base64,${bytes.toString('base64')}`)
        .catch(() => null)
    : null;
  return {
    title: issue.certificate.title,
    learnerName: issue.learnerName,
    courseName: issue.courseName,
    completedAt: issue.completedAt,
    issuedAt: issue.issuedAt,
    validUntil: issue.validUntil,
    code: issue.code,
    verifyUrl: `${getEnv().appUrl.replace(/\/$/, '')}/verify/${issue.code}`,
    organisation: { name: org.name, primaryColour: org.primaryColour, logoText: org.logoText, logoDataUrl: logo },
    signatory: issue.certificate.signatoryName
      ? { name: issue.certificate.signatoryName, title: issue.certificate.signatoryTitle }
      : null,
  };
}

/** The HTML the PDF is printed from (also used by the template test and the benchmark). */
export async function certificateHtmlFor(issueId: number): Promise<string> {
  return certificateHtml(await contentOf(await loadIssue(issueId)), await certificateFonts());
}

async function renderAndStore(issue: Issue): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await renderPdf(certificateHtml(await contentOf(issue), await certificateFonts()));
  } catch (error) {
    // Logged in full with a reference, like the action wrapper does; the person gets a retryable message.
    log.error('certificate PDF render failed', error, { certificateIssueId: issue.id });
    throw new ServiceUnavailableError(RENDER_FAILED);
  }
  const folder = `certificates/${randomUUID()}`;
  const key = `${folder}/certificate.pdf`;
  const store = getObjectStore();
  await store.put(key, bytes, { size: bytes.length, contentType: 'application/pdf' });
  const stored = await db.$transaction(async (tx) => {
    const file = await tx.storedFile.create({
      data: {
        key,
        filename: 'certificate.pdf',
        mimeType: 'application/pdf',
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      },
      select: { id: true },
    });
    // Conditional: if another server stored this certificate first, theirs stays and ours is dropped.
    const won = await tx.certificateIssue.updateMany({
      where: { id: issue.id, pdfFileId: null },
      data: { pdfFileId: file.id },
    });
    if (won.count === 0) await tx.storedFile.delete({ where: { id: file.id } });
    return won.count === 1;
  });
  if (!stored) await store.removePrefix(folder);
  return bytes;
}

// Two downloads of the same new certificate in one process share one render.
const inFlight = new Map<number, Promise<Buffer>>();

/** The stored PDF of an issue, rendering and storing it on first use. Throws ServiceUnavailableError on failure. */
export async function unsafeCertificatePdf(issueId: number): Promise<Buffer> {
  const issue = await loadIssue(issueId);
  if (issue.pdfFile) {
    const object = await getObjectStore().get(issue.pdfFile.key);
    if (object) return readAll(object.body);
  }
  const pending = inFlight.get(issueId);
  if (pending) return pending;
  const render = renderAndStore(issue).finally(() => inFlight.delete(issueId));
  inFlight.set(issueId, render);
  return render;
}
