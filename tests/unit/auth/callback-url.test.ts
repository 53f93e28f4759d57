/** @jest-environment node */
import { safeCallbackPath } from '@/lib/auth/callback-url';

describe('safeCallbackPath', () => {
  it('keeps same-site paths with their query and hash', () => {
    expect(safeCallbackPath('/courses/12?tab=overview#content')).toBe('/courses/12?tab=overview#content');
    expect(safeCallbackPath(['/admin', '/other'])).toBe('/admin');
  });

  it('refuses other sites and tricks that browsers read as another site', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/%0d%0a//evil',
      ' //evil.example',
      '/\tevil',
    ]) {
      expect(safeCallbackPath(value)).not.toMatch(/evil\.example|javascript/);
      expect(safeCallbackPath(value).startsWith('/')).toBe(true);
      expect(safeCallbackPath(value).startsWith('//')).toBe(false);
    }
    expect(safeCallbackPath('https://evil.example/')).toBe('/');
    expect(safeCallbackPath('//evil.example/x')).toBe('/');
  });

  it('accepts our own absolute URL and avoids sending people back to the login page', () => {
    expect(safeCallbackPath('http://127.0.0.1:3000/help', 'http://127.0.0.1:3000')).toBe('/help');
    expect(safeCallbackPath('/login?callbackUrl=/x')).toBe('/');
    expect(safeCallbackPath('/api/auth/signout')).toBe('/');
    expect(safeCallbackPath(undefined)).toBe('/');
    expect(safeCallbackPath('')).toBe('/');
  });
});
