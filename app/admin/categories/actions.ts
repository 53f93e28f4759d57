'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formValues } from '@/lib/action-result';
import { formAction } from '@/lib/auth/action';
import { createCategory, updateCategory } from '@/lib/catalogue/admin-commands';
import { categorySchema } from '@/lib/catalogue/schemas';
import { optionalIdSchema } from '@/lib/validation';

export const saveCategoryAction = formAction(
  { schema: categorySchema.extend({ categoryId: optionalIdSchema }), input: formValues },
  async (viewer, { categoryId, ...input }) => {
    if (categoryId) await updateCategory(viewer, categoryId, input);
    else await createCategory(viewer, input);
    revalidatePath('/admin/categories');
    revalidatePath('/find-learning');
    redirect('/admin/categories?saved=1');
  },
);
