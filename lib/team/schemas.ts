// Inputs of My Team's actions and tab query strings.
import { z } from 'zod';
import { idSchema } from '@/lib/validation';

export const reminderSchema = z.object({ userId: idSchema });

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** ?page= on the paged tabs; anything unexpected is page 1. */
export const teamPageSchema = z.object({
  page: z
    .preprocess((v) => (one(v) ? Number(one(v)) : undefined), z.number().int().min(1).max(100000).optional())
    .catch(undefined),
});
