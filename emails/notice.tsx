// A general notice: a heading, a few paragraphs and an optional button. For simple messages that need no
// template of their own.
import { Button, Heading, Text } from '@react-email/components';
import { defineEmailTemplate } from '@/lib/notifications/template';
import { EmailLayout } from './components/layout';

export type NoticeEmailProps = {
  title: string;
  /** Defaults to the title. */
  subject?: string;
  /** Greeting name: "Dear Sam,". */
  recipientName?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  appUrl?: string;
};

export function NoticeEmail({ title, recipientName, paragraphs, action, appUrl }: NoticeEmailProps) {
  return (
    <EmailLayout preview={paragraphs[0] ?? title} appUrl={appUrl}>
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '30px', margin: '16px 0' }}>
        {title}
      </Heading>
      {recipientName ? <Text style={{ fontSize: '16px', margin: '0 0 16px' }}>Dear {recipientName},</Text> : null}
      {paragraphs.map((paragraph, index) => (
        <Text key={index} style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' }}>
          {paragraph}
        </Text>
      ))}
      {action ? (
        <>
          <Button
            href={action.url}
            style={{
              backgroundColor: '#00703c',
              color: '#ffffff',
              fontSize: '16px',
              fontWeight: 700,
              padding: '12px 20px',
              borderRadius: '0',
              textDecoration: 'none',
              display: 'inline-block',
            }}
          >
            {action.label}
          </Button>
          <Text style={{ fontSize: '14px', color: '#505a5f', margin: '16px 0 0' }}>
            If the button does not work, copy this address into your browser: {action.url}
          </Text>
        </>
      ) : null}
    </EmailLayout>
  );
}

NoticeEmail.PreviewProps = {
  title: 'Your booking has moved room',
  recipientName: 'Sam Taylor',
  paragraphs: [
    'The Safeguarding Level 2 session on 3 December 2026 will now take place in Room 4, County Hall.',
    'Everything else about your booking stays the same.',
  ],
  action: { label: 'View your booking', url: 'http://localhost:3000/' },
  appUrl: 'http://localhost:3000',
} satisfies NoticeEmailProps;

export default NoticeEmail;

export const noticeEmail = defineEmailTemplate<NoticeEmailProps>({
  name: 'notice',
  subject: (props) => props.subject ?? props.title,
  component: NoticeEmail,
});
