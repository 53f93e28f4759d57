// After a password change the session version goes up, which would end the session the person is using.
// The change returns a short-lived signed proof; the browser hands it to next-auth's session update, and the
// jwt callback accepts the new version only with a valid proof for the same user (so an old, stolen token
// cannot simply ask for the new version).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

const TTL_MS = 2 * 60_000;

function sign(payload: string): string {
  return createHmac('sha256', env.authSecret).update(`session-refresh:${payload}`).digest('base64url');
}

export function createSessionProof(userId: number, sessionVersion: number, now = Date.now()): string {
  const payload = `${userId}.${sessionVersion}.${now + TTL_MS}`;
  return `${payload}.${sign(payload)}`;
}

/** The new session version when the proof is genuine, unexpired and for this user; otherwise null. */
export function verifySessionProof(proof: unknown, userId: number, now = Date.now()): number | null {
  if (typeof proof !== 'string' || proof.length > 200) return null;
  const parts = proof.split('.');
  if (parts.length !== 4) return null;
  const [uid, sv, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(`${uid}.${sv}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(uid) !== userId || Number(expires) < now) return null;
  const version = Number(sv);
  return Number.isInteger(version) ? version : null;
}
