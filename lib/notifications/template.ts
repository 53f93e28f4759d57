// Email templates: each file in emails/ exports its component (default, with PreviewProps for the React Email
// preview) and a definition made with defineEmailTemplate, which sendEmail() renders to HTML and plain text.
import { createElement, type ComponentType } from 'react';
import { DEFAULT_EMAIL_BRAND, withEmailBrand, type EmailBrand } from '@/emails/components/brand';

export type EmailTemplate<P extends object> = {
  /** Stored on EmailMessage.template and shown in the outbox. */
  name: string;
  subject: (props: P) => string;
  component: ComponentType<P>;
};

export function defineEmailTemplate<P extends object>(template: EmailTemplate<P>): EmailTemplate<P> {
  return template;
}

export type RenderedEmail = { subject: string; html: string; text: string };

/** Renders a template, in the organisation's brand when one is given (EmailLayout reads it with useEmailBrand). */
export async function renderEmail<P extends object>(
  template: EmailTemplate<P>,
  props: P,
  brand: EmailBrand = DEFAULT_EMAIL_BRAND,
): Promise<RenderedEmail> {
  // Loaded on demand: the renderer is only needed when an email is actually written.
  const { render, toPlainText } = await import('@react-email/render');
  const html = await withEmailBrand(brand, () => render(createElement(template.component, props)));
  return { subject: template.subject(props).trim(), html, text: toPlainText(html) };
}
