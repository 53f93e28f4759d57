/** @jest-environment node */
// Bad packages uploaded by an L&D admin: each one is refused with a message that says what is wrong, and nothing
// is kept (no package row, no files in the store, the previous package untouched).
import { readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { db } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { uploadScormPackage } from '@/lib/scorm/commands';
import { DEFAULT_LIMITS, type PackageLimits } from '@/lib/scorm/package';
import { demoManifest } from '../../../prisma/seed/scorm/build';
import { disconnect, resetDb } from '../../helpers/db';
import { makeActivity, makeCourse, makeLdAdmin, makeTeam } from '../../factories/learning';
import { makeScormCourse, packageWith, renameInZip, tempStore, zipOf } from '../../factories/scorm';

beforeAll(resetDb);
afterAll(disconnect);

async function emptyActivity() {
  const team = await makeTeam();
  const course = await makeCourse({ ownerTeamId: team.id });
  const activity = await makeActivity(course.id, { type: 'SCORM', name: 'Legionella eLearning' });
  const admin = await makeLdAdmin(team.id);
  return { activity, admin, ...tempStore() };
}

async function refusal(bytes: Buffer, limits?: Partial<PackageLimits>) {
  const s = await emptyActivity();
  const error = await uploadScormPackage(
    s.admin.viewer,
    { activityId: s.activity.id, body: Readable.from([bytes]), filename: 'course.zip' },
    { store: s.store, limits: { ...DEFAULT_LIMITS, ...limits } },
  ).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect(await db.scormPackage.count({ where: { activityId: s.activity.id } })).toBe(0);
  expect(readdirSync(s.root, { recursive: true })).toEqual([]);
  return (error as UserError).message;
}

const manifestLaunching = (href: string) => demoManifest('SCORM_12').replace('href="index.html"', `href="${href}"`);

describe('bad packages are refused with a clear message and nothing stored', () => {
  it('a file that is not a zip', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7 this is a PDF, not a zip'))).toMatch(/not a valid \.zip file/);
  });

  it('an empty file', async () => {
    expect(await refusal(Buffer.alloc(0))).toMatch(/file is empty/);
  });

  it('a zip without imsmanifest.xml (or with it inside a folder)', async () => {
    expect(await refusal(await zipOf([['index.html', '<html></html>']]))).toMatch(/no imsmanifest\.xml/);
    const nested = await zipOf([
      ['course/imsmanifest.xml', demoManifest('SCORM_12')],
      ['course/index.html', ''],
    ]);
    expect(await refusal(nested)).toMatch(/Zip the contents of the course folder, not the folder itself/);
  });

  it('a manifest that is not XML, not SCORM, or names no launch file', async () => {
    expect(await refusal(await zipOf([['imsmanifest.xml', '<manifest><unclosed></manifest']]))).toMatch(
      /not valid XML/,
    );
    const ims = '<manifest identifier="x"><metadata><schemaversion>CAM 1.1</schemaversion></metadata></manifest>';
    expect(await refusal(await zipOf([['imsmanifest.xml', ims]]))).toMatch(
      /does not say it is SCORM 1\.2 or SCORM 2004/,
    );
    const noHref = demoManifest('SCORM_12').replace('href="index.html"', '');
    expect(await refusal(await zipOf([['imsmanifest.xml', noHref]]))).toMatch(/does not name a launch file/);
  });

  it('a manifest whose launch file is missing, outside the package or on another site', async () => {
    expect(await refusal(await packageWith([], manifestLaunching('start/story.html')))).toBe(
      'The manifest’s launch file "start/story.html" is not in the package.',
    );
    expect(await refusal(await packageWith([], manifestLaunching('../index.html')))).toMatch(/outside the package/);
    expect(await refusal(await packageWith([], manifestLaunching('https://example.com/x.html')))).toMatch(
      /points to another web site/,
    );
  });

  it('zip-slip paths (also with backslashes), absolute paths and symbolic links', async () => {
    const slip = renameInZip(await packageWith([['zz/evil.txt', 'x']]), 'zz/evil.txt', '../evil.txt');
    expect(await refusal(slip)).toMatch(/a path that leaves the package \("\.\.\/evil\.txt"\)/);
    const deep = renameInZip(await packageWith([['a/zz/zz/x.js', 'x']]), 'a/zz/zz/x.js', 'a/../../x.js');
    expect(await refusal(deep)).toMatch(/leaves the package/);
    const absolute = renameInZip(await packageWith([['zetc/passwd', 'x']]), 'zetc/passwd', '/etc/passwd');
    expect(await refusal(absolute)).toMatch(/an absolute path \("\/etc\/passwd"\)/);
    const windows = renameInZip(await packageWith([['zz/x.js', 'x']]), 'zz/x.js', 'C:/x.js');
    expect(await refusal(windows)).toMatch(/absolute path/);
    // Windows tools write backslashes; they are read as folder separators, so "..\\" is caught too.
    const backslash = renameInZip(await packageWith([['zz/evil.txt', 'x']]), 'zz/evil.txt', '..\\evil.txt');
    expect(await refusal(backslash)).toMatch(/leaves the package/);
    const link = await packageWith([['secret', '/etc/passwd', 0o120777]]);
    expect(await refusal(link)).toMatch(/symbolic link \("secret"\)/);
  });

  it('the same file twice', async () => {
    const twice = renameInZip(await packageWith([['index.htmz', 'x']]), 'index.htmz', 'INDEX.html');
    expect(await refusal(twice)).toMatch(/contains "INDEX\.html" twice/);
  });

  it('over the upload size, the unpacked size, the file count or the compression ratio', async () => {
    const ok = await packageWith([['media/a.bin', Buffer.alloc(4000, 7)]]);
    expect(await refusal(ok, { maxUploadBytes: ok.length - 1 })).toMatch(/larger than the \d+ KB upload limit/);
    expect(await refusal(ok, { maxUnzippedBytes: 3000 })).toMatch(/Unpacked, the package is larger than/);
    expect(await refusal(ok, { maxFiles: 4 })).toBe('The package has 5 files; the limit is 4.');
    const bomb = await packageWith([['media/zeros.bin', Buffer.alloc(20 * 1024 * 1024)]]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await refusal(bomb)).toMatch(/unpacks to more than 50 times its size.*zip bomb/);
  });

  it('a damaged zip (truncated download)', async () => {
    const whole = await packageWith([['media/a.bin', Buffer.alloc(4000, 7)]]);
    expect(await refusal(whole.subarray(0, Math.floor(whole.length / 2)))).toMatch(/not a valid \.zip file|damaged/);
  });

  it('a bad replacement leaves the working package and its files in place', async () => {
    const s = await makeScormCourse();
    const before = await db.scormPackage.findUniqueOrThrow({ where: { activityId: s.activity.id } });
    await expect(
      uploadScormPackage(
        s.admin.viewer,
        { activityId: s.activity.id, body: Readable.from([await zipOf([['a.txt', 'x']])]), filename: 'new.zip' },
        { store: s.store },
      ),
    ).rejects.toThrow(/no imsmanifest\.xml/);
    expect(await db.scormPackage.findUniqueOrThrow({ where: { activityId: s.activity.id } })).toEqual(before);
    expect(await s.store.exists(`${before.storageKey}/index.html`)).toBe(true);
  });
});
