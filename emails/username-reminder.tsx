// Forgotten username: every username that uses this email address.
import { Heading } from '@react-email/components';
import { defineEmailTemplate } from '@/lib/notifications/template';
import { EmailLayout } from './components/layout';
import { ActionButton, Details, P } from './account-email-parts';

export type UsernameReminderProps = {
  firstName: string;
  usernames: string[];
  loginUrl: string;
  forgotPasswordUrl: string;
  appUrl?: string;
};

export function UsernameReminderEmail({
  firstName,
  usernames,
  loginUrl,
  forgotPasswordUrl,
  appUrl,
}: UsernameReminderProps) {
  return (
    <EmailLayout preview="Your iLearn+ username" appUrl={appUrl}>
      <Heading as="h1" style={{ fontSize: '24px' }}>
        {usernames.length === 1 ? 'Your iLearn+ username' : 'Your iLearn+ usernames'}
      </Heading>
      <P>Dear {firstName},</P>
      <P>
        You asked for a reminder of your username.{' '}
        {usernames.length === 1
          ? 'This email address belongs to this account:'
          : 'This email address belongs to these accounts:'}
      </P>
      <Details rows={usernames.map((u, i) => [usernames.length === 1 ? 'Username' : `Username ${i + 1}`, u])} />
      <P>
        Usernames are case-sensitive. If you have also forgotten your password, you can set a new one here:{' '}
        {forgotPasswordUrl}
      </P>
      <ActionButton label="Log in to iLearn+" url={loginUrl} />
    </EmailLayout>
  );
}

UsernameReminderEmail.PreviewProps = {
  firstName: 'Sam',
  usernames: ['90011'],
  loginUrl: 'http://localhost:3000/login',
  forgotPasswordUrl: 'http://localhost:3000/forgot-password',
} satisfies UsernameReminderProps;
export default UsernameReminderEmail;

export const usernameReminderEmail = defineEmailTemplate<UsernameReminderProps>({
  name: 'username-reminder',
  subject: () => 'Your iLearn+ username',
  component: UsernameReminderEmail,
});
