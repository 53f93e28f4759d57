import { headers } from 'next/headers';

/** Path and query of the page being rendered (set by proxy.ts), used as the return address after signing in. */
export async function requestPath(): Promise<string> {
  const value = (await headers()).get('x-ilearn-path');
  return value && value.startsWith('/') ? value : '/';
}
