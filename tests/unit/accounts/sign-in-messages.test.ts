/** @jest-environment node */
import { loginErrorMessage, ssoRefusalMessage, GENERIC_LOGIN_ERROR } from '@/lib/accounts/sign-in-messages';

describe('login messages', () => {
  it('gives one generic message for wrong credentials', () => {
    expect(loginErrorMessage('CredentialsSignin')).toBe(GENERIC_LOGIN_ERROR);
    expect(loginErrorMessage('anything-else')).toBe(GENERIC_LOGIN_ERROR);
  });

  it('explains a lock with the UK time it ends', () => {
    expect(loginErrorMessage(`AccountLocked:${Date.UTC(2026, 6, 1, 9, 30)}`)).toMatch(/locked until 10:30am/);
    expect(loginErrorMessage('TooManyAttempts:90000')).toMatch(/wait 2 minutes/);
  });

  it('points people refused by automatic login to manual login', () => {
    expect(ssoRefusalMessage('organisation')).toMatch(/not available for your organisation.*manual login/);
    expect(ssoRefusalMessage('made-up')).toMatch(/did not work this time/);
    expect(ssoRefusalMessage(undefined)).toBeNull();
  });
});
