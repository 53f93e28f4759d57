/** @jest-environment node */
// lib/storage: whole files by key on the object store (local folder), and withStoredUpload's promise that bytes and StoredFile rows never
// drift apart (bytes removed when the transaction fails, replaced files deleted after it commits).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { ConflictError, fromPrismaError, isUniqueViolation, NotFoundError } from '@/lib/errors';
import { adoptLegacyFolder } from '@/lib/storage/local-objects';
import { getFileStore } from '@/lib/storage/store';
import { newFileKey, withStoredUpload } from '@/lib/storage/uploads';
import { makeLearner } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

// lib/env may already be read when this file runs (imports come first), so ask it where the files go, and keep
// this file's keys under their own prefix, removed afterwards.
const PREFIX = `tests-${process.pid}`;
const onDisk = (key: string) => existsSync(path.join(getEnv().dataDir, 'objects', key));

beforeAll(resetDb);
afterAll(async () => {
  await disconnect();
  rmSync(path.join(getEnv().dataDir, 'objects', PREFIX), { recursive: true, force: true });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('utf8');
}

describe('file store on the local object store', () => {
  it('puts, gets, streams and deletes by key', async () => {
    const store = getFileStore();
    const { key } = newFileKey(PREFIX, Buffer.from('x'));
    await store.put(key, Buffer.from('hello'));
    expect((await store.get(key)).toString()).toBe('hello');
    expect(await readAll(await store.stream(key))).toBe('hello');
    await store.delete(key);
    expect(onDisk(key)).toBe(false);
    await expect(store.get(key)).rejects.toThrow(NotFoundError);
    await expect(store.stream(key)).rejects.toThrow(NotFoundError);
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it('refuses keys that could leave the folder', async () => {
    const store = getFileStore();
    for (const key of ['../secret', 'a/../../b', '/etc/passwd', 'a//b', 'a b'])
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow('Invalid storage key');
  });
});

describe('files kept by the old uploads folder', () => {
  it('move into the object store folder once, keeping what is already there', () => {
    const data = mkdtempSync(path.join(tmpdir(), 'ilearn-legacy-'));
    const [files, objects] = [path.join(data, 'files'), path.join(data, 'objects')];
    mkdirSync(path.join(files, 'evidence/2025'), { recursive: true });
    mkdirSync(path.join(objects, 'evidence/2025'), { recursive: true });
    writeFileSync(path.join(files, 'evidence/2025/a'), 'old a');
    writeFileSync(path.join(files, 'evidence/2025/b'), 'stale b');
    writeFileSync(path.join(objects, 'evidence/2025/b'), 'newer b');
    adoptLegacyFolder(files, objects);
    expect(readFileSync(path.join(objects, 'evidence/2025/a'), 'utf8')).toBe('old a');
    expect(readFileSync(path.join(objects, 'evidence/2025/b'), 'utf8')).toBe('newer b');
    expect(readFileSync(path.join(files, 'evidence/2025/b'), 'utf8')).toBe('stale b');
    adoptLegacyFolder(path.join(data, 'none'), objects);
    rmSync(data, { recursive: true, force: true });
  });
});

describe('withStoredUpload', () => {
  const upload = (ownerId: number, text: string) => ({
    prefix: PREFIX,
    bytes: Buffer.from(text),
    filename: 'notes.txt',
    mimeType: 'text/plain',
    ownerId,
  });

  it('records the StoredFile row with the bytes, and deletes replaced bytes after commit', async () => {
    const { user } = await makeLearner();
    const first = await withStoredUpload(upload(user.id, 'one'), async (tx, fileId) => ({
      result: await tx.storedFile.findUniqueOrThrow({ where: { id: fileId! }, select: { id: true, key: true } }),
    }));
    expect(onDisk(first.key)).toBe(true);
    const row = await db.storedFile.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ filename: 'notes.txt', mimeType: 'text/plain', sizeBytes: 3, ownerId: user.id });
    expect(row.sha256).toHaveLength(64);

    const second = await withStoredUpload(upload(user.id, 'two'), async (tx, fileId) => {
      await tx.storedFile.delete({ where: { id: first.id } });
      return { result: fileId, obsoleteKeys: [first.key] };
    });
    expect(onDisk(first.key)).toBe(false);
    const kept = await db.storedFile.findUniqueOrThrow({ where: { id: second! } });
    expect((await getFileStore().get(kept.key)).toString()).toBe('two');
  });

  it('removes the bytes again when the transaction fails', async () => {
    const { user } = await makeLearner();
    let key = '';
    await expect(
      withStoredUpload(upload(user.id, 'doomed'), async (tx, fileId) => {
        key = (await tx.storedFile.findUniqueOrThrow({ where: { id: fileId! } })).key;
        expect(onDisk(key)).toBe(true);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(onDisk(key)).toBe(false);
    expect(await db.storedFile.count({ where: { key } })).toBe(0);
  });

  it('runs without an upload', async () => {
    expect(await withStoredUpload(null, async (_tx, fileId) => ({ result: fileId }))).toBeNull();
  });
});

describe('unique violations from the real engine', () => {
  it('are recognised by lib/errors', async () => {
    const { user } = await makeLearner();
    const error = await db.user
      .create({ data: { username: user.username, firstName: 'A', lastName: 'B', organisationId: user.organisationId } })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(fromPrismaError(error, 'taken')).toEqual(new ConflictError('taken'));
  });
});
