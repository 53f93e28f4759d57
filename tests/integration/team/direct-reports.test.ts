/** @jest-environment node */
import { db } from '@/lib/db';
import { listDirectReports } from '@/lib/team/queries';
import { makeOrganisation, makeUser, viewerFor } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

test('a manager sees direct reports only, with their course counts; reports of reports are not shown', async () => {
  const org = await makeOrganisation();
  const head = await makeUser({ organisationId: org.id, lastName: 'Head' });
  const manager = await makeUser({ organisationId: org.id, lastName: 'Manager' });
  const staff = await makeUser({ organisationId: org.id, lastName: 'Staff' });
  const other = await makeUser({ organisationId: org.id, lastName: 'Other' });
  await db.jobAssignment.createMany({
    data: [
      { userId: manager.id, managerId: head.id, title: 'Team manager' },
      { userId: staff.id, managerId: manager.id, title: 'Support worker' },
      { userId: other.id, managerId: null },
    ],
  });
  const category = await db.category.create({ data: { name: 'Cat' } });
  const a = await db.course.create({ data: { shortName: 'c-a', fullName: 'Course A', categoryId: category.id } });
  const b = await db.course.create({ data: { shortName: 'c-b', fullName: 'Course B', categoryId: category.id } });
  await db.courseCompletion.createMany({
    data: [
      { userId: staff.id, courseId: a.id, status: 'COMPLETE', progressPercent: 100, timeCompleted: new Date() },
      { userId: staff.id, courseId: b.id, status: 'IN_PROGRESS', progressPercent: 50 },
    ],
  });

  const headTeam = await listDirectReports(await viewerFor(head.id));
  expect(headTeam.map((m) => m.id)).toEqual([manager.id]);

  const managerTeam = await listDirectReports(await viewerFor(manager.id));
  expect(managerTeam).toHaveLength(1);
  expect(managerTeam[0]).toMatchObject({
    id: staff.id,
    jobTitle: 'Support worker',
    coursesStarted: 2,
    coursesCompleted: 1,
  });

  expect(await listDirectReports(await viewerFor(staff.id))).toEqual([]);
  expect(await listDirectReports(await viewerFor(other.id))).toEqual([]);
});
