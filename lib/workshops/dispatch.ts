// Hands committed booking effects to the job queue. The job definitions (emails with invites, reminders,
// evaluation requests) are wired here once the queue lands in main; until then effects are only collected.
import type { Client } from '@/lib/workshops/booking';
import type { WorkshopEffect } from '@/lib/workshops/effects';

export async function dispatchEffects(effects: WorkshopEffect[], client: Client): Promise<void> {
  void effects;
  void client;
}
