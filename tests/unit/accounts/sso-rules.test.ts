/** @jest-environment node */
import { decideSso, DEFAULT_SSO, domainAllowed, type SsoCandidate } from '@/lib/accounts/sso-rules';

const staff = (over: Partial<SsoCandidate> = {}): SsoCandidate => ({
  status: 'ACTIVE',
  ssoSubject: null,
  organisation: { ssoEnabled: true, emailDomains: ['herts.gov.uk'] },
  ...over,
});
const identity = { subject: 'sub-1', email: 'sam.taylor@herts.gov.uk' };

describe('domainAllowed', () => {
  it('matches exact domains, and subdomains only with a leading dot', () => {
    expect(domainAllowed('herts.gov.uk', ['herts.gov.uk'])).toBe(true);
    expect(domainAllowed('hr.herts.gov.uk', ['herts.gov.uk'])).toBe(false);
    expect(domainAllowed('hr.herts.gov.uk', ['.herts.gov.uk'])).toBe(true);
    expect(domainAllowed('evilherts.gov.uk', ['.herts.gov.uk'])).toBe(false);
  });
});

describe('decideSso', () => {
  it('links an eligible account found by email', () => {
    expect(decideSso(DEFAULT_SSO, identity, null, [staff()])).toEqual({ ok: true, link: true });
  });

  it('lets an already linked account in without linking again', () => {
    expect(decideSso(DEFAULT_SSO, identity, staff({ ssoSubject: 'sub-1' }), [])).toEqual({ ok: true, link: false });
  });

  it.each([
    ['disabled', { ...DEFAULT_SSO, enabled: false }, null, [staff()]],
    ['no-account', DEFAULT_SSO, null, []],
    ['ambiguous', DEFAULT_SSO, null, [staff(), staff()]],
    ['suspended', DEFAULT_SSO, null, [staff({ status: 'SUSPENDED' })]],
    [
      'organisation',
      DEFAULT_SSO,
      null,
      [staff({ organisation: { ssoEnabled: false, emailDomains: ['herts.gov.uk'] } })],
    ],
    ['domain', DEFAULT_SSO, null, [staff({ organisation: { ssoEnabled: true, emailDomains: ['other.org'] } })]],
    ['other-subject', DEFAULT_SSO, null, [staff({ ssoSubject: 'someone-else' })]],
  ] as const)('refuses with reason %s', (reason, settings, bySubject, byEmail) => {
    expect(decideSso(settings, identity, bySubject, [...byEmail])).toEqual({ ok: false, reason });
  });

  it('honours relaxed rules: no organisation switch, no domain check, no linking by email', () => {
    const relaxed = { ...DEFAULT_SSO, requireOrganisationEnabled: false, requireDomainMatch: false };
    expect(
      decideSso(relaxed, identity, null, [staff({ organisation: { ssoEnabled: false, emailDomains: [] } })]).ok,
    ).toBe(true);
    expect(decideSso({ ...DEFAULT_SSO, linkByEmail: false }, identity, null, [staff()])).toEqual({
      ok: false,
      reason: 'no-account',
    });
  });
});
