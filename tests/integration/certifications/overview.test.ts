/** @jest-environment node */
// The certification overview counts (issue 11 item 6) agree with the one state rule per person, by organisation,
// and are scoped: an L&D admin sees their team's certifications only; a learner is refused.
import { getCertificationOverview } from '@/lib/certifications/overview';
import { certificationState } from '@/lib/certifications/rules';
import { db } from '@/lib/db';
import { ForbiddenError } from '@/lib/errors';
import { makeLdAdmin, makeLearner, makeOrganisation, makeTeam, makeUser, viewerFor } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

const NOW = new Date('2026-12-02T12:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

beforeAll(resetDb);
afterAll(disconnect);

it('counts each state by organisation exactly as certificationState labels each person', async () => {
  const team = await makeTeam();
  const other = await makeTeam();
  const [north, south] = [await makeOrganisation({ name: 'North' }), await makeOrganisation({ name: 'South' })];
  const mine = await db.program.create({
    data: {
      kind: 'CERTIFICATION',
      shortName: 'ov-1',
      fullName: 'Fire',
      ownerTeamId: team.id,
      certification: { create: {} },
    },
    include: { certification: true },
  });
  const theirs = await db.program.create({
    data: {
      kind: 'CERTIFICATION',
      shortName: 'ov-2',
      fullName: 'Other',
      ownerTeamId: other.id,
      certification: { create: {} },
    },
    include: { certification: true },
  });
  const records = [
    // certified, window open (date reached, pass not run yet), expired (date passed), overdue, not certified
    {
      org: north,
      data: { status: 'CERTIFIED', timeCompleted: at(-100), timeWindowOpens: at(300), timeExpires: at(330) },
    },
    {
      org: north,
      data: { status: 'CERTIFIED', timeCompleted: at(-700), timeWindowOpens: at(-1), timeExpires: at(29) },
    },
    {
      org: south,
      data: {
        status: 'CERTIFIED',
        renewalStatus: 'DUE',
        timeCompleted: at(-760),
        timeWindowOpens: at(-40),
        timeExpires: at(-10),
      },
    },
    { org: south, data: { status: 'EXPIRED', renewalStatus: 'EXPIRED', dueAt: at(-10) } },
    { org: south, data: { status: 'ASSIGNED', dueAt: at(-3) } },
    { org: south, data: { status: 'IN_PROGRESS', dueAt: at(30) } },
    { org: north, data: { status: 'ASSIGNED' } },
  ] as const;
  const expected = new Map<string, Record<string, number>>();
  for (const r of records) {
    const user = await makeUser({ organisationId: r.org.id });
    const row = await db.certificationCompletion.create({
      data: { certificationId: mine.certification!.id, userId: user.id, ...r.data },
    });
    const state = certificationState(row, NOW);
    const key =
      state.key === 'in_progress' || state.key === 'not_certified'
        ? state.overdue
          ? 'overdue'
          : 'notCertified'
        : state.key === 'window_open'
          ? 'windowOpen'
          : state.key;
    const counts = expected.get(r.org.name) ?? {};
    counts[key] = (counts[key] ?? 0) + 1;
    expected.set(r.org.name, counts);
  }
  await db.certificationCompletion.create({
    data: { certificationId: theirs.certification!.id, userId: (await makeUser()).id },
  });

  const { viewer: ld } = await makeLdAdmin(team.id);
  const overview = await getCertificationOverview(ld, NOW);
  expect(overview.map((c) => c.fullName)).toEqual(['Fire']);
  const [fire] = overview;
  expect(fire!.totals).toEqual({ certified: 1, windowOpen: 1, expired: 2, overdue: 1, notCertified: 2, total: 7 });
  for (const row of fire!.rows) {
    const want = expected.get(row.organisation)!;
    for (const [key, n] of Object.entries(row.counts))
      if (key !== 'total') expect([row.organisation, key, n]).toEqual([row.organisation, key, want[key] ?? 0]);
  }

  const admin = await viewerFor((await makeUser({ isSiteAdmin: true })).id);
  expect((await getCertificationOverview(admin, NOW)).map((c) => c.fullName)).toEqual(['Fire', 'Other']);
  const { viewer: learner } = await makeLearner();
  await expect(getCertificationOverview(learner, NOW)).rejects.toBeInstanceOf(ForbiddenError);
});
