// The PAGE / URL / FILE activity page for the viewer, and the file behind a FILE activity.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { getCategoryTrail, type Crumb } from '@/lib/catalogue/categories';
import { getFileStore } from '@/lib/storage/store';
import { getActivityAccess, type ActivityAccess } from './queries';

export type ActivityPage = ActivityAccess & {
  descriptionHtml: string | null;
  contentHtml: string | null;
  url: string | null;
  file: { filename: string; mimeType: string; sizeBytes: number } | null;
  state: string | null;
  trail: Crumb[];
};

const CONTENT_TYPES = new Set(['PAGE', 'URL', 'FILE']);

/** NotFoundError unless the viewer may see the activity and it is a content activity. */
export async function getActivityPage(viewer: Viewer, activityId: number): Promise<ActivityPage> {
  const access = await getActivityAccess(viewer, activityId);
  if (!CONTENT_TYPES.has(access.activity.type)) throw new NotFoundError('We could not find that activity.');
  const [activity, completion, course] = await Promise.all([
    db.activity.findUniqueOrThrow({
      where: { id: activityId },
      select: {
        descriptionHtml: true,
        contentHtml: true,
        url: true,
        file: { select: { filename: true, mimeType: true, sizeBytes: true } },
      },
    }),
    db.activityCompletion.findUnique({
      where: { activityId_userId: { activityId, userId: viewer.id } },
      select: { state: true },
    }),
    db.course.findUniqueOrThrow({ where: { id: access.course.id }, select: { categoryId: true } }),
  ]);
  const trail = await getCategoryTrail(course.categoryId);
  return { ...access, ...activity, state: completion?.state ?? null, trail };
}

/** The bytes of a FILE activity, for a viewer who may open it. */
export async function getActivityFile(
  viewer: Viewer,
  activityId: number,
): Promise<{ filename: string; mimeType: string; bytes: Buffer }> {
  const access = await getActivityAccess(viewer, activityId);
  if (access.activity.type !== 'FILE' || !access.available) throw new NotFoundError('We could not find that file.');
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    select: { file: { select: { key: true, filename: true, mimeType: true } } },
  });
  if (!activity?.file) throw new NotFoundError('We could not find that file.');
  const bytes = await getFileStore().get(activity.file.key);
  return { filename: activity.file.filename, mimeType: activity.file.mimeType, bytes };
}
