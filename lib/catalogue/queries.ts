// Catalogue reads scoped to what the viewer may see.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { courseVisibleWhere } from './visibility';

/** True when the viewer may see the course (listed, or reachable by URL). */
export async function canViewCourse(viewer: Viewer, courseId: number): Promise<boolean> {
  if (!Number.isInteger(courseId) || courseId <= 0) return false;
  const count = await db.course.count({ where: { AND: [{ id: courseId }, courseVisibleWhere(viewer)] } });
  return count > 0;
}

/** Throws NotFoundError (never Forbidden: a hidden course must not reveal that it exists). */
export async function assertCanViewCourse(viewer: Viewer, courseId: number): Promise<void> {
  if (!(await canViewCourse(viewer, courseId))) throw new NotFoundError('We could not find that course.');
}
