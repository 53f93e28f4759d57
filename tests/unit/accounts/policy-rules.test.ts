/** @jest-environment node */
import {
  DEFAULT_PASSWORD_POLICY,
  describePolicy,
  generateTemporaryPassword,
  passwordProblems,
  passwordProblemsMessage,
} from '@/lib/accounts/policy-rules';

const policy = DEFAULT_PASSWORD_POLICY;

describe('passwordProblems with the default policy', () => {
  it('accepts a password with 8+ characters, a digit, a lower and an upper case letter', () => {
    expect(passwordProblems('Kestrel7river', policy)).toEqual([]);
  });

  it.each([
    ['Short7a', /at least 8 characters/],
    ['nodigitsHere', /at least 1 number/],
    ['NOLOWER123', /lower case/],
    ['noupper123', /capital/],
  ])('refuses %s', (password, message) => {
    expect(passwordProblems(password, policy).join('\n')).toMatch(message);
  });

  it('refuses common passwords whatever their case, even when they meet the character rules', () => {
    expect(passwordProblems('Password1', policy)).toEqual([expect.stringMatching(/too common/)]);
    expect(passwordProblems('WELCOME123', { ...policy, minLower: 0 })).toEqual([expect.stringMatching(/too common/)]);
  });

  it('refuses a password containing the username', () => {
    expect(passwordProblems('Sam.Taylor2026', policy, 'sam.taylor')).toEqual([expect.stringMatching(/username/)]);
  });

  it('applies stricter settings (length and symbols) and allows the common list to be switched off', () => {
    const strict = { ...policy, minLength: 14, minSymbols: 1 };
    expect(passwordProblems('Kestrel7river', strict)).toHaveLength(2);
    expect(passwordProblems('Kestrel7river!', strict)).toEqual([]);
    expect(passwordProblems('Password1', { ...policy, blockCommon: false })).toEqual([]);
  });
});

describe('passwordProblemsMessage', () => {
  it('names every unmet rule of "password" at once: the number, the capital letter and that it is common', () => {
    const message = passwordProblemsMessage(passwordProblems('password', policy));
    expect(message).toMatch(/at least 1 number/);
    expect(message).toMatch(/at least 1 capital letter/);
    expect(message).toMatch(/too common/);
  });

  it('is null for a good password and the single sentence for one problem', () => {
    expect(passwordProblemsMessage(passwordProblems('Kestrel7river', policy))).toBeNull();
    expect(passwordProblemsMessage(['Password must include at least 1 number'])).toBe(
      'Password must include at least 1 number',
    );
  });
});

describe('describePolicy', () => {
  it('lists each rule in plain English, including reuse', () => {
    const lines = describePolicy(policy);
    expect(lines).toEqual([
      'at least 8 characters',
      'at least 1 number (0 to 9)',
      'at least 1 lower case letter',
      'at least 1 capital letter',
      'not one of your last 3 passwords',
      'not a commonly used password, and not your username',
    ]);
  });

  it('omits rules that are switched off', () => {
    expect(describePolicy({ ...policy, minDigits: 0, reuseLimit: 0, blockCommon: false })).not.toContain(
      'at least 1 number (0 to 9)',
    );
  });
});

describe('generateTemporaryPassword', () => {
  it('always meets the policy it is generated for', () => {
    let seed = 7;
    const random = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % max;
    };
    for (const p of [policy, { ...policy, minLength: 16, minSymbols: 2, minDigits: 3 }]) {
      for (let i = 0; i < 50; i += 1) expect(passwordProblems(generateTemporaryPassword(p, random), p)).toEqual([]);
    }
  });
});
