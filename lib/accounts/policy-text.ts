import { getPasswordPolicy } from '@/lib/accounts/settings';
import { describePolicy } from '@/lib/accounts/policy-rules';

/** The current policy in plain English, for password forms. */
export async function getPasswordPolicyText(): Promise<string[]> {
  return describePolicy(await getPasswordPolicy());
}
