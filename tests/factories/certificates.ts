// A course with one page to view (its completion criterion) and a certificate activity after it.
import { db } from '@/lib/db';
import { enrol, makeActivity, makeCourse } from './learning';

export async function makeCertificateCourse(over: { ownerTeamId?: number } = {}) {
  const course = await makeCourse({ ownerTeamId: over.ownerTeamId ?? null });
  const page = await makeActivity(course.id, { name: 'Read the policy' });
  const activity = await makeActivity(course.id, {
    type: 'CERTIFICATE',
    name: 'Course certificate',
    completionMode: 'NONE',
    requireView: false,
  });
  const certificate = await db.certificate.create({ data: { activityId: activity.id } });
  return { course, page, activity, certificate, enrol: (userId: number) => enrol(userId, course.id) };
}
