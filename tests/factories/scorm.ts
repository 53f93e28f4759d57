// Factories for the SCORM tests: a course with an eLearning activity, an admin of its team, an enrolled
// learner, the sample packages (built from prisma/seed/scorm) and zips with something wrong with them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { Prisma } from '@/lib/generated/prisma/client';
import { uploadScormPackage } from '@/lib/scorm/commands';
import { createLocalObjectStore } from '@/lib/storage/local-objects';
import type { ObjectStore } from '@/lib/storage/object-types';
import { buildDemoPackage, demoManifest, type DemoScormVersion } from '../../prisma/seed/scorm/build';
import { enrol, makeActivity, makeCourse, makeLdAdmin, makeLearner, makeTeam } from './learning';

export function tempStore(): { store: ObjectStore; root: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'ilearn-store-test-'));
  return { store: createLocalObjectStore(root), root };
}

export async function makeScormCourse(
  options: {
    version?: DemoScormVersion;
    activity?: Partial<Prisma.ActivityUncheckedCreateInput>;
    store?: ObjectStore;
  } = {},
) {
  const team = await makeTeam();
  const course = await makeCourse({ ownerTeamId: team.id, completionEnabled: true });
  const activity = await makeActivity(course.id, {
    type: 'SCORM',
    name: 'Data Protection eLearning',
    requireView: false,
    requireScormStatus: true,
    ...options.activity,
  });
  const admin = await makeLdAdmin(team.id);
  const learner = await makeLearner();
  await enrol(learner.user.id, course.id);
  const store = options.store ?? tempStore().store;
  const upload = await uploadScormPackage(
    admin.viewer,
    {
      activityId: activity.id,
      body: Readable.from([await buildDemoPackage(options.version ?? 'SCORM_12')]),
      filename: 'sample.zip',
    },
    { store },
  );
  return { team, course, activity, admin, learner, store, upload };
}

/** A zip from [name, contents, mode?] entries. */
export function zipOf(entries: [string, string | Buffer, number?][]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, body, mode] of entries) {
    zip.addBuffer(Buffer.isBuffer(body) ? body : Buffer.from(body), name, mode ? { mode } : {});
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** A valid SCORM 1.2 manifest plus extra entries. */
export function packageWith(extra: [string, string | Buffer, number?][], manifest = demoManifest('SCORM_12')) {
  return zipOf([
    ['imsmanifest.xml', manifest],
    ['index.html', '<html></html>'],
    ['course.js', ''],
    ['course.css', ''],
    ...extra,
  ]);
}

/** Replaces a file name inside a zip (same length), for names yazl itself refuses to write ("../x"). */
export function renameInZip(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const out = Buffer.from(zip);
  let at = out.indexOf(from);
  while (at >= 0) {
    out.write(to, at);
    at = out.indexOf(from, at + from.length);
  }
  return out;
}
