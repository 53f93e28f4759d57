// Query strings of the Record of Learning tabs; anything unexpected falls back to the defaults.
import { z } from 'zod';

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const recordListSchema = z.object({
  sort: z.preprocess(one, z.string().max(20).optional()).catch(undefined),
  dir: z.preprocess(one, z.enum(['asc', 'desc']).optional()).catch(undefined),
  page: z
    .preprocess((v) => (one(v) ? Number(one(v)) : undefined), z.number().int().min(1).max(100000).optional())
    .catch(undefined),
});
