import type { HelpContext } from '@/lib/help/queries';

/** Which organisations use automatic login and their username prefixes, from organisation settings. */
export function LoginOptions({ context }: { context: HelpContext }) {
  if (!context.automaticLogin) {
    return (
      <p className="mt-3 border-l-4 border-slate-500 bg-slate-100 p-3">
        Automatic login is not set up on this site at the moment, so everyone uses manual login.
      </p>
    );
  }
  const own = context.organisation ? context.loginFacts.find((o) => o.id === context.organisation!.id) : undefined;
  if (own) {
    return (
      <p className="mt-3 border-l-4 border-slate-500 bg-slate-100 p-3" data-testid="login-options">
        {own.ssoEnabled
          ? `${own.name} uses automatic login.`
          : `${own.name} does not use automatic login: use manual login.`}
        {own.usernamePrefix ? ` ${own.name} usernames start with ${own.usernamePrefix}.` : ''}
      </p>
    );
  }
  const sso = context.loginFacts.filter((o) => o.ssoEnabled).map((o) => o.name);
  const prefixed = context.loginFacts.filter((o) => o.usernamePrefix);
  return (
    <div className="mt-3 border-l-4 border-slate-500 bg-slate-100 p-3" data-testid="login-options">
      <p>
        {sso.length > 0
          ? `Organisations that use automatic login: ${sso.join(', ')}.`
          : 'No organisation uses automatic login at the moment: everyone uses manual login.'}
      </p>
      {prefixed.length > 0 ? (
        <p className="mt-1">Username prefixes: {prefixed.map((o) => `${o.name}, ${o.usernamePrefix}`).join('; ')}.</p>
      ) : null}
    </div>
  );
}
