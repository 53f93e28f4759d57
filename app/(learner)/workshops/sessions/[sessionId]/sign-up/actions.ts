'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/auth/action';
import { signUpForSession } from '@/lib/workshops/commands';
import { signUpSchema } from '@/lib/workshops/schemas';

/** The sign-up form: questionnaire answers arrive as "answers.<questionId>". */
function signUpInput(formData: FormData) {
  const answers: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('answers.') && typeof value === 'string') answers[key.slice('answers.'.length)] = value;
  }
  return { ...Object.fromEntries(formData), answers };
}

export const signUpAction = formAction({ schema: signUpSchema, input: signUpInput }, async (viewer, input) => {
  const result = await signUpForSession(viewer, input);
  const done = result.alreadyBooked ? 'already' : result.status === 'BOOKED' ? 'booked' : 'waitlisted';
  revalidatePath('/bookings');
  // The parsed id, never the raw field: " 7 " was once echoed into this URL.
  redirect(`/workshops/sessions/${input.sessionId}?done=${done}`);
});
