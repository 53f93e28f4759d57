// Password policy: pure rules shared by every password form, the admin settings page and the commands.
import { COMMON_PASSWORDS } from '@/lib/accounts/common-passwords';

export type PasswordPolicy = {
  minLength: number;
  minDigits: number;
  minLower: number;
  minUpper: number;
  minSymbols: number;
  /** A password may be reused only after this many changes (0 = no history check). */
  reuseLimit: number;
  blockCommon: boolean;
  /** How long a forgotten-password link stays valid. */
  resetLinkMinutes: number;
};

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 8,
  minDigits: 1,
  minLower: 1,
  minUpper: 1,
  minSymbols: 0,
  reuseLimit: 3,
  blockCommon: true,
  resetLinkMinutes: 30,
};

const count = (value: string, pattern: RegExp) => (value.match(pattern) ?? []).length;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The policy in plain English, one line per rule, as shown beside every password field. */
export function describePolicy(policy: PasswordPolicy): string[] {
  const lines = [`at least ${plural(policy.minLength, 'character', 'characters')}`];
  if (policy.minDigits > 0) lines.push(`at least ${plural(policy.minDigits, 'number', 'numbers')} (0 to 9)`);
  if (policy.minLower > 0) lines.push(`at least ${plural(policy.minLower, 'lower case letter', 'lower case letters')}`);
  if (policy.minUpper > 0) lines.push(`at least ${plural(policy.minUpper, 'capital letter', 'capital letters')}`);
  if (policy.minSymbols > 0) lines.push(`at least ${plural(policy.minSymbols, 'symbol', 'symbols')}, such as ! or #`);
  if (policy.reuseLimit > 0) {
    lines.push(`not one of your last ${plural(policy.reuseLimit, 'password', 'passwords')}`);
  }
  if (policy.blockCommon) lines.push('not a commonly used password, and not your username');
  return lines;
}

/** Problems with a proposed password, in plain English; empty when it meets the policy (history aside). */
export function passwordProblems(password: string, policy: PasswordPolicy, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < policy.minLength) {
    problems.push(`Password must be at least ${plural(policy.minLength, 'character', 'characters')} long`);
  }
  if (password.length > 200) problems.push('Password must be 200 characters or fewer');
  if (count(password, /[0-9]/g) < policy.minDigits) {
    problems.push(`Password must include at least ${plural(policy.minDigits, 'number', 'numbers')}`);
  }
  if (count(password, /[a-z]/g) < policy.minLower) {
    problems.push(
      `Password must include at least ${plural(policy.minLower, 'lower case letter', 'lower case letters')}`,
    );
  }
  if (count(password, /[A-Z]/g) < policy.minUpper) {
    problems.push(`Password must include at least ${plural(policy.minUpper, 'capital letter', 'capital letters')}`);
  }
  if (count(password, /[^A-Za-z0-9]/g) < policy.minSymbols) {
    problems.push(`Password must include at least ${plural(policy.minSymbols, 'symbol', 'symbols')}`);
  }
  if (policy.blockCommon) {
    const lower = password.toLowerCase();
    if (COMMON_PASSWORDS.has(lower)) problems.push('This password is too common. Choose one that is harder to guess');
    else if (username && lower.includes(username.toLowerCase()))
      problems.push('Password must not contain your username');
  }
  return problems;
}

/**
 * Every unmet rule in one field message (one sentence each), so a learner sees all of them at once rather than
 * fixing one only to meet the next. Null when there is nothing to say.
 */
export function passwordProblemsMessage(problems: string[]): string | null {
  if (problems.length === 0) return null;
  return problems.join('. ');
}

/** A random password that meets the policy (for new accounts and admin resets); the user must change it. */
export function generateTemporaryPassword(policy: PasswordPolicy, random: (max: number) => number): string {
  const pick = (chars: string) => chars.charAt(random(chars.length));
  const lower = 'abcdefghijkmnpqrstuvwxyz';
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const symbols = '!#%+=?';
  const chars: string[] = [];
  for (let i = 0; i < Math.max(policy.minUpper, 2); i += 1) chars.push(pick(upper));
  for (let i = 0; i < Math.max(policy.minDigits, 2); i += 1) chars.push(pick(digits));
  for (let i = 0; i < policy.minSymbols; i += 1) chars.push(pick(symbols));
  while (chars.length < Math.max(policy.minLength, 12)) chars.push(pick(lower));
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = random(i + 1);
    const swap = chars[i] as string;
    chars[i] = chars[j] as string;
    chars[j] = swap;
  }
  return chars.join('');
}
