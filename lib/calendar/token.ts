// Calendar feed tokens: "<userId>.<hmac>", the HMAC (SHA-256, keyed with the app's secret) of the user id and
// their feed version. Nothing secret is stored: a new version (new link) or none (feed off) revokes old links.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function feedToken(secret: string, userId: number, version: number): string {
  const mac = createHmac('sha256', secret).update(`calendar-feed:${userId}:${version}`).digest('base64url');
  return `${userId}.${mac}`;
}

/** The user id of a well-formed token (not yet checked against their version), or null. */
export function feedTokenUserId(token: string): number | null {
  const m = /^([1-9]\d{0,9})\.[A-Za-z0-9_-]{43}$/.exec(token);
  return m ? Number(m[1]) : null;
}

export function isValidFeedToken(secret: string, token: string, userId: number, version: number): boolean {
  const expected = Buffer.from(feedToken(secret, userId, version));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
