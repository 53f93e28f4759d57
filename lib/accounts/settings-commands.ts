// Site admins change the security settings; every change is audited.
import { db } from '@/lib/db';
import { assertSiteAdmin } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { writeAudit } from '@/lib/accounts/audit';
import { SETTING_KEYS } from '@/lib/accounts/settings';
import type { PasswordPolicy } from '@/lib/accounts/policy-rules';
import type { LockoutSettings } from '@/lib/accounts/lockout-rules';
import type { SsoSettings } from '@/lib/accounts/sso-rules';

export async function updateSecuritySettings(
  viewer: Viewer,
  input: { password: PasswordPolicy; lockout: LockoutSettings; sso: SsoSettings },
  ip: string | null = null,
): Promise<void> {
  assertSiteAdmin(viewer);
  await db.$transaction(async (tx) => {
    for (const [key, value] of [
      [SETTING_KEYS.password, input.password],
      [SETTING_KEYS.lockout, input.lockout],
      [SETTING_KEYS.sso, input.sso],
    ] as const) {
      await tx.setting.upsert({
        where: { key },
        create: { key, value, updatedById: viewer.id },
        update: { value, updatedById: viewer.id },
      });
    }
    await writeAudit(
      {
        actorId: viewer.id,
        action: 'settings.security-updated',
        entityType: 'Setting',
        entityId: 'security',
        details: input,
        ip,
      },
      tx,
    );
  });
}
