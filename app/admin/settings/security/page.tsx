import type { Metadata } from 'next';
import { requireSiteAdminPage } from '@/lib/auth/guards';
import { getLockoutSettings, getPasswordPolicy, getSsoSettings } from '@/lib/accounts/settings';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { SecuritySettingsForm } from '@/components/admin-accounts/security-settings-form';
import { updateSecuritySettingsAction } from './actions';

export const metadata: Metadata = { title: 'Security settings' };

export default async function SecuritySettingsPage() {
  await requireSiteAdminPage();
  const [password, lockout, sso] = await Promise.all([getPasswordPolicy(), getLockoutSettings(), getSsoSettings()]);
  return (
    <>
      <Breadcrumbs items={[{ label: 'Admin', href: '/admin' }, { label: 'Security settings' }]} />
      <h1 className="mb-6 text-3xl font-bold">Security settings</h1>
      <SecuritySettingsForm action={updateSecuritySettingsAction} password={password} lockout={lockout} sso={sso} />
    </>
  );
}
