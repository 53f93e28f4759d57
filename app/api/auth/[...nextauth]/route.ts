// next-auth's endpoints (CSRF token, credentials callback, session, sign-out).
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
