// Turns a sign-in error code into the message the login form shows (kept on the server with the wording).
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { GENERIC_LOGIN_ERROR, loginErrorMessage } from '@/lib/accounts/sign-in-messages';

export function GET(request: NextRequest) {
  const code = request.nextUrl.searchParams.get('code')?.slice(0, 100);
  return NextResponse.json({ message: loginErrorMessage(code, env.displayTimeZone) ?? GENERIC_LOGIN_ERROR });
}
