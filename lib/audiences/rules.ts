// Pure rule matching for dynamic audiences.
import type { AudienceRuleField, AudienceRuleOperator } from '@/lib/generated/prisma/enums';

export type AudienceProfile = {
  username: string;
  email: string | null;
  organisationSlug: string;
  organisationName: string;
  jobTitles: string[];
  managerUsernames: string[];
  isManager: boolean;
  authMethod: string;
};

export type AudienceRuleInput = { field: AudienceRuleField; operator: AudienceRuleOperator; value: string };

function values(profile: AudienceProfile, field: AudienceRuleField): string[] {
  switch (field) {
    case 'ORGANISATION':
      return [profile.organisationSlug, profile.organisationName];
    case 'JOB_TITLE':
      return profile.jobTitles;
    case 'MANAGER':
      return profile.managerUsernames;
    case 'IS_MANAGER':
      return [profile.isManager ? 'yes' : 'no'];
    case 'USERNAME_PREFIX':
      return [profile.username];
    case 'EMAIL_DOMAIN':
      return profile.email ? [profile.email.split('@')[1] ?? ''] : [];
    case 'AUTH_METHOD':
      return [profile.authMethod];
  }
}

function compare(actual: string, operator: AudienceRuleOperator, expected: string, caseSensitive: boolean): boolean {
  const a = caseSensitive ? actual : actual.toLowerCase();
  const e = caseSensitive ? expected.trim() : expected.trim().toLowerCase();
  switch (operator) {
    case 'EQUALS':
      return a === e;
    case 'NOT_EQUALS':
      return a !== e;
    case 'CONTAINS':
      return a.includes(e);
    case 'STARTS_WITH':
      return a.startsWith(e);
    case 'IN':
      return e
        .split('\n')
        .map((v) => v.trim())
        .filter(Boolean)
        .includes(a);
  }
}

/** One rule. NOT_EQUALS means none of the person's values equals it; the others need any value to match. */
export function ruleMatches(profile: AudienceProfile, rule: AudienceRuleInput): boolean {
  // Usernames are case-sensitive in iLearn+; everything else compares without case.
  const caseSensitive = rule.field === 'USERNAME_PREFIX' || rule.field === 'MANAGER';
  // "Username prefix equals wbc-" means the username starts with it.
  const operator = rule.field === 'USERNAME_PREFIX' && rule.operator === 'EQUALS' ? 'STARTS_WITH' : rule.operator;
  const actual = values(profile, rule.field);
  if (operator === 'NOT_EQUALS') return actual.every((a) => compare(a, 'NOT_EQUALS', rule.value, caseSensitive));
  return actual.some((a) => compare(a, operator, rule.value, caseSensitive));
}

/** ALL: every rule; ANY: at least one. No rules: nobody (an empty dynamic audience never means everyone). */
export function matchesAudience(
  profile: AudienceProfile,
  rules: AudienceRuleInput[],
  aggregation: 'ALL' | 'ANY',
): boolean {
  if (rules.length === 0) return false;
  return aggregation === 'ANY'
    ? rules.some((r) => ruleMatches(profile, r))
    : rules.every((r) => ruleMatches(profile, r));
}
