// zod schemas for the account forms, shared by actions, commands and tests.
import { z } from 'zod';
import { idField, isId, idListSchema, idSchema, nameSchema, plainTextSchema } from '@/lib/validation';

const required = (label: string, max = 100) =>
  nameSchema(max, { label: `${label.charAt(0).toUpperCase()}${label.slice(1)}`, required: `Enter ${label}` });

const email = (label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(254)
    .pipe(z.email(`Enter ${label} in the correct format, like name@example.com`))
    .transform((v) => v.toLowerCase());

const optionalText = (max: number) =>
  plainTextSchema(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const accountRequestSchema = z
  .object({
    firstName: required('your first name'),
    lastName: required('your last name'),
    email: email('your email address'),
    phone: optionalText(30),
    organisationId: z.string().trim().min(1, 'Select your organisation'),
    organisationOther: optionalText(200),
    jobTitle: required('your job title', 200),
    workplace: optionalText(200),
    managerName: required("your manager's name", 200),
    managerEmail: email("your manager's email address"),
    reason: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.organisationId === 'other' && !v.organisationOther) {
      ctx.addIssue({ code: 'custom', path: ['organisationOther'], message: 'Enter the name of your organisation' });
    }
    if (v.organisationId !== 'other' && !isId(v.organisationId)) {
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'Select your organisation' });
    }
    if (v.managerEmail === v.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['managerEmail'],
        message: "Your manager's email address must be different from yours",
      });
    }
  });

export type AccountRequestInput = z.infer<typeof accountRequestSchema>;

export const rejectRequestSchema = z.object({
  id: idSchema,
  reason: plainTextSchema(1000, {
    label: 'The reason',
    min: 1,
    required: 'Enter a reason for the rejection',
  }),
});

export const approveRequestSchema = z.object({
  id: idSchema,
  organisationId: idField('Select an organisation'),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(200),
    newPassword: z.string().min(1, 'Enter a new password').max(200, 'Password must be 200 characters or fewer'),
    confirmPassword: z.string().min(1, 'Enter the new password again'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1).max(100),
    newPassword: z.string().min(1, 'Enter a new password').max(200, 'Password must be 200 characters or fewer'),
    confirmPassword: z.string().min(1, 'Enter the new password again'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  });

export const forgotPasswordSchema = z.object({
  identifier: z.string().trim().min(1, 'Enter your username or email address').max(254),
});

export const forgotUsernameSchema = z.object({ email: email('your email address') });

const username = z
  .string()
  .trim()
  .min(2, 'Enter a username of at least 2 characters')
  .max(100)
  .regex(/^[A-Za-z0-9._-]+$/, 'Usernames can only contain letters, numbers, dots, dashes and underscores');

const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .transform((v) => v.toLowerCase())
  .pipe(z.union([z.literal(''), z.email('Enter an email address in the correct format, like name@example.com')]))
  .transform((v) => (v === '' ? null : v));

export const userDetailsSchema = z.object({
  firstName: required('a first name'),
  lastName: required('a last name'),
  email: optionalEmail,
  organisationId: idField('Select an organisation'),
  jobTitle: optionalText(200),
  managerUsername: optionalText(100),
  personnelNumber: optionalText(50),
});

export const createUserSchema = userDetailsSchema.extend({
  username,
  authMethod: z.enum(['MANUAL', 'SSO']).default('MANUAL'),
});

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UserDetailsInput = z.infer<typeof userDetailsSchema>;

export const rolesSchema = z.object({
  isSiteAdmin: z.preprocess((v) => v === 'on' || v === true, z.boolean()),
  teamIds: idListSchema.default([]),
});

export const profileEmailSchema = z.object({ email: email('your email address') });
