// Required Learning: assigned programs and certifications the learner still has to complete.
import type { Whose } from '@/lib/auth/record-owner';
import { db } from '@/lib/db';
import { certificationState, certificationStateLabel, isCertificationOutstanding } from '@/lib/certifications/rules';
import { programState, programStateLabel } from '@/lib/programs/rules';

export type RequiredItem = {
  kind: 'program' | 'certification';
  programId: number;
  fullName: string;
  dueAt: Date | null;
  status: string;
  /** From the one program / certification state rule (lib/programs/rules.ts, lib/certifications/rules.ts). */
  overdue: boolean;
  progressPercent: number | null;
};

/** Outstanding programs and certifications, soonest due first (no due date last). */
export async function listRequiredLearning(whose: Whose, now: Date = new Date()): Promise<RequiredItem[]> {
  const [programs, certifications] = await Promise.all([
    db.programCompletion.findMany({
      where: { userId: whose.id, status: 'INCOMPLETE', program: { kind: 'PROGRAM' } },
      select: {
        status: true,
        dueAt: true,
        progressPercent: true,
        startedAt: true,
        completedAt: true,
        program: { select: { id: true, fullName: true } },
      },
    }),
    db.certificationCompletion.findMany({
      where: { userId: whose.id },
      select: {
        status: true,
        renewalStatus: true,
        dueAt: true,
        timeCompleted: true,
        timeWindowOpens: true,
        timeExpires: true,
        certification: {
          select: {
            program: {
              select: {
                id: true,
                fullName: true,
                completions: { where: { userId: whose.id }, select: { progressPercent: true } },
              },
            },
          },
        },
      },
    }),
  ]);
  const items: RequiredItem[] = [
    ...programs.map((p) => {
      const state = programState(p, now);
      return {
        kind: 'program' as const,
        programId: p.program.id,
        fullName: p.program.fullName,
        dueAt: state.dueAt,
        status: programStateLabel(state.key),
        overdue: state.overdue,
        progressPercent: state.progressPercent,
      };
    }),
    ...certifications
      .filter((c) => isCertificationOutstanding(c, now))
      .map((c) => {
        const state = certificationState(c, now);
        return {
          kind: 'certification' as const,
          programId: c.certification.program.id,
          fullName: c.certification.program.fullName,
          dueAt: state.dueAt,
          status: state.key === 'window_open' ? 'Due for renewal' : certificationStateLabel(state.key),
          overdue: state.overdue,
          progressPercent: c.certification.program.completions[0]?.progressPercent ?? null,
        };
      }),
  ];
  return items.sort(
    (a, b) =>
      (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.fullName.localeCompare(b.fullName),
  );
}
