// Shared frame of every iLearn+ email: header, content, footer with where to get help. Simple tables and inline
// styles only (what email clients render); real text everywhere so the plain-text version reads well.
import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { useEmailBrand } from './brand';

const styles = {
  body: { backgroundColor: '#f3f2f1', fontFamily: 'Arial, Helvetica, sans-serif', margin: 0, padding: '16px 0' },
  container: { backgroundColor: '#ffffff', maxWidth: '600px', margin: '0 auto', border: '1px solid #b1b4b6' },
  header: { backgroundColor: '#0b0c0c', padding: '16px 24px' },
  brand: { color: '#ffffff', fontSize: '24px', fontWeight: 700, margin: 0, lineHeight: '30px' },
  organisation: { color: '#ffffff', fontSize: '16px', margin: '4px 0 0', lineHeight: '22px' },
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
  const brand = useEmailBrand();
  return (
    <Html lang="en-GB" dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={{ ...styles.header, backgroundColor: brand.colour }}>
            <Text style={styles.brand}>{brand.logoText}</Text>
            {brand.organisationName && brand.organisationName !== brand.logoText ? (
              <Text style={styles.organisation}>{brand.organisationName}</Text>
            ) : null}
          </Section>
          <Section style={styles.content}>{children}</Section>
          {/* The rule sits inside the padded section: a margin on a full-width <hr> pushed it past the box. */}
          <Section style={{ padding: '0 24px' }}>
            <Hr style={{ borderColor: '#b1b4b6', width: '100%', margin: '0 0 16px' }} />
          </Section>
          <Section style={styles.footer}>
            <Text style={{ margin: '0 0 8px' }}>
              Need help{brand.organisationName ? ` with iLearn+ at ${brand.organisationName}` : ''}? Email{' '}
              <Link href={`mailto:${brand.helpEmail}`} style={styles.link}>
                {brand.helpEmail}
              </Link>
              {brand.helpPhone ? `, or phone ${brand.helpPhone}` : ''}
              {brand.helpPhone && brand.helpHours ? ` (${brand.helpHours})` : ''}
              {appUrl ? (
                <>
                  {', or visit '}
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
