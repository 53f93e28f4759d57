// Shared frame of every iLearn+ email: header, content, footer with where to get help. Simple tables and inline
// styles only (what email clients render); real text everywhere so the plain-text version reads well.
import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

export const HELP_EMAIL = 'ilearn.support@ilearn.local';

const styles = {
  body: { backgroundColor: '#f3f2f1', fontFamily: 'Arial, Helvetica, sans-serif', margin: 0, padding: '16px 0' },
  container: { backgroundColor: '#ffffff', maxWidth: '600px', margin: '0 auto', border: '1px solid #b1b4b6' },
  header: { backgroundColor: '#0b0c0c', padding: '16px 24px' },
  brand: { color: '#ffffff', fontSize: '24px', fontWeight: 700, margin: 0, lineHeight: '30px' },
  content: { padding: '8px 24px 16px', color: '#0b0c0c', fontSize: '16px', lineHeight: '24px' },
  footer: { padding: '0 24px 16px', color: '#505a5f', fontSize: '14px', lineHeight: '20px' },
  link: { color: '#1d70b8', textDecoration: 'underline' },
};

export type EmailLayoutProps = {
  /** Shown by mail clients next to the subject. */
  preview: string;
  children: ReactNode;
  appUrl?: string;
};

export function EmailLayout({ preview, children, appUrl }: EmailLayoutProps) {
  return (
    <Html lang="en-GB" dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={styles.header}>
            <Text style={styles.brand}>iLearn+</Text>
          </Section>
          <Section style={styles.content}>{children}</Section>
          <Hr style={{ borderColor: '#b1b4b6', margin: '0 24px 16px' }} />
          <Section style={styles.footer}>
            <Text style={{ margin: '0 0 8px' }}>
              Need help? Email{' '}
              <Link href={`mailto:${HELP_EMAIL}`} style={styles.link}>
                {HELP_EMAIL}
              </Link>
              {appUrl ? (
                <>
                  {' '}
                  or visit{' '}
                  <Link href={appUrl} style={styles.link}>
                    iLearn+
                  </Link>
                </>
              ) : null}
              .
            </Text>
            <Text style={{ margin: 0 }}>This email was sent automatically by iLearn+. Please do not reply to it.</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export const emailStyles = styles;
