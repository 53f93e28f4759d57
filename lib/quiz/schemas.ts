// zod schemas for quiz forms, actions and the autosave endpoint.
import { z } from 'zod';

const id = z.coerce.number().int().positive();

export const answersSchema = z
  .array(z.object({ slot: z.number().int().positive(), choiceIds: z.array(z.number().int().positive()).max(50) }))
  .max(500);

/** The autosave endpoint's JSON body (also sent with keepalive when the learner leaves the page). */
export const autosaveSchema = z.object({ answers: answersSchema, currentPage: z.number().int().positive().optional() });

/** Reads the attempt form: "slots" lists the questions shown, "q<slot>" holds the chosen choice id(s). */
export function answersFromForm(formData: FormData): { slot: number; choiceIds: number[] }[] {
  const slots = z.array(id).parse(formData.getAll('slots'));
  return slots.map((slot) => ({
    slot,
    choiceIds: z.array(id).parse(formData.getAll(`q${slot}`).filter((v) => v !== '')),
  }));
}

export const attemptNavSchema = z.object({
  attemptId: id,
  /** A page number, or "summary" for "Finish attempt…". */
  goto: z.union([z.literal('summary'), id]),
});
