'use server';
import { formAction } from '@/lib/auth/action';
import { reportContentProblem } from '@/lib/content-reports/commands';
import { reportContentProblemSchema } from '@/lib/content-reports/schemas';

export const reportContentProblemAction = formAction(
  { schema: reportContentProblemSchema, invalidMessage: 'Tell us about the problem' },
  async (viewer, input) => {
    const { sentTo } = await reportContentProblem(viewer, input);
    return {
      ok: true,
      message: sentTo
        ? `Thank you. We have sent your report to ${sentTo}, who look after this course. They may contact you if they need more detail.`
        : 'Thank you. Your report is with the team that looks after this course. They may contact you if they need more detail.',
    };
  },
);
