/** @jest-environment node */
import { db } from '@/lib/db';
import { hasRequiredLearning } from '@/lib/programs/queries';
import { disconnect, resetDb } from '../../helpers/db';
import { createOrganisation, createUser } from '../../factories/people';
import { assignProgram } from '../../factories/programs';

beforeAll(resetDb);
afterAll(disconnect);

async function person() {
  const org = await createOrganisation(db);
  return createUser(db, { organisationId: org.id });
}

describe('hasRequiredLearning (decides whether "Required Learning" shows)', () => {
  it('is false for someone with nothing assigned', async () => {
    const user = await person();
    expect(await hasRequiredLearning(user)).toBe(false);
  });

  it('is true for an assigned program that is incomplete, and false once it is complete', async () => {
    const user = await person();
    const program = await assignProgram(db, user.id);
    await db.programCompletion.create({ data: { programId: program.id, userId: user.id, status: 'INCOMPLETE' } });
    expect(await hasRequiredLearning(user)).toBe(true);
    await db.programCompletion.update({
      where: { programId_userId: { programId: program.id, userId: user.id } },
      data: { status: 'COMPLETE', completedAt: new Date() },
    });
    expect(await hasRequiredLearning(user)).toBe(false);
  });

  it('ignores an incomplete program the person is no longer assigned to', async () => {
    const user = await person();
    const program = await assignProgram(db, user.id);
    await db.programCompletion.create({ data: { programId: program.id, userId: user.id } });
    await db.programUser.deleteMany({ where: { programId: program.id, userId: user.id } });
    expect(await hasRequiredLearning(user)).toBe(false);
  });

  it('never counts someone else’s outstanding learning', async () => {
    const user = await person();
    const other = await person();
    const program = await assignProgram(db, other.id);
    await db.programCompletion.create({ data: { programId: program.id, userId: other.id } });
    const cert = await assignProgram(db, other.id, 'CERTIFICATION');
    await db.certificationCompletion.create({ data: { certificationId: cert.certification!.id, userId: other.id } });
    expect(await hasRequiredLearning(other)).toBe(true);
    expect(await hasRequiredLearning(user)).toBe(false);
  });

  it.each([
    ['assigned, not started', 'ASSIGNED', 'NOT_DUE', true],
    ['in progress', 'IN_PROGRESS', 'NOT_DUE', true],
    ['certified, not due', 'CERTIFIED', 'NOT_DUE', false],
    ['certified, window open', 'CERTIFIED', 'DUE', true],
    ['expired', 'EXPIRED', 'EXPIRED', true],
  ] as const)('certification %s → %s', async (_label, status, renewalStatus, expected) => {
    const user = await person();
    const cert = await assignProgram(db, user.id, 'CERTIFICATION');
    await db.certificationCompletion.create({
      data: { certificationId: cert.certification!.id, userId: user.id, status, renewalStatus },
    });
    // A certification's own program row is not a "program" for this purpose.
    await db.programCompletion.create({ data: { programId: cert.id, userId: user.id, status: 'INCOMPLETE' } });
    expect(await hasRequiredLearning(user)).toBe(expected);
  });

  it('ignores a certification record once the person is unassigned', async () => {
    const user = await person();
    const cert = await assignProgram(db, user.id, 'CERTIFICATION');
    await db.certificationCompletion.create({
      data: { certificationId: cert.certification!.id, userId: user.id, status: 'EXPIRED', renewalStatus: 'EXPIRED' },
    });
    await db.programUser.deleteMany({ where: { programId: cert.id, userId: user.id } });
    expect(await hasRequiredLearning(user)).toBe(false);
  });
});
