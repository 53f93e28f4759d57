/** @jest-environment node */
// The Record of Learning Certifications tab reads the one state rule: state, overdue, due/expiry/window dates,
// previous completions and progress, for the viewer's own records only.
import { listCertificationRecords } from '@/lib/records/queries';
import { db } from '@/lib/db';
import { makeLearner } from '../../factories/learning';
import { assignProgram } from '../../factories/programs';
import { disconnect, resetDb } from '../../helpers/db';

const NOW = new Date('2026-12-02T12:00:00Z');
const DAY = 86_400_000;

beforeAll(resetDb);
afterAll(disconnect);

it('shows window open, expired-and-overdue and not-certified rows with their dates and progress', async () => {
  const { user, viewer } = await makeLearner();
  const other = await makeLearner();
  const open = await assignProgram(db, user.id, 'CERTIFICATION');
  const lapsed = await assignProgram(db, user.id, 'CERTIFICATION');
  const fresh = await assignProgram(db, user.id, 'CERTIFICATION');
  const expires = new Date(NOW.getTime() + 20 * DAY);
  const completed = new Date(NOW.getTime() - 700 * DAY);
  await db.certificationCompletion.createMany({
    data: [
      {
        certificationId: open.certification!.id,
        userId: user.id,
        status: 'CERTIFIED',
        renewalStatus: 'DUE',
        timeCompleted: completed,
        timeWindowOpens: new Date(NOW.getTime() - 10 * DAY),
        timeExpires: expires,
      },
      {
        certificationId: lapsed.certification!.id,
        userId: user.id,
        status: 'EXPIRED',
        renewalStatus: 'EXPIRED',
        dueAt: new Date(NOW.getTime() - 5 * DAY),
      },
      { certificationId: fresh.certification!.id, userId: user.id, dueAt: new Date(NOW.getTime() + 60 * DAY) },
      { certificationId: fresh.certification!.id, userId: other.user.id },
    ],
  });
  await db.certificationHistory.create({
    data: {
      certificationId: open.certification!.id,
      userId: user.id,
      status: 'CERTIFIED',
      timeCompleted: completed,
      timeExpires: expires,
    },
  });
  await db.programCompletion.create({ data: { programId: open.id, userId: user.id, progressPercent: 50 } });

  const rows = await listCertificationRecords(viewer, NOW);
  const byId = new Map(rows.map((r) => [r.programId, r]));
  expect(rows).toHaveLength(3);
  expect(byId.get(open.id)).toMatchObject({
    state: { key: 'window_open', overdue: false, dueAt: expires },
    timeExpires: expires,
    progressPercent: 50,
    history: [{ timeCompleted: completed, timeExpires: expires }],
  });
  expect(byId.get(lapsed.id)!.state).toMatchObject({ key: 'expired', overdue: true });
  expect(byId.get(fresh.id)).toMatchObject({ state: { key: 'not_certified', overdue: false }, progressPercent: 0 });
});
