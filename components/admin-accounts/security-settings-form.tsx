'use client';
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import type { PasswordPolicy } from '@/lib/accounts/policy-rules';
import type { LockoutSettings } from '@/lib/accounts/lockout-rules';
import type { SsoSettings } from '@/lib/accounts/sso-rules';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/field';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { SubmitButton } from '@/components/ui/submit-button';

const BOX = 'size-6 shrink-0 accent-[var(--brand-accent)] focus:outline-3 focus:outline-[var(--focus)]';

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="mb-2 flex min-h-11 items-center gap-3">
      <input type="checkbox" name={name} defaultChecked={checked} className={BOX} />
      {label}
    </label>
  );
}

export function SecuritySettingsForm({
  action,
  password,
  lockout,
  sso,
}: {
  action: (prev: ActionResult | undefined, data: FormData) => Promise<ActionResult>;
  password: PasswordPolicy;
  lockout: LockoutSettings;
  sso: SsoSettings;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const failed = state && !state.ok ? state : undefined;
  const v = failed?.values;
  const e = failed?.fieldErrors ?? {};
  const num = (name: string, label: string, value: number, hint?: string) => (
    <TextField
      name={name}
      label={label}
      hint={hint}
      type="number"
      inputMode="numeric"
      className="w-32"
      defaultValue={v?.[name] ?? String(value)}
      error={e[name]}
    />
  );
  return (
    <form action={formAction} noValidate>
      {state?.ok ? <NotificationBanner tone="success">{state.message}</NotificationBanner> : null}
      <ErrorSummary message={failed?.message} fieldErrors={failed?.fieldErrors} />
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
      <Check
        name="password.blockCommon"
        label="Refuse commonly used passwords and passwords containing the username"
        checked={password.blockCommon}
      />

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
      <Check name="sso.enabled" label="Allow automatic login" checked={sso.enabled} />
      <Check
        name="sso.requireOrganisationEnabled"
        label="Only for organisations with single sign-on switched on"
        checked={sso.requireOrganisationEnabled}
      />
      <Check
        name="sso.requireDomainMatch"
        label="Only when the work email is on one of the organisation's email domains"
        checked={sso.requireDomainMatch}
      />
      <Check
        name="sso.linkByEmail"
        label="Link an account to its work account by email address the first time"
        checked={sso.linkByEmail}
      />
      <div className="mt-6">
        <SubmitButton>Save settings</SubmitButton>
      </div>
    </form>
  );
}
