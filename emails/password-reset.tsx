// Forgotten password: a single-use link that expires.
import { Heading } from '@react-email/components';
import { defineEmailTemplate } from '@/lib/notifications/template';
import { EmailLayout } from './components/layout';
import { ActionButton, P } from './account-email-parts';

export type PasswordResetProps = {
  firstName: string;
  username: string;
  resetUrl: string;
  minutes: number;
  appUrl?: string;
};

export function PasswordResetEmail({ firstName, username, resetUrl, minutes, appUrl }: PasswordResetProps) {
  return (
    <EmailLayout preview="Set a new iLearn+ password" appUrl={appUrl}>
      <Heading as="h1" style={{ fontSize: '24px' }}>
        Set a new password
      </Heading>
      <P>Dear {firstName},</P>
      <P>
        Someone asked to reset the password of the iLearn+ account {username}. If it was you, use this link to choose a
        new password:
      </P>
      <ActionButton label="Set a new password" url={resetUrl} />
      <P>
        The link works once, for {minutes} minutes. If you did not ask for this, you can ignore this email: your
        password has not changed.
      </P>
    </EmailLayout>
  );
}

PasswordResetEmail.PreviewProps = {
  firstName: 'Sam',
  username: '90011',
  resetUrl: 'http://localhost:3000/reset-password/abc',
  minutes: 30,
} satisfies PasswordResetProps;
export default PasswordResetEmail;

export const passwordResetEmail = defineEmailTemplate<PasswordResetProps>({
  name: 'password-reset',
  subject: () => 'Reset your iLearn+ password',
  component: PasswordResetEmail,
});
