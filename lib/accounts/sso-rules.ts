// Who may use automatic login (single sign-on). Pure: the caller loads the account and its organisation.

export type SsoSettings = {
  /** Master switch (the provider must also be configured in the environment). */
  enabled: boolean;
  /** Only organisations with single sign-on switched on. */
  requireOrganisationEnabled: boolean;
  /** The identity provider's email must be on one of the organisation's email domains. */
  requireDomainMatch: boolean;
  /** Link an account that has no single sign-on subject yet by its (unique) email address. */
  linkByEmail: boolean;
};

export const DEFAULT_SSO: SsoSettings = {
  enabled: true,
  requireOrganisationEnabled: true,
  requireDomainMatch: true,
  linkByEmail: true,
};

export type SsoCandidate = {
  status: 'ACTIVE' | 'SUSPENDED' | 'DELETED';
  ssoSubject: string | null;
  organisation: { ssoEnabled: boolean; emailDomains: string[] };
};

export type SsoDecision =
  | { ok: true; link: boolean }
  | {
      ok: false;
      reason: 'disabled' | 'no-account' | 'ambiguous' | 'suspended' | 'organisation' | 'domain' | 'other-subject';
    };

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** "herts.gov.uk" matches itself; ".herts.gov.uk" matches its subdomains. */
export function domainAllowed(domain: string, allowed: string[]): boolean {
  return allowed.some((entry) => {
    const rule = entry.trim().toLowerCase();
    if (!rule) return false;
    return rule.startsWith('.') ? domain.endsWith(rule) : domain === rule;
  });
}

/**
 * Decides whether a person signed in at the identity provider (subject, email) may use an account.
 * `bySubject` is the account already linked to the subject; `byEmail` the accounts with that email.
 */
export function decideSso(
  settings: SsoSettings,
  identity: { subject: string; email: string | null },
  bySubject: SsoCandidate | null,
  byEmail: SsoCandidate[],
): SsoDecision {
  if (!settings.enabled) return { ok: false, reason: 'disabled' };
  let account: SsoCandidate | undefined = bySubject ?? undefined;
  let link = false;
  if (!account) {
    if (!settings.linkByEmail || !identity.email || byEmail.length === 0) return { ok: false, reason: 'no-account' };
    if (byEmail.length > 1) return { ok: false, reason: 'ambiguous' };
    account = byEmail[0];
    if (!account) return { ok: false, reason: 'no-account' };
    if (account.ssoSubject && account.ssoSubject !== identity.subject) return { ok: false, reason: 'other-subject' };
    link = account.ssoSubject == null;
  }
  if (account.status !== 'ACTIVE') return { ok: false, reason: 'suspended' };
  if (settings.requireOrganisationEnabled && !account.organisation.ssoEnabled)
    return { ok: false, reason: 'organisation' };
  if (settings.requireDomainMatch) {
    if (!identity.email || !domainAllowed(emailDomain(identity.email), account.organisation.emailDomains)) {
      return { ok: false, reason: 'domain' };
    }
  }
  return { ok: true, link };
}

/** What the login page says when automatic login was refused. */
export const SSO_REFUSAL_TEXT: Record<Extract<SsoDecision, { ok: false }>['reason'] | 'error', string> = {
  disabled: 'Automatic login is switched off at the moment.',
  'no-account': 'We could not find an iLearn+ account that matches your work account.',
  ambiguous: 'More than one iLearn+ account uses your email address, so we cannot tell which one is yours.',
  suspended: 'Your iLearn+ account is suspended.',
  organisation: 'Automatic login is not available for your organisation.',
  domain: 'Your work email address is not one that can use automatic login.',
  'other-subject': 'Your iLearn+ account is linked to a different work account.',
  error: 'Automatic login did not work this time.',
};
