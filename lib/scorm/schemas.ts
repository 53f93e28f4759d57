// zod schemas for the SCORM endpoints: launch, commit, attempt settings and resetting a learner's tracks.
import { z } from 'zod';
import { idSchema as id } from '@/lib/validation';

export const launchSchema = z.object({ newAttempt: z.boolean().default(false) });

/** One commit from the player: the attempt, its sequence number and the full CMI object scorm-again renders. */
export const commitSchema = z.object({
  attemptId: id,
  seq: z.number().int().positive().max(2_147_483_647),
  terminate: z.boolean().default(false),
  cmi: z.record(z.string(), z.unknown()),
});

export const scormSettingsSchema = z.object({
  activityId: id,
  maxAttempts: z.coerce.number().int().min(0).max(100),
  newAttemptOnCompletion: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
});

export const resetTracksSchema = z.object({ activityId: id, userId: id });
