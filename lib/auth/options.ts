// next-auth configuration: manual login (username + password) and automatic login (OpenID Connect, when
// configured). JWT sessions carry the user id and session version, re-checked against the database every request.
import type { NextAuthOptions } from 'next-auth';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { log, unexpectedReference } from '@/lib/log';
import { asServiceError, DatabaseUnavailableError } from '@/lib/errors';
import { clientAddress } from '@/lib/auth/client-address';
import { endSessions, signInWithPassword } from '@/lib/accounts/sign-in';
import { findSsoSession, resolveSsoSignIn } from '@/lib/accounts/sso';
import { verifySessionProof } from '@/lib/auth/session-refresh';

/** Sessions end after this long whatever the activity (absolute lifetime). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const SSO_PROVIDER_ID = 'oidc';

type OidcProfile = {
  sub: string;
  email?: string;
  email_verified?: boolean;
  preferred_username?: string;
  name?: string;
};

function oidcProvider(): OAuthConfig<OidcProfile>[] {
  const oidc = env.oidc;
  if (!oidc) return [];
  return [
    {
      id: SSO_PROVIDER_ID,
      name: 'Automatic login',
      type: 'oauth',
      wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      idToken: true,
      checks: ['pkce', 'state'],
      authorization: { params: { scope: 'openid email profile' } },
      httpOptions: { timeout: 10_000 },
      profile: (profile) => ({ id: profile.sub, email: profile.email ?? null, name: profile.name ?? null }),
    },
  ];
}

/** True when automatic login is configured (the login page offers it). */
export function ssoConfigured(): boolean {
  return env.oidc !== undefined;
}

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const lookup = (name: string) => {
    const value = headers?.[name];
    return typeof value === 'string' || Array.isArray(value) ? (value as string | string[]) : null;
  };
  return clientAddress(lookup, env.trustedProxies);
}

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  // next-auth's own messages go to the structured log too (its default prints to the console with stacks). Only
  // the code and the error: debug metadata can hold tokens, so it is not logged.
  logger: {
    error: (code, metadata) =>
      log.error(`next-auth error ${code}`, metadata instanceof Error ? metadata : metadata.error, { code }),
    warn: (code) => log.warn(`next-auth warning ${code}`, { code }),
    debug: (code) => log.debug(`next-auth debug ${code}`, { code }),
  },
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Manual login',
      credentials: { username: { type: 'text' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const username = typeof credentials?.username === 'string' ? credentials.username : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        const result = await signInWithPassword({ username, password, ip: clientIp(req?.headers) }).catch(
          (error: unknown) => {
            // next-auth would send the error's own text (Prisma's, with the database host) to the browser.
            if (asServiceError(error) instanceof DatabaseUnavailableError) throw new Error('ServiceUnavailable');
            throw new Error(`Unexpected:${unexpectedReference(error)}`);
          },
        );
        if (result.ok) return { id: String(result.user.id), name: result.user.name, sv: result.user.sessionVersion };
        // The message becomes the `error` the login page explains (see lib/accounts/sign-in-messages.ts).
        if (result.reason === 'locked') throw new Error(`AccountLocked:${result.until.getTime()}`);
        if (result.reason === 'throttled') throw new Error(`TooManyAttempts:${result.retryAfterMs}`);
        return null;
      },
    }),
    ...oidcProvider(),
  ],
  events: {
    // JWT sessions live in the cookie: without this, a copy of it would work until it expires.
    async signOut({ token }) {
      if (typeof token?.uid === 'number' && typeof token.sv === 'number') await endSessions(token.uid, token.sv);
    },
  },
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true;
      const p = (profile ?? {}) as OidcProfile;
      // Entra ID often carries the work address only as preferred_username (the UPN).
      const email = p.email ?? (p.preferred_username?.includes('@') ? p.preferred_username : null);
      try {
        const result = await resolveSsoSignIn({
          subject: account.providerAccountId,
          email,
          emailVerified: p.email_verified !== false,
        });
        return result.ok ? true : `/login?sso=${result.reason}`;
      } catch (error) {
        // next-auth would put the raw error text in a redirect header: log it and explain plainly instead.
        log.error('single sign-on failed', error);
        return '/login?sso=error';
      }
    },
    async jwt({ token, user, account, trigger, session }) {
      if (trigger === 'update') {
        const version =
          typeof token.uid === 'number'
            ? verifySessionProof((session as { svProof?: unknown } | undefined)?.svProof, token.uid)
            : null;
        if (version !== null) token.sv = version;
        return token;
      }
      if (account?.provider === SSO_PROVIDER_ID) {
        const linked = await findSsoSession(account.providerAccountId);
        if (linked) {
          token.uid = linked.id;
          token.sv = linked.sessionVersion;
          token.authAt = Math.floor(Date.now() / 1000);
        }
        return token;
      }
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sv?: number }).sv ?? 1;
        token.authAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, id: token.uid as number, sv: token.sv as number };
      session.authAt = token.authAt as number;
      return session;
    },
  },
};
