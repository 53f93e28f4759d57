'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { failure, formValues, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { cancelOwnBooking } from '@/lib/workshops/commands';

export async function cancelBookingAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  try {
    const viewer = await requireViewer();
    await cancelOwnBooking(viewer, {
      bookingId: String(formData.get('bookingId') ?? ''),
      reason: String(formData.get('reason') ?? ''),
      details: String(formData.get('details') ?? ''),
    });
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/bookings');
  redirect('/bookings?cancelled=1');
}
