// Password hashing with argon2id (OWASP parameters).
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id: the package declares Algorithm as an ambient const enum, unusable with isolatedModules.
const ARGON2ID = 2;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the username is unknown so timing reveals nothing. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$6fV3tX7d9dY4m1o8u2hYk1Jr0y2nJ0bqv4q6l1xQ9kE';
