// "Send reminder" from My Team: a manager reminds a direct report of the required learning that is overdue or due
// (or expiring) within 30 days. Dates arrive formatted; the list is what the manager saw when they pressed the button.
import { Button, Heading, Text } from '@react-email/components';
import { defineEmailTemplate } from '@/lib/notifications/template';
import { EmailLayout } from './components/layout';

export type TeamReminderItem = {
  name: string;
  kind: 'program' | 'certification';
  /** "Overdue: was due 1 November 2026", "Due 15 December 2026", "Expires 15 December 2026". */
  when: string;
};

export type TeamReminderEmailProps = {
  recipientName: string;
  managerName: string;
  items: TeamReminderItem[];
  url: string;
  appUrl?: string;
};

const subjectOf = (p: TeamReminderEmailProps) => `Reminder from ${p.managerName}: your required learning`;

export function TeamReminderEmail(props: TeamReminderEmailProps) {
  const intro = `${props.managerName} has asked us to remind you about learning you need to complete.`;
  return (
    <EmailLayout preview={intro} appUrl={props.appUrl}>
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '30px', margin: '16px 0' }}>
        Your required learning
      </Heading>
      <Text style={{ fontSize: '16px', margin: '0 0 16px' }}>Dear {props.recipientName},</Text>
      <Text style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' }}>{intro}</Text>
      <ul style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 16px', paddingLeft: '20px' }}>
        {props.items.map((item) => (
          <li key={`${item.kind}-${item.name}`} style={{ marginBottom: '8px' }}>
            <strong>{item.name}</strong> ({item.kind === 'certification' ? 'certification' : 'program'}): {item.when}
          </li>
        ))}
      </ul>
      <Button
        href={props.url}
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
        Open Required Learning
      </Button>
      <Text style={{ fontSize: '14px', color: '#505a5f', margin: '16px 0 0' }}>
        If the button does not work, copy this address into your browser: {props.url}
      </Text>
    </EmailLayout>
  );
}

TeamReminderEmail.PreviewProps = {
  recipientName: 'Sam',
  managerName: 'Alex Morgan',
  items: [
    { name: 'Fire Safety Awareness', kind: 'certification', when: 'Overdue: expired on 1 November 2026' },
    { name: 'Hertfordshire Induction', kind: 'program', when: 'Due 15 December 2026' },
  ],
  url: 'http://localhost:3000/required-learning',
  appUrl: 'http://localhost:3000',
} satisfies TeamReminderEmailProps;

export default TeamReminderEmail;

export const teamReminderEmail = defineEmailTemplate<TeamReminderEmailProps>({
  name: 'team-reminder',
  subject: subjectOf,
  component: TeamReminderEmail,
});
