import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth/viewer';
import { ssoConfigured } from '@/lib/auth/options';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { env } from '@/lib/env';
import { loginErrorMessage, ssoRefusalMessage } from '@/lib/accounts/sign-in-messages';
import { LoginForm } from '@/components/auth/login-form';
import { CreateAccountSection, ForgottenDetailsLinks } from '@/components/auth/login-links';
import { AutomaticLoginButton } from '@/components/accounts/automatic-login-button';
import { NotificationBanner } from '@/components/ui/notification-banner';
import { HelpLink } from '@/components/help/help-link';

export const metadata: Metadata = { title: 'Log in' };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl, env.appUrl);
  const viewer = await getViewer();
  if (viewer) redirect(viewer.mustChangePassword ? '/change-password' : callbackUrl);
  const ssoMessage = ssoRefusalMessage(one(params.sso));
  const error = one(params.error) ? loginErrorMessage(one(params.error), env.displayTimeZone) : null;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">Log in to iLearn+</h1>
      {ssoMessage ? (
        <NotificationBanner title="Automatic login did not work">
          <p>{ssoMessage}</p>
        </NotificationBanner>
      ) : null}
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="automatic-login" className="border-2 border-slate-300 p-4 sm:p-6">
          <h2 id="automatic-login" className="mb-2 text-2xl font-bold">
            Automatic login
          </h2>
          {ssoConfigured() ? (
            <>
              <p className="mb-4">
                For staff whose organisation uses single sign-on: you log in with your work account and need no separate
                iLearn+ password.
              </p>
              <AutomaticLoginButton callbackUrl={callbackUrl} />
            </>
          ) : (
            <p>Automatic login is not set up on this site. Use manual login.</p>
          )}
        </section>
        <section aria-labelledby="manual-login" className="border-2 border-slate-300 p-4 sm:p-6">
          <h2 id="manual-login" className="mb-2 text-2xl font-bold">
            Manual login
          </h2>
          <p className="mb-4">Enter the username and password from your iLearn+ account details.</p>
          <LoginForm callbackUrl={callbackUrl} initialError={error} />
          <ForgottenDetailsLinks />
        </section>
      </div>
      <HelpLink slug="which-login">Which login should I use?</HelpLink>
      <CreateAccountSection />
    </>
  );
}
