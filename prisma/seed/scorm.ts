// Every eLearning activity in the demo gets one of the two sample packages built from ./scorm (SCORM 2004 4th
// Edition for Data Protection, SCORM 1.2 and 2004 alternately for the rest). The two unpacked packages are
// stored once each and shared, so the seed stays fast.
import { writeFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspectPackage, unpackPackage, DEFAULT_LIMITS, type UnpackedPackage } from '../../lib/scorm/package';
import { getObjectStore } from '../../lib/storage/object-store';
import type { ObjectStore } from '../../lib/storage/object-types';
import type { SeedContext } from './context';
import { buildDemoPackage, type DemoScormVersion } from './scorm/build';

export const DEMO_SCORM_KEYS: Record<DemoScormVersion, string> = {
  SCORM_12: 'scorm/demo-scorm12-v1',
  SCORM_2004: 'scorm/demo-scorm2004-v1',
};

/** Stores a sample package under its fixed key unless it is already there; returns what its manifest says. */
export async function ensureDemoPackage(
  version: DemoScormVersion,
  store: ObjectStore = getObjectStore(),
): Promise<UnpackedPackage> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ilearn-seed-scorm-'));
  try {
    const file = path.join(dir, 'package.zip');
    await writeFile(file, await buildDemoPackage(version));
    const info = await inspectPackage(file, DEFAULT_LIMITS);
    const key = DEMO_SCORM_KEYS[version];
    if (!(await store.exists(`${key}/course.js`))) await unpackPackage(file, store, key);
    return info;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function seedScormPackages(ctx: SeedContext): Promise<void> {
  const infos = {
    SCORM_12: await ensureDemoPackage('SCORM_12'),
    SCORM_2004: await ensureDemoPackage('SCORM_2004'),
  };
  const activities = await ctx.db.activity.findMany({
    where: { type: 'SCORM' },
    orderBy: { id: 'asc' },
    select: { id: true, name: true },
  });
  await ctx.db.scormPackage.createMany({
    data: activities.map((a, i) => {
      const version: DemoScormVersion = /data protection/i.test(a.name) || i % 2 === 1 ? 'SCORM_2004' : 'SCORM_12';
      const info = infos[version];
      return {
        activityId: a.id,
        version,
        schemaVersion: info.schemaVersion,
        title: a.name,
        launchPath: info.launchPath,
        storageKey: DEMO_SCORM_KEYS[version],
        manifest: { identifier: info.identifier },
        sizeBytes: info.sizeBytes,
        fileCount: info.fileCount,
        originalFilename: version === 'SCORM_12' ? 'ilearn-sample-scorm12.zip' : 'ilearn-sample-scorm2004.zip',
        uploadedAt: ctx.clock.months(-12),
      };
    }),
  });
}
