// SCORM writes: storing a package on an eLearning activity, launching an attempt, storing commits in order,
// and archiving or resetting a learner's tracks. Every function takes the viewer and checks it first.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Viewer } from '@/lib/auth/viewer';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { recordActivityFacts } from '@/lib/completion/facts';
import { getActivityAccess } from '@/lib/completion/queries';
import { db } from '@/lib/db';
import { ConflictError, NotFoundError, UserError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getObjectStore } from '@/lib/storage/object-store';
import type { ObjectStore } from '@/lib/storage/object-types';
import { DEFAULT_LIMITS, receiveUpload, storePackageFile, type PackageLimits } from './package';
import { decideLaunch, isAttemptFinished, readTrack, trackFacts, type ScormVersionName, type Track } from './rules';

type Tx = Prisma.TransactionClient;

async function manageableScormActivity(viewer: Viewer, activityId: number) {
  const activity =
    Number.isInteger(activityId) && activityId > 0
      ? await db.activity.findUnique({
          where: { id: activityId },
          select: { id: true, courseId: true, type: true, scormPackage: { select: { id: true, storageKey: true } } },
        })
      : null;
  if (!activity) throw new NotFoundError('We could not find that activity.');
  await requireCourseManager(viewer, activity.courseId);
  if (activity.type !== 'SCORM') throw new UserError('Only eLearning activities take a SCORM package.');
  return activity;
}

/** Removes a package folder once no package refers to it any more (the demo packages share one copy). */
async function removeIfUnused(store: ObjectStore, storageKey: string): Promise<void> {
  const users = await db.scormPackage.count({ where: { storageKey } });
  if (users === 0) await store.removePrefix(storageKey);
}

export type UploadResult = { packageId: number; version: ScormVersionName; title: string; replaced: boolean };

/**
 * Validates an uploaded package (as a stream), unpacks it into the store and attaches it to the activity.
 * Replacing a package keeps the learners' attempts: they belong to the package row, which is updated in place.
 */
export async function uploadScormPackage(
  viewer: Viewer,
  input: { activityId: number; body: Readable; filename: string | null },
  options: { store?: ObjectStore; limits?: PackageLimits } = {},
): Promise<UploadResult> {
  const activity = await manageableScormActivity(viewer, input.activityId);
  const store = options.store ?? getObjectStore();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const upload = await receiveUpload(input.body, limits);
  const storageKey = `scorm/${randomUUID()}`;
  try {
    const info = await storePackageFile(upload.file, store, storageKey, limits);
    const data = {
      version: info.version,
      schemaVersion: info.schemaVersion,
      title: info.title,
      launchPath: `${info.launchPath}${info.launchQuery}`,
      storageKey,
      manifest: { identifier: info.identifier },
      sizeBytes: info.sizeBytes,
      fileCount: info.fileCount,
      originalFilename: input.filename?.slice(0, 255) ?? null,
      uploadedById: viewer.id,
      uploadedAt: new Date(),
    };
    let saved: { id: number };
    try {
      saved = await db.scormPackage.upsert({
        where: { activityId: activity.id },
        create: { activityId: activity.id, ...data },
        update: data,
        select: { id: true },
      });
    } catch (error) {
      await store.removePrefix(storageKey).catch(() => undefined);
      throw error;
    }
    if (activity.scormPackage && activity.scormPackage.storageKey !== storageKey) {
      await removeIfUnused(store, activity.scormPackage.storageKey).catch(() => undefined);
    }
    return { packageId: saved.id, version: info.version, title: info.title, replaced: !!activity.scormPackage };
  } finally {
    await upload.cleanup();
  }
}

/** The CMI data the runtime starts an attempt with (what scorm-again's loadFromJSON takes). */
export function startingCmi(
  version: ScormVersionName,
  attempt: {
    cmi: unknown;
    location: string | null;
    suspendData: string | null;
    exitMode: string | null;
    totalTimeSeconds: number;
    commitSeq: number;
  },
  learner: { id: number; name: string },
  masteryScore: number | null,
): Record<string, unknown> {
  const stored = (attempt.cmi && typeof attempt.cmi === 'object' ? attempt.cmi : {}) as Record<string, unknown>;
  const resumed = attempt.commitSeq > 0;
  const entry = !resumed ? 'ab-initio' : attempt.exitMode === 'suspend' ? 'resume' : '';
  const t = attempt.totalTimeSeconds;
  if (version === 'SCORM_12') {
    const core = (stored.core && typeof stored.core === 'object' ? stored.core : {}) as Record<string, unknown>;
    const hh = String(Math.floor(t / 3600)).padStart(4, '0');
    const mm = String(Math.floor((t % 3600) / 60)).padStart(2, '0');
    const ss = String(t % 60).padStart(2, '0');
    return {
      ...(resumed && stored.objectives ? { objectives: stored.objectives } : {}),
      suspend_data: attempt.suspendData ?? '',
      ...(masteryScore !== null ? { student_data: { mastery_score: String(masteryScore) } } : {}),
      core: {
        student_id: String(learner.id),
        student_name: learner.name,
        lesson_location: attempt.location ?? '',
        lesson_status: resumed && typeof core.lesson_status === 'string' ? core.lesson_status : 'not attempted',
        ...(resumed && core.score ? { score: core.score } : {}),
        entry,
        credit: 'credit',
        total_time: `${hh}:${mm}:${ss}`,
      },
    };
  }
  const keep = (key: string) => (resumed && stored[key] !== undefined ? { [key]: stored[key] } : {});
  return {
    learner_id: String(learner.id),
    learner_name: learner.name,
    location: attempt.location ?? '',
    suspend_data: attempt.suspendData ?? '',
    entry,
    credit: 'credit',
    mode: 'normal',
    total_time: `PT${t}S`,
    ...keep('completion_status'),
    ...keep('success_status'),
    ...keep('score'),
    ...keep('objectives'),
    ...keep('progress_measure'),
  };
}

export type LaunchResult = {
  attemptId: number;
  attemptNumber: number;
  kind: 'resume' | 'new' | 'review';
  reason: string | null;
  version: ScormVersionName;
  lastSeq: number;
  launchUrl: string;
  cmi: Record<string, unknown>;
  courseId: number;
};

const ATTEMPT_TRACK_SELECT = {
  id: true,
  attemptNumber: true,
  completionStatus: true,
  successStatus: true,
  cmi: true,
  location: true,
  suspendData: true,
  exitMode: true,
  totalTimeSeconds: true,
  commitSeq: true,
} as const;

/**
 * Opens the learner's attempt: resumes an unfinished one (with its location and suspend data), starts a new one
 * when allowed and asked for, or reopens the last. Only for learners the activity is available to.
 */
export async function launchScormAttempt(
  viewer: Viewer,
  input: { activityId: number; newAttempt: boolean },
): Promise<LaunchResult> {
  const access = await getActivityAccess(viewer, input.activityId);
  if (access.activity.type !== 'SCORM') throw new NotFoundError('We could not find that activity.');
  if (!access.available) throw new UserError(access.lockedReasons[0] ?? 'This eLearning is not available to you yet.');
  const pkg = await db.scormPackage.findUnique({
    where: { activityId: access.activity.id },
    select: { id: true, version: true, maxAttempts: true, newAttemptOnCompletion: true },
  });
  if (!pkg) throw new UserError('This eLearning has no content yet. Please try again later.');
  const version = pkg.version as ScormVersionName;
  const run = () =>
    db.$transaction(async (tx: Tx) => {
      const attempts = await tx.scormAttempt.findMany({
        where: { packageId: pkg.id, userId: viewer.id },
        orderBy: { attemptNumber: 'desc' },
        select: { ...ATTEMPT_TRACK_SELECT, archivedAt: true },
      });
      const active = attempts.filter((a) => a.archivedAt === null);
      const latest = active[0] ?? null;
      const decision = decideLaunch({
        latest,
        activeAttempts: active.length,
        maxAttempts: pkg.maxAttempts,
        newAttemptOnCompletion: pkg.newAttemptOnCompletion,
        wantsNewAttempt: input.newAttempt,
        highestAttemptNumber: attempts[0]?.attemptNumber ?? 0,
      });
      const attempt =
        decision.kind === 'new'
          ? await tx.scormAttempt.create({
              data: { packageId: pkg.id, userId: viewer.id, attemptNumber: decision.attemptNumber },
              select: ATTEMPT_TRACK_SELECT,
            })
          : latest!;
      return { decision, attempt };
    });
  let result: Awaited<ReturnType<typeof run>>;
  try {
    result = await run();
  } catch (error) {
    // Two launches at once both tried to create the attempt: the second one resumes the first one's.
    if ((error as { code?: string }).code !== 'P2002') throw error;
    result = await run();
  }
  const { decision, attempt } = result;
  return {
    attemptId: attempt.id,
    attemptNumber: attempt.attemptNumber,
    kind: decision.kind,
    reason: decision.kind === 'review' ? decision.reason : null,
    version,
    lastSeq: attempt.commitSeq,
    launchUrl: await launchUrlOf(access.activity.id),
    cmi: startingCmi(version, attempt, { id: viewer.id, name: `${viewer.lastName}, ${viewer.firstName}` }, null),
    courseId: access.course.id,
  };
}

async function launchUrlOf(activityId: number): Promise<string> {
  const pkg = await db.scormPackage.findUnique({ where: { activityId }, select: { launchPath: true } });
  const path = (pkg?.launchPath ?? '')
    .split('?')
    .map((part, i) => (i === 0 ? part.split('/').map(encodeURIComponent).join('/') : part))
    .join('?');
  return `/scorm/${activityId}/content/${path}`;
}

/**
 * Merges what a commit reports into what is stored. Completion is kept once reached and a pass is never taken
 * back by a later review of the same attempt; a failed attempt can still become a pass.
 */
export function mergeTrack(
  stored: { completionStatus: string; successStatus: string },
  incoming: Track,
): Pick<Track, 'completionStatus' | 'successStatus'> & { keepScore: boolean } {
  const completionStatus =
    stored.completionStatus === 'completed' && incoming.completionStatus !== 'completed'
      ? 'completed'
      : incoming.completionStatus;
  const regress = stored.successStatus === 'passed' && incoming.successStatus !== 'passed';
  return {
    completionStatus,
    successStatus: regress ? 'passed' : incoming.successStatus,
    keepScore: regress,
  };
}

export type CommitResult = { stored: boolean; seq: number; finished: boolean };

const MAX_CMI_CHARS = 1_000_000;
// A burst of commits (a class starting a module together) waits for a connection rather than failing after
// Prisma's default 2 s: the browser would retry anyway, but a 500 is noise and a retry is another round trip.
const COMMIT_TRANSACTION = { maxWait: 10_000, timeout: 15_000 };

/**
 * Stores one commit of the learner's own attempt. Commits carry a sequence number per attempt: a repeat or a
 * late, older commit is acknowledged and ignored, so retries are safe and newer data is never overwritten.
 */
export async function commitScormAttempt(
  viewer: Viewer,
  input: { attemptId: number; seq: number; terminate: boolean; cmi: Record<string, unknown> },
): Promise<CommitResult> {
  if (JSON.stringify(input.cmi).length > MAX_CMI_CHARS) throw new UserError('The eLearning sent too much data.');
  // One statement checks the attempt is the viewer's own and that they are still enrolled (commits come every few
  // seconds from every learner in a module; the launch already checked everything else).
  const owned = await db.scormAttempt.findFirst({
    where: { id: input.attemptId, userId: viewer.id },
    select: {
      archivedAt: true,
      package: {
        select: {
          activity: {
            select: { course: { select: { enrolments: { where: { userId: viewer.id }, select: { status: true } } } } },
          },
        },
      },
    },
  });
  if (!owned) throw new NotFoundError('We could not find that attempt.');
  if (owned.archivedAt) {
    throw new ConflictError('This attempt was reset, so it can no longer be saved. Open the eLearning again.');
  }
  if (owned.package.activity.course.enrolments[0]?.status !== 'ACTIVE') {
    throw new UserError('You are no longer enrolled on this course, so progress cannot be saved.');
  }
  const at = new Date();
  return db.$transaction(async (tx: Tx) => {
    const rows = await tx.$queryRaw<{ commitSeq: number; archivedAt: Date | null }[]>`
      SELECT "commitSeq", "archivedAt" FROM "ScormAttempt" WHERE "id" = ${input.attemptId} FOR UPDATE`;
    const row = rows[0];
    if (!row || row.archivedAt) throw new ConflictError('This attempt was reset, so it can no longer be saved.');
    const attempt = await tx.scormAttempt.findUniqueOrThrow({
      where: { id: input.attemptId },
      select: {
        completionStatus: true,
        successStatus: true,
        scoreRaw: true,
        scoreMin: true,
        scoreMax: true,
        scoreScaled: true,
        totalTimeSeconds: true,
        finishedAt: true,
        package: { select: { version: true, activityId: true } },
      },
    });
    if (input.seq <= row.commitSeq) {
      return { stored: false, seq: row.commitSeq, finished: isAttemptFinished(attempt) };
    }
    // scorm-again commits { cmi: {...} }; the inner object is what we keep.
    const cmi = (
      input.cmi.cmi && typeof input.cmi.cmi === 'object' ? input.cmi.cmi : input.cmi
    ) as Prisma.InputJsonObject;
    const track = readTrack(attempt.package.version as ScormVersionName, cmi);
    const merged = mergeTrack(attempt, track);
    const scoreFields = merged.keepScore
      ? {}
      : {
          scoreRaw: track.scoreRaw,
          scoreMin: track.scoreMin,
          scoreMax: track.scoreMax,
          scoreScaled: track.scoreScaled,
        };
    const updated = await tx.scormAttempt.update({
      where: { id: input.attemptId },
      data: {
        commitSeq: input.seq,
        completionStatus: merged.completionStatus,
        successStatus: merged.successStatus,
        ...scoreFields,
        location: track.location,
        suspendData: track.suspendData,
        exitMode: track.exitMode,
        sessionTimeSeconds: track.sessionTimeSeconds,
        totalTimeSeconds: track.totalTimeSeconds ?? attempt.totalTimeSeconds,
        objectives: track.objectives,
        interactionCount: track.interactionCount,
        cmi,
        lastCommitAt: at,
        ...(input.terminate && !attempt.finishedAt ? { finishedAt: at } : {}),
      },
      select: {
        completionStatus: true,
        successStatus: true,
        scoreRaw: true,
        scoreMin: true,
        scoreMax: true,
        scoreScaled: true,
      },
    });
    const num = (d: Prisma.Decimal | null) => (d === null ? null : Number(d));
    // Most commits (every few seconds mid-module) change neither status nor score: the completion layer only
    // hears about the ones that do, and about every finish, which keeps a commit a few short statements.
    const SCORES = ['scoreRaw', 'scoreMin', 'scoreMax', 'scoreScaled'] as const;
    const changed =
      input.terminate ||
      updated.completionStatus !== attempt.completionStatus ||
      updated.successStatus !== attempt.successStatus ||
      SCORES.some((k) => num(updated[k]) !== num(attempt[k]));
    if (changed)
      await recordActivityFacts(tx, {
        userId: viewer.id,
        activityId: attempt.package.activityId,
        at,
        facts: trackFacts({
          completionStatus: updated.completionStatus as Track['completionStatus'],
          successStatus: updated.successStatus as Track['successStatus'],
          scoreRaw: num(updated.scoreRaw),
          scoreMin: num(updated.scoreMin),
          scoreMax: num(updated.scoreMax),
          scoreScaled: num(updated.scoreScaled),
        }),
      });
    return { stored: true, seq: input.seq, finished: isAttemptFinished(updated) };
  }, COMMIT_TRANSACTION);
}

/** Archives a learner's attempts on a course's eLearning (course reset): kept in the history, no longer used. */
export async function archiveScormAttempts(tx: Tx, input: { userId: number; courseId: number }): Promise<number> {
  const { count } = await tx.scormAttempt.updateMany({
    where: { userId: input.userId, archivedAt: null, package: { activity: { courseId: input.courseId } } },
    data: { archivedAt: new Date() },
  });
  return count;
}

/** An admin resets a learner's tracks on one eLearning activity: attempts archived, the activity not complete. */
export async function resetLearnerScormTracks(
  viewer: Viewer,
  input: { activityId: number; userId: number },
): Promise<{ archived: number }> {
  const activity = await manageableScormActivity(viewer, input.activityId);
  if (!activity.scormPackage) throw new NotFoundError('This activity has no package.');
  const packageId = activity.scormPackage.id;
  return db.$transaction(async (tx: Tx) => {
    const { count } = await tx.scormAttempt.updateMany({
      where: { packageId, userId: input.userId, archivedAt: null },
      data: { archivedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError('This learner has no attempts to reset.');
    await tx.activityCompletion.updateMany({
      where: { activityId: activity.id, userId: input.userId },
      data: { state: 'INCOMPLETE', completedAt: null, overriddenById: null },
    });
    await recordActivityFacts(tx, { userId: input.userId, activityId: activity.id, facts: {} });
    return { archived: count };
  });
}

/** Attempt settings of the activity's package (maximum attempts, new attempt after completion). */
export async function updateScormSettings(
  viewer: Viewer,
  input: { activityId: number; maxAttempts: number; newAttemptOnCompletion: boolean },
): Promise<void> {
  const activity = await manageableScormActivity(viewer, input.activityId);
  if (!activity.scormPackage) throw new UserError('Upload a package first.');
  await db.scormPackage.update({
    where: { id: activity.scormPackage.id },
    data: { maxAttempts: input.maxAttempts, newAttemptOnCompletion: input.newAttemptOnCompletion },
  });
}
