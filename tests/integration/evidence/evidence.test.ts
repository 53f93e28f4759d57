/** @jest-environment node */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { db } from '@/lib/db';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { createEvidence, deleteEvidence, updateEvidence } from '@/lib/evidence/commands';
import { getOwnEvidence, getOwnEvidenceFile, listOwnEvidence } from '@/lib/evidence/queries';
import { makeLearner } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

// Files go to a temporary data folder (read lazily by lib/env on first use).
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ilearn-evidence-'));
process.env.DATA_DIR = dataDir;

beforeAll(resetDb);
afterAll(async () => {
  await disconnect();
  rmSync(dataDir, { recursive: true, force: true });
});

const pdf = (text: string) => {
  const bytes = Buffer.from(`%PDF-1.4\n${text}`);
  return { name: 'certificate.pdf', type: 'application/pdf', size: bytes.length, bytes };
};
const input = (over: Partial<Parameters<typeof createEvidence>[1]> = {}) => ({
  title: 'First Aid at Work',
  description: null,
  provider: 'St John',
  completedOn: new Date('2025-03-01T00:00:00Z'),
  hours: '6.5',
  ...over,
});

describe('Other Evidence', () => {
  it('adds, lists, edits with a new file, and deletes the learner’s own evidence', async () => {
    const { viewer } = await makeLearner();
    const { id } = await createEvidence(viewer, input(), pdf('one'));
    const listed = await listOwnEvidence(viewer);
    expect(listed.total).toBe(1);
    expect(listed.rows[0]).toMatchObject({
      title: 'First Aid at Work',
      hours: '6.5',
      file: { filename: 'certificate.pdf' },
    });
    expect((await getOwnEvidenceFile(viewer, id)).bytes.toString()).toContain('one');

    await updateEvidence(viewer, id, input({ title: 'First Aid at Work (renewed)' }), pdf('two'));
    expect((await getOwnEvidenceFile(viewer, id)).bytes.toString()).toContain('two');
    expect(await db.storedFile.count({ where: { ownerId: viewer.id } })).toBe(1);

    await updateEvidence(viewer, id, input({ removeFile: 'yes' }), null);
    expect((await getOwnEvidence(viewer, id)).file).toBeNull();
    expect(await db.storedFile.count({ where: { ownerId: viewer.id } })).toBe(0);

    await deleteEvidence(viewer, id);
    expect((await listOwnEvidence(viewer)).total).toBe(0);
  });

  it('never shows or changes someone else’s evidence', async () => {
    const { viewer: owner } = await makeLearner();
    const { viewer: other } = await makeLearner();
    const { id } = await createEvidence(owner, input(), pdf('secret'));
    await expect(getOwnEvidence(other, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOwnEvidenceFile(other, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateEvidence(other, id, input({ title: 'Hacked' }), null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteEvidence(other, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listOwnEvidence(other)).total).toBe(0);
    expect((await getOwnEvidence(owner, id)).title).toBe('First Aid at Work');
  });

  it('refuses a disguised file and stores nothing', async () => {
    const { viewer } = await makeLearner();
    const bytes = Buffer.from('<html><script>alert(1)</script>');
    await expect(
      createEvidence(viewer, input(), { name: 'cert.pdf', type: 'application/pdf', size: bytes.length, bytes }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await listOwnEvidence(viewer)).total).toBe(0);
    expect(await db.storedFile.count({ where: { ownerId: viewer.id } })).toBe(0);
  });
});
