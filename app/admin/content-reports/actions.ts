'use server';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/auth/action';
import { resolveContentReport } from '@/lib/content-reports/commands';
import { resolveContentReportSchema } from '@/lib/content-reports/schemas';

export const resolveContentReportAction = formAction(resolveContentReportSchema, async (viewer, input) => {
  const { resolved } = await resolveContentReport(viewer, input);
  revalidatePath('/admin/content-reports');
  return {
    ok: true,
    message: resolved
      ? 'Marked resolved. We have emailed the learner.'
      : 'This report was already resolved, so nothing changed.',
  };
});
