/** @jest-environment node */
// The eLearning attempt settings are a form on useActionForm (issue 9 item 5): an out-of-range number comes back as a
// message on its field with nothing changed (it was a button action, which answers bad input with a 404 page).
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { scormSettingsAction } from '@/app/admin/activities/[id]/scorm/actions';
import { makeScormCourse } from '../../factories/scorm';
import { disconnect, resetDb } from '../../helpers/db';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));
jest.mock('next/cache', () => ({ revalidatePath: () => undefined }));

beforeAll(resetDb);
afterAll(disconnect);

const fd = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

it('refuses an out-of-range number with a message on the field, then saves a good one', async () => {
  const { activity, admin } = await makeScormCourse();
  current = admin.viewer;
  const settings = () =>
    db.scormPackage.findUniqueOrThrow({
      where: { activityId: activity.id },
      select: { maxAttempts: true, newAttemptOnCompletion: true },
    });
  const before = await settings();

  const refused = await scormSettingsAction(undefined, fd({ activityId: String(activity.id), maxAttempts: '500' }));
  expect(refused).toMatchObject({ ok: false, fieldErrors: { maxAttempts: expect.any(String) } });
  expect(refused.ok ? '' : refused.fieldErrors.maxAttempts).toMatch(/100/);
  expect(await settings()).toEqual(before);

  const saved = await scormSettingsAction(
    undefined,
    fd({ activityId: String(activity.id), maxAttempts: '3', newAttemptOnCompletion: 'on' }),
  ).catch((error: unknown) => error);
  expect(isRedirectError(saved)).toBe(true);
  expect(await settings()).toEqual({ maxAttempts: 3, newAttemptOnCompletion: true });
});
