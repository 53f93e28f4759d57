// Passes the requested path to layouts (for the "return here after login" address). It decides nothing about
// access: layouts redirect signed-out visitors and every lib/ query checks the viewer itself.
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-ilearn-path', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!api/|_next/|favicon\\.ico|robots\\.txt|.*\\.(?:png|jpg|jpeg|gif|svg|ico|css|js|map|woff2?)$).*)'],
};
