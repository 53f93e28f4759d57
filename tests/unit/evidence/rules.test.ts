/** @jest-environment node */
import { checkEvidenceFile, cleanFilename, EVIDENCE_MAX_BYTES } from '@/lib/evidence/rules';
import { evidenceSchema } from '@/lib/evidence/schemas';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);

describe('checkEvidenceFile', () => {
  it('accepts a real PDF, even with a generic declared type', () => {
    expect(checkEvidenceFile({ name: 'cert.pdf', type: 'application/pdf', size: 100, head: PDF })).toEqual({
      ok: true,
      mimeType: 'application/pdf',
    });
    expect(checkEvidenceFile({ name: 'CERT.PDF', type: '', size: 100, head: PDF })).toEqual({
      ok: true,
      mimeType: 'application/pdf',
    });
  });

  it('refuses empty, oversized, unknown and disguised files', () => {
    expect(checkEvidenceFile({ name: 'a.pdf', type: 'application/pdf', size: 0, head: PDF })).toMatchObject({
      ok: false,
      error: 'The selected file is empty',
    });
    expect(
      checkEvidenceFile({ name: 'a.pdf', type: 'application/pdf', size: EVIDENCE_MAX_BYTES + 1, head: PDF }),
    ).toMatchObject({ ok: false });
    expect(checkEvidenceFile({ name: 'a.exe', type: 'application/x-msdownload', size: 10, head: PDF })).toMatchObject({
      ok: false,
    });
    expect(checkEvidenceFile({ name: 'a.pdf', type: 'text/html', size: 10, head: PDF })).toMatchObject({ ok: false });
    expect(
      checkEvidenceFile({ name: 'a.pdf', type: 'application/pdf', size: 10, head: new Uint8Array([0x3c, 0x68]) }),
    ).toMatchObject({
      ok: false,
      error: 'The selected file is not a real PDF file',
    });
    expect(
      checkEvidenceFile({ name: 'a.txt', type: 'text/plain', size: 10, head: new Uint8Array([0x41, 0x00]) }),
    ).toMatchObject({ ok: false });
  });

  it('cleans filenames of paths and control characters', () => {
    expect(cleanFilename('C:\\fake\\path\\my "cert".pdf')).toBe('my cert.pdf');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('')).toBe('file');
  });
});

describe('evidenceSchema', () => {
  it('needs a title and a real past date, and reads hours as a number', () => {
    const ok = evidenceSchema.safeParse({ title: ' First aid ', completedOn: '2025-02-03', hours: '1.5' });
    expect(ok.success && ok.data).toMatchObject({ title: 'First aid', hours: '1.5', description: null });
    const bad = evidenceSchema.safeParse({ title: '', completedOn: '3/2/2025', hours: 'two' });
    expect(bad.success).toBe(false);
    const fields = bad.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['title', 'completedOn', 'hours']));
    expect(evidenceSchema.safeParse({ title: 'x', completedOn: '2999-01-01' }).success).toBe(false);
  });
});
