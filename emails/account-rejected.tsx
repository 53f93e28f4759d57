// The account request was turned down, with the approver's reason.
import { Heading } from '@react-email/components';
import { defineEmailTemplate } from '@/lib/notifications/template';
import { EmailLayout } from './components/layout';
import { Details, P } from './account-email-parts';

export type AccountRejectedProps = { firstName: string; reason: string; appUrl?: string };

export function AccountRejectedEmail({ firstName, reason, appUrl }: AccountRejectedProps) {
  return (
    <EmailLayout preview="Your iLearn+ account request was not approved" appUrl={appUrl}>
      <Heading as="h1" style={{ fontSize: '24px' }}>
        Your account request was not approved
      </Heading>
      <P>Dear {firstName},</P>
      <P>We are sorry, but the iLearn+ team could not approve your request for an account. They gave this reason:</P>
      <Details rows={[['Reason', reason]]} />
      <P>
        If you think this is a mistake, reply to the help address below or ask your manager to contact your L&amp;D
        team.
      </P>
    </EmailLayout>
  );
}

AccountRejectedEmail.PreviewProps = {
  firstName: 'Alex',
  reason: 'Your organisation does not use iLearn+.',
} satisfies AccountRejectedProps;
export default AccountRejectedEmail;

export const accountRejectedEmail = defineEmailTemplate<AccountRejectedProps>({
  name: 'account-rejected',
  subject: () => 'Your iLearn+ account request',
  component: AccountRejectedEmail,
});
