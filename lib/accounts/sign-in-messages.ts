// What the login page says for each sign-in error code (next-auth's `error`, our `sso` reason).
import { formatTime } from '@/lib/format';
import { SSO_REFUSAL_TEXT } from '@/lib/accounts/sso-rules';

export const GENERIC_LOGIN_ERROR = 'Your username or password is incorrect.';
export const SERVICE_UNAVAILABLE_TEXT = 'iLearn+ is unavailable just now. Please try again in a few minutes.';

/** Plain-English message for a manual login error code. */
export function loginErrorMessage(code: string | null | undefined, timeZone = 'Europe/London'): string | null {
  if (!code) return null;
  const [kind, value] = code.split(':');
  if (kind === 'AccountLocked') {
    const until = new Date(Number(value));
    const when = Number.isFinite(until.getTime()) ? ` until ${formatTime(until, timeZone)}` : '';
    return `Your account is locked${when} because of too many failed login attempts. Try again later, use "Forgotten your password?" or ask your L&D team to unlock it.`;
  }
  if (kind === 'TooManyAttempts') {
    const minutes = Math.max(1, Math.ceil(Number(value) / 60_000) || 1);
    return `Too many failed login attempts from your network. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`;
  }
  if (kind === 'SessionRequired') return null;
  if (kind === 'ServiceUnavailable') return SERVICE_UNAVAILABLE_TEXT;
  if (kind === 'Unexpected' && /^[0-9a-f]{8}$/.test(value ?? '')) {
    return `Something went wrong on our side. Please try again. If it keeps happening, contact support quoting reference ${value}.`;
  }
  if (kind === 'OAuthSignin' || kind === 'OAuthCallback' || kind === 'Callback' || kind === 'OAuthAccountNotLinked') {
    return `${SSO_REFUSAL_TEXT.error} Use manual login below, or try automatic login again.`;
  }
  return GENERIC_LOGIN_ERROR;
}

/** The explanation when automatic login refused someone, pointing to manual login. */
export function ssoRefusalMessage(reason: string | null | undefined): string | null {
  if (!reason) return null;
  const text = SSO_REFUSAL_TEXT[reason as keyof typeof SSO_REFUSAL_TEXT] ?? SSO_REFUSAL_TEXT.error;
  return `${text} Please use manual login with your iLearn+ username and password. If you do not have them, use "Create new account" or "Forgotten your username or password?".`;
}
