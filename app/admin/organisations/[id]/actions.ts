'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failure, formValues, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { updateOrganisationBranding } from '@/lib/organisations/commands';

const idSchema = z.coerce.number().int().positive();

export async function updateOrganisationBrandingAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const values = formValues(formData);
  try {
    const viewer = await requireViewer();
    const id = idSchema.safeParse(formData.get('id'));
    if (!id.success) return { ok: false, message: 'We could not find that organisation.', fieldErrors: {}, values };
    // Validation (zod) and the site-admin check happen in the command.
    await updateOrganisationBranding(viewer, id.data, {
      logoText: formData.get('logoText') ?? '',
      primaryColour: formData.get('primaryColour') ?? '',
      accentColour: formData.get('accentColour') ?? '',
      contactEmail: formData.get('contactEmail') ?? '',
      contactPhone: formData.get('contactPhone') ?? '',
      contactHours: formData.get('contactHours') ?? '',
      helpHtml: formData.get('helpHtml') ?? '',
      dashboardBlocks: formData.getAll('dashboardBlocks'),
    });
    revalidatePath('/admin/organisations');
    revalidatePath(`/admin/organisations/${id.data}`);
    return {
      ok: true,
      message: 'Branding and help details saved. Members of this organisation see them from their next page.',
    };
  } catch (error) {
    return failure(error, values);
  }
}
