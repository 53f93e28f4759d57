// Changes to organisations: site admins only, validated, and recorded in the audit log.
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { fromPrismaError, ValidationError } from '@/lib/errors';
import { zodFieldErrors } from '@/lib/action-result';
import { organisationBrandingSchema } from '@/lib/organisations/schemas';

/** Updates an organisation's brand colours, logo text and help/contact details. */
export async function updateOrganisationBranding(
  viewer: Viewer,
  organisationId: number,
  input: unknown,
): Promise<void> {
  assertSiteAdmin(viewer);
  const parsed = organisationBrandingSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error));
  const data = parsed.data;
  try {
    await db.$transaction([
      db.organisation.update({ where: { id: organisationId }, data, select: { id: true } }),
      db.auditLog.create({
        data: {
          actorId: viewer.id,
          action: 'organisation.branding.update',
          entityType: 'Organisation',
          entityId: String(organisationId),
          details: data,
        },
      }),
    ]);
  } catch (error) {
    throw fromPrismaError(error);
  }
}
