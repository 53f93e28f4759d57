// Sent when someone requests an account: confirm the email address before the request reaches an approver.
import { Heading } from '@react-email/components';
import { defineEmailTemplate } from '@/lib/notifications/template';
import { EmailLayout } from './components/layout';
import { ActionButton, P } from './account-email-parts';

export type AccountRequestConfirmProps = { firstName: string; confirmUrl: string; hours: number; appUrl?: string };

export function AccountRequestConfirmEmail({ firstName, confirmUrl, hours, appUrl }: AccountRequestConfirmProps) {
  return (
    <EmailLayout preview="Confirm your email address to send your iLearn+ account request" appUrl={appUrl}>
      <Heading as="h1" style={{ fontSize: '24px' }}>
        Confirm your email address
      </Heading>
      <P>Dear {firstName},</P>
      <P>
        Thank you for asking for an iLearn+ account. Confirm that this is your email address and we will send your
        request to the iLearn+ team for approval.
      </P>
      <ActionButton label="Confirm my email address" url={confirmUrl} />
      <P>The link works for {hours} hours. If you did not ask for an account, you can ignore this email.</P>
    </EmailLayout>
  );
}

AccountRequestConfirmEmail.PreviewProps = {
  firstName: 'Alex',
  confirmUrl: 'http://localhost:3000/confirm-email/abc',
  hours: 48,
} satisfies AccountRequestConfirmProps;
export default AccountRequestConfirmEmail;

export const accountRequestConfirmEmail = defineEmailTemplate<AccountRequestConfirmProps>({
  name: 'account-request-confirm',
  subject: () => 'Confirm your email address for iLearn+',
  component: AccountRequestConfirmEmail,
});
