'use server';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/auth/action';
import { formatDateTime } from '@/lib/format';
import { sendTeamReminder } from '@/lib/team/reminders';
import { reminderSchema } from '@/lib/team/schemas';

export const sendReminderAction = formAction(
  { schema: reminderSchema, invalidMessage: 'Choose someone in your team' },
  async (viewer, { userId }) => {
    const result = await sendTeamReminder(viewer, userId);
    revalidatePath('/team');
    return {
      ok: true,
      message: result.sent
        ? `Reminder sent to ${result.name}. We've emailed them a list of what is overdue or due soon.`
        : `${result.name} was already reminded today (${formatDateTime(result.at)}). You can send another tomorrow.`,
    };
  },
);
