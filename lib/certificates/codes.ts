// Verification codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), from a CSPRNG.
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 10;

export function newVerificationCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** A code as someone might type it ("abcd 2345-67") in the stored form, or null when it cannot be one. */
export function normaliseVerificationCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{6,20}$/.test(code) ? code : null;
}
