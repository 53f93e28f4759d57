// Security settings (password policy, lock-out, single sign-on rules), stored as JSON in the Setting table.
import { z } from 'zod';
import { db } from '@/lib/db';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '@/lib/accounts/policy-rules';
import { DEFAULT_LOCKOUT, type LockoutSettings } from '@/lib/accounts/lockout-rules';
import { DEFAULT_SSO, type SsoSettings } from '@/lib/accounts/sso-rules';

// Each number names itself in its messages ("Minimum password length must be 6 or more").
const int = (min: number, max: number, label: string) =>
  z.coerce
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be ${min} or more`)
    .max(max, `${label} must be ${max} or less`);
const bool = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

export const passwordPolicySchema = z.object({
  minLength: int(6, 64, 'Minimum password length'),
  minDigits: int(0, 10, 'Minimum numbers in a password'),
  minLower: int(0, 10, 'Minimum lower case letters in a password'),
  minUpper: int(0, 10, 'Minimum capital letters in a password'),
  minSymbols: int(0, 10, 'Minimum symbols in a password'),
  reuseLimit: int(0, 24, 'Password changes before an old password can be used again'),
  blockCommon: bool,
  resetLinkMinutes: int(5, 240, 'Forgotten-password link time (minutes)'),
});

export const lockoutSchema = z.object({
  threshold: int(0, 100, 'Failed logins that lock an account'),
  windowMinutes: int(1, 1440, 'The time failures are counted over (minutes)'),
  durationMinutes: int(1, 1440, 'The time before a locked account unlocks (minutes)'),
  slowDownMs: int(0, 3000, 'The extra wait per earlier failure (milliseconds)'),
  ipMaxFailures: int(5, 1000, 'Failed logins from one network address'),
  formsPerHour: int(1, 1000, 'Form uses per hour'),
});

export const ssoSettingsSchema = z.object({
  enabled: bool,
  requireOrganisationEnabled: bool,
  requireDomainMatch: bool,
  linkByEmail: bool,
});

export const SETTING_KEYS = { password: 'passwordPolicy', lockout: 'lockout', sso: 'sso' } as const;

async function read<T extends object>(key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const row = await db.setting.findUnique({ where: { key }, select: { value: true } });
  if (!row) return fallback;
  // Stored values may predate a new field: fill gaps from the defaults.
  const parsed = schema.safeParse({ ...fallback, ...(row.value as object) });
  return parsed.success ? parsed.data : fallback;
}

export function getPasswordPolicy(): Promise<PasswordPolicy> {
  return read(SETTING_KEYS.password, passwordPolicySchema, DEFAULT_PASSWORD_POLICY);
}

export function getLockoutSettings(): Promise<LockoutSettings> {
  return read(SETTING_KEYS.lockout, lockoutSchema, DEFAULT_LOCKOUT);
}

export function getSsoSettings(): Promise<SsoSettings> {
  return read(SETTING_KEYS.sso, ssoSettingsSchema, DEFAULT_SSO);
}
