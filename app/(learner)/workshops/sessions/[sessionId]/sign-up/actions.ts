'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { failure, formValues, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { signUpForSession } from '@/lib/workshops/commands';

export async function signUpAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  let target: string;
  try {
    const viewer = await requireViewer();
    const answers: Record<string, string> = {};
    for (const [key, value] of formData.entries()) {
      if (key.startsWith('answers.') && typeof value === 'string') answers[key.slice('answers.'.length)] = value;
    }
    const result = await signUpForSession(viewer, {
      sessionId: String(formData.get('sessionId') ?? ''),
      acceptTerms: formData.get('acceptTerms') === 'on',
      specialRequirements: String(formData.get('specialRequirements') ?? ''),
      costCode: String(formData.get('costCode') ?? ''),
      confirmation: String(formData.get('confirmation') ?? '') as 'EMAIL_WITH_INVITE' | 'EMAIL_ONLY',
      answers,
    });
    const done = result.alreadyBooked ? 'already' : result.status === 'BOOKED' ? 'booked' : 'waitlisted';
    target = `/workshops/sessions/${values.sessionId}?done=${done}`;
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/bookings');
  redirect(target);
}
