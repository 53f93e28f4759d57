/** @jest-environment node */
// The S3 driver of the object store against a real S3 API (s3rver, started here): packages uploaded through one
// app instance are launched and served through another, a replaced package's files go, a refused one leaves none;
// whole files (evidence, activity files) share the bucket.
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { db } from '@/lib/db';
import { parseEnv, type S3Settings } from '@/lib/env';
import { launchScormAttempt, uploadScormPackage } from '@/lib/scorm/commands';
import { getScormContentFile } from '@/lib/scorm/queries';
import { createS3ObjectStore } from '@/lib/storage/s3';
import { getFileStore } from '@/lib/storage/store';
import { buildDemoPackage } from '../../../prisma/seed/scorm/build';
import { disconnect, resetDb } from '../../helpers/db';
import { makeScormCourse, zipOf } from '../../factories/scorm';

const BUCKET = 'ilearn-packages';
const dir = mkdtempSync(path.join(tmpdir(), 'ilearn-s3rver-'));
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: dir,
  configureBuckets: [{ name: BUCKET, configs: [] }],
});
let settings: S3Settings;

beforeAll(async () => {
  await resetDb();
  const { port } = await server.run();
  // The settings as lib/env.ts reads them from the environment an operator would set.
  const env = parseEnv({
    STORAGE_DRIVER: 's3',
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_PREFIX: '/ilearn/',
  });
  if (env.storage.driver !== 's3') throw new Error('expected the s3 driver');
  settings = env.storage.s3;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  await disconnect();
});

/** Two app instances: each has its own S3 client over the same bucket. */
const instance = () => createS3ObjectStore(settings);

async function keysUnder(prefix: string): Promise<string[]> {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const page = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  client.destroy();
  return (page.Contents ?? []).map((o) => o.Key ?? '').sort();
}

async function text(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

const source = (file: string) => readFileSync(path.join(__dirname, '../../../prisma/seed/scorm/content', file), 'utf8');

describe('SCORM packages in an S3 bucket', () => {
  it('uploads through one instance; another launches it and serves its files with their content types', async () => {
    const s = await makeScormCourse({ version: 'SCORM_2004', store: instance() });
    const pkg = await db.scormPackage.findUniqueOrThrow({ where: { activityId: s.activity.id } });
    expect(await keysUnder(`ilearn/${pkg.storageKey}/`)).toEqual(
      ['course.css', 'course.js', 'imsmanifest.xml', 'index.html'].map((f) => `ilearn/${pkg.storageKey}/${f}`),
    );

    const launch = await launchScormAttempt(s.learner.viewer, { activityId: s.activity.id, newAttempt: false });
    expect(launch).toMatchObject({ kind: 'new', version: 'SCORM_2004' });
    expect(launch.launchUrl).toBe(`/scorm/${s.activity.id}/content/index.html`);

    const other = instance();
    const page = await getScormContentFile(s.learner.viewer, s.activity.id, ['index.html'], other);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(await text(page.body)).toBe(source('index.html'));
    const script = await getScormContentFile(s.learner.viewer, s.activity.id, ['course.js'], other);
    expect(script.contentType).toBe('text/javascript; charset=utf-8');
    expect(script.size).toBe(Buffer.byteLength(source('course.js')));
    expect(await text(script.body)).toBe(source('course.js'));
    await expect(getScormContentFile(s.learner.viewer, s.activity.id, ['missing.js'], other)).rejects.toThrow(
      'Not found',
    );
  });

  it('replacing a package removes the old files from the bucket; a refused package stores none', async () => {
    const s = await makeScormCourse({ store: instance() });
    const old = await db.scormPackage.findUniqueOrThrow({ where: { activityId: s.activity.id } });
    await uploadScormPackage(
      s.admin.viewer,
      { activityId: s.activity.id, body: Readable.from([await buildDemoPackage('SCORM_2004')]), filename: 'v2.zip' },
      { store: instance() },
    );
    const now = await db.scormPackage.findUniqueOrThrow({ where: { activityId: s.activity.id } });
    expect(now.storageKey).not.toBe(old.storageKey);
    expect(await keysUnder(`ilearn/${old.storageKey}/`)).toEqual([]);
    expect(await keysUnder(`ilearn/${now.storageKey}/`)).toHaveLength(4);

    const before = await keysUnder('ilearn/');
    await expect(
      uploadScormPackage(
        s.admin.viewer,
        { activityId: s.activity.id, body: Readable.from([await zipOf([['a.html', 'x']])]), filename: 'bad.zip' },
        { store: instance() },
      ),
    ).rejects.toThrow(/no imsmanifest\.xml/);
    expect(await keysUnder('ilearn/')).toEqual(before);
  });

  it('keeps whole files (evidence, activity files) in the same bucket', async () => {
    const files = getFileStore(instance());
    await files.put('evidence/2026/s3-test', Buffer.from('certificate of attendance'));
    expect((await getFileStore(instance()).get('evidence/2026/s3-test')).toString()).toBe('certificate of attendance');
    expect(await keysUnder('ilearn/evidence/')).toEqual(['ilearn/evidence/2026/s3-test']);
    await files.delete('evidence/2026/s3-test');
    await files.delete('evidence/2026/s3-test');
    await expect(files.get('evidence/2026/s3-test')).rejects.toThrow('We could not find that file.');
  });
});
