// Required Learning: assigned programs and certifications the learner still has to complete.
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { isCertificationOutstanding } from './rules';

export type RequiredItem = {
  kind: 'program' | 'certification';
  programId: number;
  fullName: string;
  dueAt: Date | null;
  status: string;
  progressPercent: number | null;
};

/** Outstanding programs and certifications, soonest due first (no due date last). */
export async function listRequiredLearning(viewer: Viewer, now: Date = new Date()): Promise<RequiredItem[]> {
  const [programs, certifications] = await Promise.all([
    db.programCompletion.findMany({
      where: { userId: viewer.id, status: 'INCOMPLETE', program: { kind: 'PROGRAM' } },
      select: {
        dueAt: true,
        progressPercent: true,
        startedAt: true,
        program: { select: { id: true, fullName: true } },
      },
    }),
    db.certificationCompletion.findMany({
      where: { userId: viewer.id },
      select: {
        status: true,
        renewalStatus: true,
        dueAt: true,
        timeExpires: true,
        certification: {
          select: {
            program: {
              select: {
                id: true,
                fullName: true,
                completions: { where: { userId: viewer.id }, select: { progressPercent: true } },
              },
            },
          },
        },
      },
    }),
  ]);
  const items: RequiredItem[] = [
    ...programs.map((p) => ({
      kind: 'program' as const,
      programId: p.program.id,
      fullName: p.program.fullName,
      dueAt: p.dueAt,
      status: p.startedAt ? 'In progress' : 'Not started',
      progressPercent: p.progressPercent,
    })),
    ...certifications
      .filter((c) => isCertificationOutstanding(c, now))
      .map((c) => ({
        kind: 'certification' as const,
        programId: c.certification.program.id,
        fullName: c.certification.program.fullName,
        dueAt: c.renewalStatus === 'DUE' ? c.timeExpires : c.dueAt,
        status:
          c.renewalStatus === 'DUE'
            ? 'Due for renewal'
            : c.status === 'EXPIRED' || c.renewalStatus === 'EXPIRED'
              ? 'Expired'
              : c.status === 'IN_PROGRESS'
                ? 'In progress'
                : 'Not certified',
        progressPercent: c.certification.program.completions[0]?.progressPercent ?? null,
      })),
  ];
  return items.sort(
    (a, b) =>
      (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.fullName.localeCompare(b.fullName),
  );
}
