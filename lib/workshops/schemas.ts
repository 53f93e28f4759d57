// zod schemas shared by workshop forms, actions and commands.
import { z } from 'zod';
import { ATTENDANCE_STATUSES } from '@/lib/workshops/rules';
import { idSchema, isWallClock, nameSchema, plainTextSchema } from '@/lib/validation';
import { ValidationError, type FieldErrors } from '@/lib/errors';

const id = idSchema;
const trimmed = (max: number) => plainTextSchema(max, { label: 'This answer' });
// Strict: 2026-02-31T09:00 is refused, never moved to 3 March.
const wallClock = z.string().trim().refine(isWallClock, 'Enter a real date and time, for example 24/11/2026 09:30');

export const signUpSchema = z.object({
  sessionId: id,
  acceptTerms: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
  specialRequirements: trimmed(5000).default(''),
  costCode: trimmed(50).default(''),
  confirmation: z.enum(['EMAIL_WITH_INVITE', 'EMAIL_ONLY'], { message: 'Choose how to receive your confirmation' }),
  /** Questionnaire answers keyed by question id. */
  answers: z.record(z.string(), z.string().max(2000, 'Answers must be 2000 characters or fewer')).default({}),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const cancelBookingSchema = z.object({
  bookingId: id,
  reason: plainTextSchema(200, { label: 'The reason', min: 1, required: 'Select a cancellation reason' }),
  details: trimmed(2000).default(''),
});
export type CancelBookingInput = z.input<typeof cancelBookingSchema>;

export const roomSchema = z.object({
  name: nameSchema(200, { label: 'The room name', required: 'Enter the room name' }),
  building: trimmed(200).default(''),
  address: trimmed(500).default(''),
  capacity: z.preprocess(
    (v) => (v === '' || v == null ? null : v),
    z.coerce
      .number({ message: 'Capacity must be a whole number' })
      .int('Capacity must be a whole number')
      .min(1, 'Capacity must be at least 1')
      .max(10000)
      .nullable(),
  ),
  isVirtual: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
  virtualUrl: z.preprocess(
    (v) => (v === '' || v == null ? null : v),
    z.url({ protocol: /^https$/, message: 'Enter a meeting link starting with https://' }).nullable(),
  ),
  details: trimmed(5000).default(''),
});
export type RoomInput = Partial<z.input<typeof roomSchema>>;

const optionalWallClock = z.preprocess((v) => (v === '' || v == null ? null : v), wallClock.nullable());

export const sessionDateSchema = z.object({
  start: wallClock,
  end: wallClock,
  roomId: z.preprocess((v) => (v === '' || v == null ? null : v), id.nullable()),
});

export const sessionSchema = z.object({
  timezone: z.string().trim().min(1).default('Europe/London'),
  capacity: z.coerce
    .number({ message: 'Capacity must be a whole number' })
    .int('Capacity must be a whole number')
    .min(1, 'Capacity must be at least 1')
    .max(10000, 'Capacity must be 10,000 or fewer'),
  waitlistEnabled: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
  cost: trimmed(100).default(''),
  details: trimmed(5000).default(''),
  /** "Label: value" per line, shown on More info (e.g. "Parking permit: Ask at reception"). */
  customFields: trimmed(5000).default(''),
  signupOpens: optionalWallClock,
  signupCloses: optionalWallClock,
  dates: z.array(sessionDateSchema).max(20, 'A session can have up to 20 dates'),
});
export type SessionInput = Partial<z.input<typeof sessionSchema>>;

export const workshopSettingsSchema = z.object({
  details: trimmed(10000).default(''),
  allowMultipleBookings: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
  approval: z.enum(['NONE', 'SELF_AUTHORISATION']),
  terms: trimmed(10000).default(''),
  cancellationPolicy: z.enum(['ANY_TIME', 'NEVER', 'UNTIL_CUTOFF']),
  cancellationCutoffHours: z.preprocess(
    (v) => (v === '' || v == null ? null : v),
    z.coerce
      .number({ message: 'Enter the cut-off in hours' })
      .int('Enter whole hours')
      .min(1, 'Enter at least 1 hour')
      .max(24 * 60)
      .nullable(),
  ),
  cancellationFee: trimmed(100).default(''),
  cancellationPolicyText: trimmed(10000).default(''),
  cancellationReasons: trimmed(2000).default(''),
  reminderDays: z
    .string()
    .trim()
    .regex(/^(\d{1,2}(\s*,\s*\d{1,2})*)?$/, 'Enter days as numbers separated by commas, for example 7, 2')
    .default(''),
  copyManager: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
  sendEvaluationRequest: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
  eligibleAudienceId: z.preprocess((v) => (v === '' || v == null ? null : v), id.nullable()),
});
export type WorkshopSettingsInput = Partial<z.input<typeof workshopSettingsSchema>>;

export const questionSchema = z.object({
  label: plainTextSchema(300, { label: 'The question', min: 1, required: 'Enter the question' }),
  hint: trimmed(500).default(''),
  type: z.enum(['TEXT', 'TEXTAREA', 'SELECT', 'CHECKBOX']),
  options: trimmed(2000).default(''),
  required: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()).default(false),
});
export type QuestionInput = Partial<z.input<typeof questionSchema>>;

export const attendanceSchema = z.object({
  sessionId: id,
  marks: z.array(z.object({ bookingId: id, status: z.enum(ATTENDANCE_STATUSES) })).min(1, 'Mark at least one attendee'),
});
export type AttendanceInput = z.input<typeof attendanceSchema>;

export const addAttendeesSchema = z.object({
  sessionId: id,
  usernames: z
    .string()
    .trim()
    .min(1, 'Enter at least one username')
    .transform((s) => [...new Set(s.split(/[\s,]+/).filter(Boolean))]),
});

export const cancelSessionSchema = z.object({
  sessionId: id,
  reason: plainTextSchema(1000, {
    label: 'The reason',
    min: 1,
    required: 'Enter the reason for cancelling, learners will see it',
  }),
});

export const moveBookingSchema = z.object({ bookingId: id, toSessionId: id });

/** Parses an admin command's input; the first message per field becomes a ValidationError. */
export function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) errors[issue.path.join('.') || '_form'] ??= issue.message;
    throw new ValidationError(errors);
  }
  return result.data;
}
