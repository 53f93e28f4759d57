// zod schemas for catalogue input (search query strings and admin forms).
import { z } from 'zod';

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = z.preprocess((v) => {
  const s = one(v);
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}, z.string().max(100).optional());

/** Query string of Find Learning; anything unexpected is ignored rather than failing the page. */
export const catalogueSearchSchema = z.object({
  q: optionalText.catch(undefined),
  kind: z.preprocess(one, z.enum(['course', 'program', 'certification']).optional()).catch(undefined),
  format: z.preprocess(one, z.enum(['ELEARNING', 'WORKSHOP', 'BLENDED']).optional()).catch(undefined),
  categoryId: z.preprocess((v) => (one(v) ? Number(one(v)) : undefined), z.number().int().positive().optional()).catch(undefined),
  page: z.preprocess((v) => (one(v) ? Number(one(v)) : undefined), z.number().int().min(1).max(10000).optional()).catch(undefined),
});
