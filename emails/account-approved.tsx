// Login details for a new account (approved request, admin-created account or admin password reset).
// When the person has no email address, the same details go to their manager to pass on.
import { Heading } from '@react-email/components';
import { defineEmailTemplate } from '@/lib/notifications/template';
import { EmailLayout } from './components/layout';
import { ActionButton, Details, P } from './account-email-parts';

export type LoginDetailsProps = {
  recipientName: string;
  /** Set when the email goes to the manager of someone without an email address. */
  forName?: string;
  reason: 'approved' | 'created' | 'reset';
  username: string;
  /** Null for an automatic-login (single sign-on) account: it has no iLearn+ password. */
  temporaryPassword: string | null;
  loginUrl: string;
  appUrl?: string;
};

const INTRO: Record<LoginDetailsProps['reason'], string> = {
  approved: 'your request for an iLearn+ account has been approved',
  created: 'an iLearn+ account has been created',
  reset: 'the iLearn+ team has set a new temporary password',
};

export function LoginDetailsEmail({
  recipientName,
  forName,
  reason,
  username,
  temporaryPassword,
  loginUrl,
  appUrl,
}: LoginDetailsProps) {
  return (
    <EmailLayout preview={`Your iLearn+ username is ${username}`} appUrl={appUrl}>
      <Heading as="h1" style={{ fontSize: '24px' }}>
        {forName ? `iLearn+ login details for ${forName}` : 'Your iLearn+ login details'}
      </Heading>
      <P>Dear {recipientName},</P>
      {forName ? (
        <P>
          {forName} does not have an email address in iLearn+, so we are sending their login details to you as their
          manager: {INTRO[reason]} for them. Please pass these details on privately.
        </P>
      ) : (
        <P>We are writing to tell you that {INTRO[reason]} for you.</P>
      )}
      {temporaryPassword ? (
        <>
          <Details
            rows={[
              ['Username', username],
              ['Temporary password', temporaryPassword],
            ]}
          />
          <P>
            Use manual login. You will be asked to choose a new password straight away. Usernames and passwords are
            case-sensitive.
          </P>
        </>
      ) : (
        <>
          <Details rows={[['Username', username]]} />
          <P>
            Choose &quot;Automatic login&quot; on the login page and sign in with your work account: you do not need a
            separate iLearn+ password.
          </P>
        </>
      )}
      <ActionButton label="Log in to iLearn+" url={loginUrl} />
    </EmailLayout>
  );
}

LoginDetailsEmail.PreviewProps = {
  recipientName: 'Alex',
  reason: 'approved',
  username: 'alex.morgan',
  temporaryPassword: 'Xk7mPq2rTw9z',
  loginUrl: 'http://localhost:3000/login',
} satisfies LoginDetailsProps;
export default LoginDetailsEmail;

export const loginDetailsEmail = defineEmailTemplate<LoginDetailsProps>({
  name: 'login-details',
  subject: (p) => (p.forName ? `iLearn+ login details for ${p.forName}` : 'Your iLearn+ login details'),
  component: LoginDetailsEmail,
});
