// The email provider: Resend when RESEND_API_KEY is set. RESEND_BASE_URL points the real SDK elsewhere (tests).
import { Resend } from 'resend';
import { getEnv } from '@/lib/env';
import type { StoredAttachment } from './schemas';

export type OutgoingEmail = {
  /** Sent as the provider's idempotency key, so a retried job never sends the same message twice. */
  idempotencyKey: string;
  to: string;
  cc: string[];
  subject: string;
  html: string;
  text: string;
  attachments: StoredAttachment[];
};

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | null,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

export function isProviderConfigured(): boolean {
  return getEnv().resendApiKey !== undefined;
}

/** Sends through Resend and returns the provider's message id; throws ProviderError when it is refused. */
export async function sendWithProvider(email: OutgoingEmail): Promise<string> {
  const env = getEnv();
  if (!env.resendApiKey) throw new Error('RESEND_API_KEY is not set');
  const resend = new Resend(env.resendApiKey, env.resendBaseUrl ? { baseUrl: env.resendBaseUrl } : undefined);
  const { data, error } = await resend.emails.send(
    {
      from: env.emailFrom,
      to: [email.to],
      ...(email.cc.length > 0 ? { cc: email.cc } : {}),
      subject: email.subject,
      html: email.html,
      text: email.text,
      attachments: email.attachments.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: attachment.contentBase64,
      })),
    },
    { idempotencyKey: email.idempotencyKey },
  );
  if (error || !data) {
    const statusCode = (error as { statusCode?: number | null } | null)?.statusCode ?? null;
    throw new ProviderError(error?.message ?? 'The email provider returned no message id', statusCode);
  }
  return data.id;
}
