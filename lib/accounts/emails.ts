// Every account email goes through sendEmail (recorded, then delivered by the email job), never inline. With a
// transaction, the email is recorded in it (sendEmailWithin), so a link's token and its email commit together.
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { sendEmail, sendEmailWithin, type SendEmailInput } from '@/lib/notifications/send-email';
import { noticeEmail } from '@/emails/notice';
import { accountRequestConfirmEmail } from '@/emails/account-request-confirm';
import { loginDetailsEmail, type LoginDetailsProps } from '@/emails/account-approved';
import { accountRejectedEmail } from '@/emails/account-rejected';
import { passwordResetEmail } from '@/emails/password-reset';
import { usernameReminderEmail } from '@/emails/username-reminder';
import type { CredentialDelivery } from '@/lib/accounts/users-commands';

/** How long an account request's confirmation link works. */
export const CONFIRM_LINK_HOURS = 48;

/** What recording an account request led to (lib/accounts/requests-commands), and so which email it sends. */
export type SubmitOutcome =
  | { kind: 'confirm'; to: string; firstName: string; token: string; requestId: number; organisationId: number | null }
  | { kind: 'duplicate' }
  | { kind: 'existing-account'; to: string; firstName: string; usernames: string[] }
  | { kind: 'already-pending'; to: string; firstName: string };

/** One password-reset link to send (lib/accounts/passwords). */
export type ResetEmail = {
  to: string;
  userId: number;
  firstName: string;
  username: string;
  token: string;
  minutes: number;
};

type Tx = Prisma.TransactionClient;

const url = (path: string) => `${env.appUrl.replace(/\/$/, '')}${path}`;

async function deliver<P extends object>(input: SendEmailInput<P>, tx: Tx | undefined): Promise<void> {
  if (tx) await sendEmailWithin(tx, input);
  else await sendEmail(input);
}

export async function sendAccountRequestEmail(outcome: SubmitOutcome, tx?: Tx): Promise<void> {
  const appUrl = env.appUrl;
  if (outcome.kind === 'duplicate') return; // the request it repeats already sent its link
  if (outcome.kind === 'confirm') {
    await deliver(
      {
        to: outcome.to,
        ...(outcome.organisationId ? { organisationId: outcome.organisationId } : {}),
        template: accountRequestConfirmEmail,
        props: {
          firstName: outcome.firstName,
          confirmUrl: url(`/confirm-email/${outcome.token}`),
          hours: CONFIRM_LINK_HOURS,
          appUrl,
        },
      },
      tx,
    );
  } else if (outcome.kind === 'existing-account') {
    await sendEmail({
      to: outcome.to,
      template: noticeEmail,
      props: {
        title: 'You already have an iLearn+ account',
        recipientName: outcome.firstName,
        paragraphs: [
          `Someone asked for a new iLearn+ account for this email address, but it already has one. Your username is ${outcome.usernames.join(', ')}.`,
          'If you have forgotten your password, use "Forgotten your password?" on the login page to set a new one. If you did not ask for an account, you can ignore this email.',
        ],
        action: { label: 'Log in to iLearn+', url: url('/login') },
        appUrl,
      },
    });
  } else {
    await sendEmail({
      to: outcome.to,
      template: noticeEmail,
      props: {
        title: 'Your account request is already waiting for approval',
        recipientName: outcome.firstName,
        paragraphs: [
          'We already have a confirmed account request for this email address. The iLearn+ team will email you when they have dealt with it; you do not need to ask again.',
        ],
        appUrl,
      },
    });
  }
}

export async function sendPasswordResetEmails(
  result: { resets: ResetEmail[]; ssoNotices: { to: string; firstName: string }[] },
  tx?: Tx,
  dedupeKey?: string,
): Promise<void> {
  for (const reset of result.resets) {
    await deliver(
      {
        dedupeKey: dedupeKey ? `${dedupeKey}:reset:${reset.userId}` : undefined,
        to: reset.to,
        userId: reset.userId,
        template: passwordResetEmail,
        props: {
          firstName: reset.firstName,
          username: reset.username,
          resetUrl: url(`/reset-password/${reset.token}`),
          minutes: reset.minutes,
          appUrl: env.appUrl,
        },
      },
      tx,
    );
  }
  for (const notice of result.ssoNotices) {
    await deliver(
      {
        dedupeKey: dedupeKey ? `${dedupeKey}:sso:${notice.to}` : undefined,
        to: notice.to,
        template: noticeEmail,
        props: {
          title: 'Your password is managed by your organisation',
          recipientName: notice.firstName,
          paragraphs: [
            'Someone asked to reset your iLearn+ password. You log in with automatic login, so you have no separate iLearn+ password to reset.',
            'Choose "Automatic login" on the login page. If you have forgotten your work password, contact your IT service desk.',
          ],
          action: { label: 'Go to the login page', url: url('/login') },
          appUrl: env.appUrl,
        },
      },
      tx,
    );
  }
}

export async function sendUsernameReminder(
  found: { to: string; firstName: string; usernames: string[] },
  dedupeKey?: string,
): Promise<void> {
  await sendEmail({
    dedupeKey,
    to: found.to,
    template: usernameReminderEmail,
    props: {
      firstName: found.firstName,
      usernames: found.usernames,
      loginUrl: url('/login'),
      forgotPasswordUrl: url('/forgot-password'),
      appUrl: env.appUrl,
    },
  });
}

/** The login-details email for issued credentials: to the person, or to their manager; null when neither can be emailed. */
export function loginDetailsInput(
  issued: { userId: number; username: string; temporaryPassword: string | null; delivery: CredentialDelivery },
  reason: LoginDetailsProps['reason'],
): SendEmailInput<LoginDetailsProps> | null {
  const base = {
    reason,
    username: issued.username,
    temporaryPassword: issued.temporaryPassword,
    loginUrl: url('/login'),
    appUrl: env.appUrl,
  };
  if (issued.delivery.kind === 'user') {
    return {
      to: issued.delivery.to,
      userId: issued.userId,
      template: loginDetailsEmail,
      props: { ...base, recipientName: issued.delivery.firstName },
    };
  }
  if (issued.delivery.kind === 'manager') {
    return {
      to: issued.delivery.to,
      userId: issued.userId,
      template: loginDetailsEmail,
      props: { ...base, recipientName: issued.delivery.managerFirstName, forName: issued.delivery.userName },
    };
  }
  return null;
}

/** Login details to the person, or to their manager when they have no email. False when neither can be emailed. */
export async function sendLoginDetails(
  issued: { userId: number; username: string; temporaryPassword: string; delivery: CredentialDelivery },
  reason: 'approved' | 'created' | 'reset',
): Promise<boolean> {
  const input = loginDetailsInput(issued, reason);
  if (!input) return false;
  await sendEmail(input);
  return true;
}

export async function sendRejection(rejected: { to: string; firstName: string; reason: string }): Promise<void> {
  await sendEmail({
    to: rejected.to,
    template: accountRejectedEmail,
    props: { firstName: rejected.firstName, reason: rejected.reason, appUrl: env.appUrl },
  });
}
