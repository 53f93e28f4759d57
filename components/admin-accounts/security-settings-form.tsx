'use client';
import type { PasswordPolicy } from '@/lib/accounts/policy-rules';
import type { LockoutSettings } from '@/lib/accounts/lockout-rules';
import type { SsoSettings } from '@/lib/accounts/sso-rules';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

export function SecuritySettingsForm({
  action,
  password,
  lockout,
  sso,
}: {
  action: FormAction;
  password: PasswordPolicy;
  lockout: LockoutSettings;
  sso: SsoSettings;
}) {
  const f = useActionForm(action);
  const e = f.fieldErrors;
  const check = (name: string, label: string, checked: boolean) => (
    <CheckboxField name={name} label={label} defaultChecked={f.checked(name, checked, 'on')} error={e[name]} />
  );
  const num = (name: string, label: string, value: number, hint?: string) => (
    <TextField
      name={name}
      label={label}
      hint={hint}
      type="number"
      inputMode="numeric"
      className="w-32"
      defaultValue={f.value(name, String(value))}
      error={e[name]}
    />
  );
  return (
    <form key={f.formKey} action={f.formAction} noValidate>
      {f.state?.ok ? <NotificationBanner tone="success">{f.done}</NotificationBanner> : null}
      <ErrorSummary message={f.message} fieldErrors={e} />
      <h2 className="mb-4 text-2xl font-bold">Password policy</h2>
      {num('password.minLength', 'Minimum length', password.minLength, '6 to 64 characters')}
      {num('password.minDigits', 'Minimum numbers', password.minDigits)}
      {num('password.minLower', 'Minimum lower case letters', password.minLower)}
      {num('password.minUpper', 'Minimum capital letters', password.minUpper)}
      {num('password.minSymbols', 'Minimum symbols', password.minSymbols)}
      {num(
        'password.reuseLimit',
        'Password changes before an old password can be used again',
        password.reuseLimit,
        '0 lets people reuse any password',
      )}
      {num(
        'password.resetLinkMinutes',
        'Forgotten-password links work for (minutes)',
        password.resetLinkMinutes,
        '5 to 240 minutes',
      )}
      {check(
        'password.blockCommon',
        'Refuse commonly used passwords and passwords containing the username',
        password.blockCommon,
      )}

      <h2 className="mb-4 mt-8 text-2xl font-bold">Lock-out and throttling</h2>
      {num('lockout.threshold', 'Failed logins that lock an account', lockout.threshold, '0 turns lock-out off')}
      {num('lockout.windowMinutes', 'Failures are counted over (minutes)', lockout.windowMinutes)}
      {num(
        'lockout.durationMinutes',
        'A locked account unlocks after (minutes)',
        lockout.durationMinutes,
        'Admins can unlock sooner from the account page',
      )}
      {num(
        'lockout.slowDownMs',
        'Extra wait per earlier failure (milliseconds)',
        lockout.slowDownMs,
        'Slows down guessing; at most 3 seconds in total',
      )}
      {num(
        'lockout.ipMaxFailures',
        'Failed logins from one network address before it must wait',
        lockout.ipMaxFailures,
      )}
      {num(
        'lockout.formsPerHour',
        'Uses per hour of the forgotten password, forgotten username and account request forms, per network address',
        lockout.formsPerHour,
      )}

      <h2 className="mb-4 mt-8 text-2xl font-bold">Automatic login (single sign-on)</h2>
      {check('sso.enabled', 'Allow automatic login', sso.enabled)}
      {check(
        'sso.requireOrganisationEnabled',
        'Only for organisations with single sign-on switched on',
        sso.requireOrganisationEnabled,
      )}
      {check(
        'sso.requireDomainMatch',
        "Only when the work email is on one of the organisation's email domains",
        sso.requireDomainMatch,
      )}
      {check('sso.linkByEmail', 'Link an account to its work account by email address the first time', sso.linkByEmail)}
      <div className="mt-6">
        <SubmitButton>Save settings</SubmitButton>
      </div>
    </form>
  );
}
