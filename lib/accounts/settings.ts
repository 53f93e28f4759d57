// Security settings (password policy, lock-out, single sign-on rules), stored as JSON in the Setting table.
import { z } from 'zod';
import { db } from '@/lib/db';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '@/lib/accounts/policy-rules';
import { DEFAULT_LOCKOUT, type LockoutSettings } from '@/lib/accounts/lockout-rules';
import { DEFAULT_SSO, type SsoSettings } from '@/lib/accounts/sso-rules';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

export const passwordPolicySchema = z.object({
  minLength: int(6, 64),
  minDigits: int(0, 10),
  minLower: int(0, 10),
  minUpper: int(0, 10),
  minSymbols: int(0, 10),
  reuseLimit: int(0, 24),
  blockCommon: bool,
  resetLinkMinutes: int(5, 240),
});

export const lockoutSchema = z.object({
  threshold: int(0, 100),
  windowMinutes: int(1, 1440),
  durationMinutes: int(1, 1440),
  slowDownMs: int(0, 3000),
  ipMaxFailures: int(5, 1000),
  formsPerHour: int(1, 1000),
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
