// SCORM reads: the learner's view of an eLearning activity, package files for the player, and the admin report.
import type { Viewer } from '@/lib/auth/viewer';
import { canManageCourse } from '@/lib/auth/course-manager';
import { requireCourseManager } from '@/lib/auth/course-manager';
import { getActivityAccess } from '@/lib/completion/queries';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getObjectStore } from '@/lib/storage/object-store';
import type { ObjectStore, StoredObject } from '@/lib/storage/object-types';
import { contentTypeOf } from './content-types';
import { normalisePackagePath } from './manifest';
import { explainIncomplete, isAttemptFinished, scorePercent, type ObjectiveTrack } from './rules';

const num = (d: Prisma.Decimal | null) => (d === null ? null : Number(d));

function objectivesOf(value: unknown): Pick<ObjectiveTrack, 'name' | 'done'>[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((o) =>
    o && typeof o === 'object' && typeof (o as ObjectiveTrack).name === 'string'
      ? [{ name: (o as ObjectiveTrack).name, done: (o as ObjectiveTrack).done === true }]
      : [],
  );
}

export type AttemptSummary = {
  attemptNumber: number;
  completionStatus: string;
  successStatus: string;
  scorePercent: number | null;
  totalTimeSeconds: number;
  startedAt: Date;
  lastCommitAt: Date | null;
  archived: boolean;
};

export type ScormActivityView = {
  activity: { id: number; name: string; courseId: number };
  course: { id: number; fullName: string };
  enrolled: boolean;
  available: boolean;
  lockedReasons: string[];
  hasPackage: boolean;
  maxAttempts: number;
  attempts: AttemptSummary[];
  /** Why the activity is not complete yet, from what the package reported; empty when nothing to say. */
  whyIncomplete: string[];
  canStartNewAttempt: boolean;
  state: string | null;
};

/** The learner's view of one eLearning activity: may they open it, their attempts, and why it is not complete. */
export async function getScormActivityView(viewer: Viewer, activityId: number): Promise<ScormActivityView> {
  const access = await getActivityAccess(viewer, activityId);
  if (access.activity.type !== 'SCORM') throw new NotFoundError('We could not find that activity.');
  const [pkg, activity, completion] = await Promise.all([
    db.scormPackage.findUnique({
      where: { activityId },
      select: {
        maxAttempts: true,
        newAttemptOnCompletion: true,
        attempts: {
          where: { userId: viewer.id },
          orderBy: { attemptNumber: 'desc' },
          select: {
            attemptNumber: true,
            completionStatus: true,
            successStatus: true,
            scoreRaw: true,
            scoreMin: true,
            scoreMax: true,
            scoreScaled: true,
            totalTimeSeconds: true,
            startedAt: true,
            lastCommitAt: true,
            archivedAt: true,
            objectives: true,
          },
        },
      },
    }),
    db.activity.findUniqueOrThrow({ where: { id: activityId }, select: { requireMinScore: true } }),
    db.activityCompletion.findUnique({
      where: { activityId_userId: { activityId, userId: viewer.id } },
      select: { state: true },
    }),
  ]);
  const attempts = (pkg?.attempts ?? []).map((a) => {
    const score = {
      scoreRaw: num(a.scoreRaw),
      scoreMin: num(a.scoreMin),
      scoreMax: num(a.scoreMax),
      scoreScaled: num(a.scoreScaled),
    };
    return { ...a, ...score, percent: scorePercent(score) };
  });
  const current = attempts.find((a) => a.archivedAt === null) ?? null;
  const state = completion?.state ?? null;
  const complete = state === 'COMPLETE' || state === 'COMPLETE_PASS';
  const whyIncomplete =
    current && !complete
      ? explainIncomplete({
          track: {
            completionStatus: current.completionStatus as 'incomplete',
            successStatus: current.successStatus as 'unknown',
            scoreRaw: current.scoreRaw,
            scoreMin: current.scoreMin,
            scoreMax: current.scoreMax,
            scoreScaled: current.scoreScaled,
            objectives: objectivesOf(current.objectives),
          },
          requireMinScore: num(activity.requireMinScore),
        })
      : [];
  const activeCount = attempts.filter((a) => a.archivedAt === null).length;
  return {
    activity: { id: access.activity.id, name: access.activity.name, courseId: access.activity.courseId },
    course: access.course,
    enrolled: access.enrolled,
    available: access.available,
    lockedReasons: access.lockedReasons,
    hasPackage: !!pkg,
    maxAttempts: pkg?.maxAttempts ?? 0,
    attempts: attempts.map((a) => ({
      attemptNumber: a.attemptNumber,
      completionStatus: a.completionStatus,
      successStatus: a.successStatus,
      scorePercent: a.percent,
      totalTimeSeconds: a.totalTimeSeconds,
      startedAt: a.startedAt,
      lastCommitAt: a.lastCommitAt,
      archived: a.archivedAt !== null,
    })),
    whyIncomplete,
    canStartNewAttempt:
      !!current && isAttemptFinished(current) && (pkg!.maxAttempts === 0 || activeCount < pkg!.maxAttempts),
    state,
  };
}

/** For the course page: per eLearning activity, whether it has content and why it is not complete yet. */
export async function listOwnScormNotes(
  viewer: Viewer,
  courseId: number,
): Promise<Map<number, { hasPackage: boolean; whyIncomplete: string[] }>> {
  const activities = await db.activity.findMany({
    where: { courseId, type: 'SCORM' },
    select: {
      id: true,
      requireMinScore: true,
      completions: { where: { userId: viewer.id }, select: { state: true } },
      scormPackage: {
        select: {
          attempts: {
            where: { userId: viewer.id, archivedAt: null },
            orderBy: { attemptNumber: 'desc' },
            take: 1,
            select: {
              completionStatus: true,
              successStatus: true,
              scoreRaw: true,
              scoreMin: true,
              scoreMax: true,
              scoreScaled: true,
              objectives: true,
            },
          },
        },
      },
    },
  });
  const notes = new Map<number, { hasPackage: boolean; whyIncomplete: string[] }>();
  for (const a of activities) {
    const attempt = a.scormPackage?.attempts[0];
    const state = a.completions[0]?.state;
    const complete = state === 'COMPLETE' || state === 'COMPLETE_PASS';
    notes.set(a.id, {
      hasPackage: !!a.scormPackage,
      whyIncomplete:
        attempt && !complete
          ? explainIncomplete({
              track: {
                completionStatus: attempt.completionStatus as 'incomplete',
                successStatus: attempt.successStatus as 'unknown',
                scoreRaw: num(attempt.scoreRaw),
                scoreMin: num(attempt.scoreMin),
                scoreMax: num(attempt.scoreMax),
                scoreScaled: num(attempt.scoreScaled),
                objectives: objectivesOf(attempt.objectives),
              },
              requireMinScore: num(a.requireMinScore),
            })
          : [],
    });
  }
  return notes;
}

/**
 * One file of the activity's package, for the player frame: only for people the activity is available to
 * (and the course's managers, to preview). The path is normalised and must stay inside the package folder.
 */
export async function getScormContentFile(
  viewer: Viewer,
  activityId: number,
  segments: string[],
  store: ObjectStore = getObjectStore(),
): Promise<StoredObject & { contentType: string }> {
  const access = await getActivityAccess(viewer, activityId);
  const pkg = await db.scormPackage.findUnique({
    where: { activityId },
    select: { storageKey: true, activity: { select: { course: { select: { ownerTeamId: true } } } } },
  });
  if (!pkg) throw new NotFoundError('This eLearning has no content.');
  if (!access.available && !canManageCourse(viewer, pkg.activity.course)) {
    throw new NotFoundError('This eLearning is not available to you.');
  }
  if (segments.some((s) => s === '..' || s === '.' || s.includes('/') || s.includes('\\') || s.includes('\0'))) {
    throw new NotFoundError('Not found');
  }
  const path = normalisePackagePath(segments.join('/'));
  if (!path) throw new NotFoundError('Not found');
  const file = await store.get(`${pkg.storageKey}/${path}`).catch(() => null);
  if (!file) throw new NotFoundError('Not found');
  return { ...file, contentType: contentTypeOf(path) };
}

export type PackageDetails = {
  version: string;
  schemaVersion: string;
  title: string;
  launchPath: string;
  sizeBytes: number;
  fileCount: number;
  originalFilename: string | null;
  uploadedBy: string | null;
  uploadedAt: Date;
  maxAttempts: number;
  newAttemptOnCompletion: boolean;
};

/** The admin view of an eLearning activity's package; null when none is uploaded yet. */
export async function getScormPackageDetails(viewer: Viewer, activityId: number): Promise<PackageDetails | null> {
  const activity = await db.activity.findUnique({ where: { id: activityId }, select: { courseId: true } });
  if (!activity) throw new NotFoundError('We could not find that activity.');
  await requireCourseManager(viewer, activity.courseId);
  const pkg = await db.scormPackage.findUnique({
    where: { activityId },
    select: {
      version: true,
      schemaVersion: true,
      title: true,
      launchPath: true,
      sizeBytes: true,
      fileCount: true,
      originalFilename: true,
      uploadedAt: true,
      maxAttempts: true,
      newAttemptOnCompletion: true,
      uploadedBy: { select: { firstName: true, lastName: true } },
    },
  });
  if (!pkg) return null;
  return {
    ...pkg,
    uploadedBy: pkg.uploadedBy ? `${pkg.uploadedBy.firstName} ${pkg.uploadedBy.lastName}` : null,
  };
}

export type AttemptReportRow = {
  userId: number;
  learner: string;
  username: string;
  attemptNumber: number;
  completionStatus: string;
  successStatus: string;
  scorePercent: number | null;
  totalTimeSeconds: number;
  startedAt: Date;
  lastAccess: Date | null;
  archived: boolean;
};

/** Every attempt on the activity's package, for the course's managers (newest access first). */
export async function listScormAttemptsReport(viewer: Viewer, activityId: number): Promise<AttemptReportRow[]> {
  const activity = await db.activity.findUnique({ where: { id: activityId }, select: { courseId: true } });
  if (!activity) throw new NotFoundError('We could not find that activity.');
  await requireCourseManager(viewer, activity.courseId);
  const attempts = await db.scormAttempt.findMany({
    where: { package: { activityId } },
    orderBy: [{ lastCommitAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: 5000,
    select: {
      userId: true,
      attemptNumber: true,
      completionStatus: true,
      successStatus: true,
      scoreRaw: true,
      scoreMin: true,
      scoreMax: true,
      scoreScaled: true,
      totalTimeSeconds: true,
      startedAt: true,
      lastCommitAt: true,
      archivedAt: true,
      user: { select: { firstName: true, lastName: true, username: true } },
    },
  });
  return attempts.map((a) => ({
    userId: a.userId,
    learner: `${a.user.firstName} ${a.user.lastName}`,
    username: a.user.username,
    attemptNumber: a.attemptNumber,
    completionStatus: a.completionStatus,
    successStatus: a.successStatus,
    scorePercent: scorePercent({
      scoreRaw: num(a.scoreRaw),
      scoreMin: num(a.scoreMin),
      scoreMax: num(a.scoreMax),
      scoreScaled: num(a.scoreScaled),
    }),
    totalTimeSeconds: a.totalTimeSeconds,
    startedAt: a.startedAt,
    lastAccess: a.lastCommitAt,
    archived: a.archivedAt !== null,
  }));
}
