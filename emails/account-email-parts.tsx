// Small pieces shared by the account emails: a paragraph, a button with its address, a key–value box.
import { Button, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

export function P({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: '16px', lineHeight: '24px', margin: '0 0 16px' }}>{children}</Text>;
}

export function ActionButton({ label, url }: { label: string; url: string }) {
  return (
    <>
      <Button
        href={url}
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
        {label}
      </Button>
      <Text style={{ fontSize: '14px', color: '#505a5f', margin: '16px 0' }}>
        If the button does not work, copy this address into your browser: {url}
      </Text>
    </>
  );
}

export function Details({ rows }: { rows: [string, string][] }) {
  return (
    <Section style={{ backgroundColor: '#f3f2f1', padding: '8px 16px', margin: '0 0 16px' }}>
      {rows.map(([key, value]) => (
        <Text key={key} style={{ fontSize: '16px', margin: '8px 0' }}>
          <strong>{key}:</strong> {value}
        </Text>
      ))}
    </Section>
  );
}
