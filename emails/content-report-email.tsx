// "Report a problem with this content": to the course's owning team (and its contact) when a learner reports a
// problem, and to the learner when the team marks it resolved. The words are chosen in lib/content-reports.
import { Button, Heading, Section, Text } from '@react-email/components';
import { defineEmailTemplate } from '@/lib/notifications/template';
import { EmailLayout } from './components/layout';

export type ContentReportEmailProps = {
  subject: string;
  title: string;
  recipientName?: string;
  paragraphs: string[];
  details: { label: string; value: string }[];
  action: { label: string; url: string };
  appUrl?: string;
};

export function ContentReportEmail({
  title,
  recipientName,
  paragraphs,
  details,
  action,
  appUrl,
}: ContentReportEmailProps) {
  return (
    <EmailLayout preview={paragraphs[0] ?? title} appUrl={appUrl}>
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '30px', margin: '16px 0' }}>
        {title}
      </Heading>
      {recipientName ? <Text style={{ fontSize: '16px', margin: '0 0 16px' }}>Dear {recipientName},</Text> : null}
      {paragraphs.map((p, i) => (
        <Text key={i} style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' }}>
          {p}
        </Text>
      ))}
      {details.length > 0 ? (
        <Section style={{ borderLeft: '4px solid #b1b4b6', paddingLeft: '12px', margin: '0 0 16px' }}>
          {details.map((d) => (
            <Text
              key={d.label}
              style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 8px', whiteSpace: 'pre-wrap' }}
            >
              <strong>{d.label}:</strong> {d.value}
            </Text>
          ))}
        </Section>
      ) : null}
      <Button
        href={action.url}
        style={{
          backgroundColor: '#00703c',
          color: '#ffffff',
          fontSize: '16px',
          fontWeight: 700,
          padding: '12px 20px',
          textDecoration: 'none',
          display: 'inline-block',
        }}
      >
        {action.label}
      </Button>
      <Text style={{ fontSize: '14px', color: '#505a5f', margin: '16px 0 0' }}>
        If the button does not work, copy this address into your browser: {action.url}
      </Text>
    </EmailLayout>
  );
}

ContentReportEmail.PreviewProps = {
  subject: 'Problem reported with Dementia Awareness',
  title: 'A learner reported a problem with Dementia Awareness',
  paragraphs: ['Sam Taylor (90011) reported a problem with this course.'],
  details: [
    { label: 'Where', value: 'Dementia Awareness eLearning' },
    { label: 'Problem', value: 'The video in section 3 does not play.' },
  ],
  action: { label: 'Open the report', url: 'http://localhost:3000/admin/content-reports/1' },
  appUrl: 'http://localhost:3000',
} satisfies ContentReportEmailProps;

export default ContentReportEmail;

export const contentReportTeamEmail = defineEmailTemplate<ContentReportEmailProps>({
  name: 'content-report-team',
  subject: (props) => props.subject,
  component: ContentReportEmail,
});

export const contentReportResolvedEmail = defineEmailTemplate<ContentReportEmailProps>({
  name: 'content-report-resolved',
  subject: (props) => props.subject,
  component: ContentReportEmail,
});
