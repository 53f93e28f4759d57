// Passes the requested path to layouts (for the "return here after login" address) and sets the page security
// headers: a Content-Security-Policy with a fresh nonce (Next.js reads it from the request header and puts it on
// its own scripts) and, when configured, HSTS. It decides nothing about access: layouts redirect signed-out
// visitors and every lib/ query checks the viewer itself.
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { contentSecurityPolicy, createNonce, hstsHeader, isRouteHandlerPath } from '@/lib/security-headers';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-ilearn-path', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  let policy: string | null = null;
  if (!isRouteHandlerPath(request.nextUrl.pathname)) {
    policy = contentSecurityPolicy(createNonce(), { development: env.nodeEnv === 'development' });
    headers.set('content-security-policy', policy);
  }
  const response = NextResponse.next({ request: { headers } });
  if (policy) response.headers.set('Content-Security-Policy', policy);
  const hsts = hstsHeader(env.hstsMaxAge);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  matcher: ['/((?!api/|_next/|favicon\\.ico|robots\\.txt|.*\\.(?:png|jpg|jpeg|gif|svg|ico|css|js|map|woff2?)$).*)'],
};
