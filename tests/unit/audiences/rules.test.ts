/** @jest-environment node */
import { matchesAudience, ruleMatches, type AudienceProfile } from '@/lib/audiences/rules';

const sam: AudienceProfile = {
  username: 'wbc-40001',
  email: 'sam@watford.gov.uk',
  organisationSlug: 'watford',
  organisationName: 'Watford Borough Council',
  jobTitles: ['Social Worker'],
  managerUsernames: ['90002'],
  isManager: false,
  authMethod: 'MANUAL',
};

describe('audience rules', () => {
  it('matches each field', () => {
    expect(ruleMatches(sam, { field: 'ORGANISATION', operator: 'EQUALS', value: 'Watford' })).toBe(true);
    expect(ruleMatches(sam, { field: 'JOB_TITLE', operator: 'CONTAINS', value: 'social' })).toBe(true);
    expect(ruleMatches(sam, { field: 'MANAGER', operator: 'EQUALS', value: '90002' })).toBe(true);
    expect(ruleMatches(sam, { field: 'IS_MANAGER', operator: 'EQUALS', value: 'yes' })).toBe(false);
    expect(ruleMatches(sam, { field: 'USERNAME_PREFIX', operator: 'EQUALS', value: 'wbc-' })).toBe(true);
    expect(ruleMatches(sam, { field: 'USERNAME_PREFIX', operator: 'EQUALS', value: 'WBC-' })).toBe(false);
    expect(
      ruleMatches(sam, { field: 'EMAIL_DOMAIN', operator: 'IN', value: 'hertfordshire.gov.uk\nwatford.gov.uk' }),
    ).toBe(true);
    expect(ruleMatches(sam, { field: 'AUTH_METHOD', operator: 'NOT_EQUALS', value: 'SSO' })).toBe(true);
  });

  it('combines rules with ALL or ANY and never matches with no rules', () => {
    const rules = [
      { field: 'ORGANISATION' as const, operator: 'EQUALS' as const, value: 'watford' },
      { field: 'IS_MANAGER' as const, operator: 'EQUALS' as const, value: 'yes' },
    ];
    expect(matchesAudience(sam, rules, 'ALL')).toBe(false);
    expect(matchesAudience(sam, rules, 'ANY')).toBe(true);
    expect(matchesAudience(sam, [], 'ANY')).toBe(false);
  });
});
