'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/auth/action';
import { cancelOwnBooking } from '@/lib/workshops/commands';
import { cancelBookingSchema } from '@/lib/workshops/schemas';

export const cancelBookingAction = formAction(cancelBookingSchema, async (viewer, input) => {
  await cancelOwnBooking(viewer, input);
  revalidatePath('/bookings');
  redirect('/bookings?cancelled=1');
});
