// A real OpenID Connect provider (the `oidc-provider` package) for the browser tests' automatic login.
// Usage: node tests/browser/oidc-server.mjs <port> <redirect_uri>. Prints "ready <issuer>" once listening.
// Its development login form accepts any password; the login typed becomes the subject, and the accounts
// below give the email claims (anything else gets an address on an unknown domain).
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

export const OIDC_ACCOUNTS = {
  'sso-staff-1': { email: 'sso.staff@sso.example', name: 'Sso Staff' },
  'no-sso-2': { email: 'no.sso@plain.example', name: 'No Sso' },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'ilearn-browser-tests',
      client_secret: 'ilearn-browser-tests-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  async findAccount(_ctx, sub) {
    const known = OIDC_ACCOUNTS[sub];
    return {
      accountId: sub,
      async claims() {
        return { sub, email: known?.email ?? `${sub}@unknown.example`, email_verified: true, name: known?.name ?? sub };
      },
    };
  },
  // Put the email claims in the ID token too (as Microsoft Entra ID does), not only at the userinfo endpoint.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
});
provider.proxy = false;

const server = provider.listen(Number(port), '127.0.0.1', () => {
  console.log(`ready ${issuer}`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
