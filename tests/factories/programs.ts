// Factories for programs and certifications assigned to one person.
import type { PrismaClient } from '@/lib/generated/prisma/client';

let counter = 0;

/** A program (or certification) assigned to `userId` individually, with its ProgramUser row. */
export async function assignProgram(db: PrismaClient, userId: number, kind: 'PROGRAM' | 'CERTIFICATION' = 'PROGRAM') {
  const n = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  const program = await db.program.create({
    data: {
      kind,
      shortName: `${kind.toLowerCase()}-${n}`,
      fullName: `${kind === 'PROGRAM' ? 'Program' : 'Certification'} ${n}`,
      ...(kind === 'CERTIFICATION' ? { certification: { create: {} } } : {}),
    },
    include: { certification: true },
  });
  const assignment = await db.programAssignment.create({ data: { programId: program.id, type: 'INDIVIDUAL', userId } });
  await db.programUser.create({ data: { programId: program.id, userId, assignmentId: assignment.id } });
  return program;
}
