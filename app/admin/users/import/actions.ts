'use server';
import { HR_IMPORT_MAX_BYTES } from '@/lib/upload-limits';
import { z } from 'zod';
import { formAction } from '@/lib/auth/action';
import { importUsers } from '@/lib/accounts/hr-import';

const importSchema = z.object({
  file: z
    .instanceof(File, { message: 'Choose a CSV file' })
    .refine((file) => file.size > 0, 'Choose a CSV file')
    .refine((file) => file.size <= HR_IMPORT_MAX_BYTES, 'The file must be 5 MB or smaller'),
});

export const importUsersAction = formAction(
  { schema: importSchema, invalidMessage: 'Choose a CSV file of 5 MB or smaller' },
  async (viewer, { file }) => ({ ok: true, data: await importUsers(viewer, await file.text()) }),
);
