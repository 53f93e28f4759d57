// The organisation an email speaks for: its name, colour and help contacts, as its pages show them. sendEmail
// looks it up from the account the email is about and renderEmail runs the render inside withEmailBrand, so
// templates never pass it along themselves. Not React context: emails are also rendered from server components'
// modules, where React has no createContext; the brand rides on the render's async context instead.
import { AsyncLocalStorage } from 'node:async_hooks';

export const HELP_EMAIL = 'ilearn.support@ilearn.local';

export type EmailBrand = {
  /** "Hertfordshire County Council"; null for the generic iLearn+ brand. */
  organisationName: string | null;
  /** What the header shows (the organisation's logo text, or "iLearn+"). */
  logoText: string;
  /** Header background behind white text (already checked for contrast). */
  colour: string;
  helpEmail: string;
  helpPhone: string | null;
  helpHours: string | null;
};

export const DEFAULT_EMAIL_BRAND: EmailBrand = {
  organisationName: null,
  logoText: 'iLearn+',
  colour: '#0b0c0c',
  helpEmail: HELP_EMAIL,
  helpPhone: null,
  helpHours: null,
};

// On globalThis: Next.js can load this module in more than one chunk, and they must share one store.
const shared = globalThis as unknown as { ilearnEmailBrand?: AsyncLocalStorage<EmailBrand> };
const brandStore = (shared.ilearnEmailBrand ??= new AsyncLocalStorage<EmailBrand>());

/** Runs render() with `brand` as the brand every EmailLayout inside it shows. */
export function withEmailBrand<T>(brand: EmailBrand, render: () => T): T {
  return brandStore.run(brand, render);
}

/** The brand of the email being rendered (the generic iLearn+ brand outside withEmailBrand). */
export function useEmailBrand(): EmailBrand {
  return brandStore.getStore() ?? DEFAULT_EMAIL_BRAND;
}
