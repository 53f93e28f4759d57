// The organisation an email speaks for: its name, colour and help contacts, as its pages show them. sendEmail
// looks it up from the account the email is about and renderEmail provides it to EmailLayout through context, so
// templates never pass it along themselves.
import { createContext, useContext } from 'react';

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

export const EmailBrandContext = createContext<EmailBrand>(DEFAULT_EMAIL_BRAND);

export function useEmailBrand(): EmailBrand {
  return useContext(EmailBrandContext);
}
