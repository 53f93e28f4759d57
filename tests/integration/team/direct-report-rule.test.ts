/** @jest-environment node */
// One definition of "direct report" ([team] #12, follow-up): My Team (lib/team/scope.ts), the full reports'
// team scope (lib/reports) and the viewer's isManager flag must agree on who is in each manager's team. The chart
// covers a person with two current assignments under two managers (the primary one decides, either way round), a
// report of a report, an ended primary assignment (a former manager) and a deleted account.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { getTeamReport } from '@/lib/reports/team-queries';
import { listDirectReports } from '@/lib/team/queries';
import { listDirectReportIds, requireDirectReport } from '@/lib/team/scope';
import { enrol, makeCourse, makeOrganisation, makeUser, viewerFor } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

// The real clock: the viewer's isManager flag is worked out at sign-in time.
const now = new Date();
const yesterday = new Date(now.getTime() - 86_400_000);
const nextWeek = new Date(now.getTime() + 7 * 86_400_000);

/** Who is in the viewer's team, asked of each reader of the rule. */
async function teamsOf(viewer: Viewer) {
  const members = viewer.isManager ? await getTeamReport(viewer, 'members', { scope: 'team' }, now) : null;
  const courses = viewer.isManager ? await getTeamReport(viewer, 'courses', { scope: 'team' }, now) : null;
  return {
    scope: await listDirectReportIds(viewer, now),
    myTeam: (await listDirectReports(viewer, now)).map((m) => m.id).sort((a, b) => a - b),
    membersReport: ((members?.rows ?? []) as { userId: number }[]).map((r) => r.userId).sort((a, b) => a - b),
    coursesReport: [...new Set(((courses?.rows ?? []) as { userId: number }[]).map((r) => r.userId))].sort(
      (a, b) => a - b,
    ),
  };
}

test('My Team, the team reports and isManager agree on every manager’s direct reports', async () => {
  const org = await makeOrganisation();
  const person = (lastName: string, over: Parameters<typeof makeUser>[0] = {}) =>
    makeUser({ organisationId: org.id, firstName: 'P', lastName, ...over });
  const mina = await person('Mina');
  const xavier = await person('Xavier');
  const ann = await person('Ann');
  const twoJobsPrimaryElsewhere = await person('Bea');
  const twoJobsPrimaryHere = await person('Cal');
  const annsReport = await person('Rita');
  const ended = await person('Eddie');
  const ending = await person('Fay');
  const deleted = await person('Dora', { status: 'DELETED' });
  await db.jobAssignment.createMany({
    data: [
      { userId: ann.id, managerId: mina.id },
      { userId: twoJobsPrimaryElsewhere.id, managerId: xavier.id },
      { userId: twoJobsPrimaryElsewhere.id, idNumber: 'second', managerId: mina.id, isPrimary: false },
      { userId: twoJobsPrimaryHere.id, managerId: mina.id },
      { userId: twoJobsPrimaryHere.id, idNumber: 'second', managerId: xavier.id, isPrimary: false },
      { userId: annsReport.id, managerId: ann.id },
      { userId: ended.id, managerId: xavier.id, endDate: yesterday },
      { userId: ending.id, managerId: xavier.id, endDate: nextWeek },
      { userId: deleted.id, managerId: mina.id },
    ],
  });
  // Every person has a course, so the course report shows each one it scopes in.
  const course = await makeCourse();
  for (const u of [ann, twoJobsPrimaryElsewhere, twoJobsPrimaryHere, annsReport, ended, ending, deleted])
    await enrol(u.id, course.id);

  const expected = new Map([
    [mina.id, [ann.id, twoJobsPrimaryHere.id]],
    [xavier.id, [twoJobsPrimaryElsewhere.id, ending.id]],
    [ann.id, [annsReport.id]],
    [annsReport.id, []],
    [twoJobsPrimaryHere.id, []],
  ]);
  const everyone = [mina, xavier, ann, twoJobsPrimaryElsewhere, twoJobsPrimaryHere, annsReport, ended, ending];
  for (const [managerId, team] of expected) {
    const viewer = await viewerFor(managerId);
    const teams = await teamsOf(viewer);
    expect({ managerId, ...teams }).toEqual({
      managerId,
      scope: team,
      myTeam: team,
      membersReport: team,
      coursesReport: team,
    });
    expect(viewer.isManager).toBe(team.length > 0);
    for (const u of everyone) {
      const allowed = team.includes(u.id);
      const opened = requireDirectReport(viewer, u.id, now).then(
        (r) => r.id,
        (e: unknown) => e,
      );
      if (allowed) await expect(opened).resolves.toBe(u.id);
      else await expect(opened).resolves.toBeInstanceOf(NotFoundError);
    }
  }
});
