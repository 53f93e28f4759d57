'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { failure, formValues, zodFieldErrors, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { createCategory, updateCategory } from '@/lib/catalogue/admin';
import { categorySchema } from '@/lib/catalogue/schemas';

export async function saveCategoryAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = categorySchema.safeParse(values);
  const id = z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .safeParse(values.categoryId || undefined);
  if (!parsed.success)
    return { ok: false, message: 'Check the form', fieldErrors: zodFieldErrors(parsed.error), values };
  if (!id.success) return { ok: false, message: 'Reload the page and try again.', fieldErrors: {}, values };
  try {
    const viewer = await requireViewer();
    if (id.data) await updateCategory(viewer, id.data, parsed.data);
    else await createCategory(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath('/admin/categories');
  revalidatePath('/find-learning');
  redirect('/admin/categories?saved=1');
}
