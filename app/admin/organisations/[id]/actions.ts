'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/auth/action';
import { updateOrganisationBranding } from '@/lib/organisations/commands';
import { idField } from '@/lib/validation';

const ORGANISATION_GONE = 'We could not find that organisation.';

export const updateOrganisationBrandingAction = formAction(
  { schema: z.object({ id: idField(ORGANISATION_GONE) }), invalidMessage: ORGANISATION_GONE },
  async (viewer, { id }, { formData }) => {
    // The branding fields are validated by the command (with the site-admin check).
    await updateOrganisationBranding(viewer, id, {
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
    revalidatePath(`/admin/organisations/${id}`);
    return {
      ok: true,
      message: 'Branding and help details saved. Members of this organisation see them from their next page.',
    };
  },
);
