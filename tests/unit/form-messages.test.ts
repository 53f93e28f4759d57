/** @jest-environment node */
// Issue 20 item 4: no form shows zod's own wording ("Too small: expected number to be >=6"). Every schema of
// lib/*/schemas.ts (and the security settings) is fed bad input; every message it gives must be plain English.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { passwordPolicySchema } from '@/lib/accounts/settings';
import { zodFieldErrors } from '@/lib/action-result';

const ZOD_WORDING = /Too small|Too big|Invalid input|Invalid option|expected|received|>=|<=/;
const LIB = path.resolve(__dirname, '../../lib');

function schemas(): [string, z.ZodType][] {
  const out: [string, z.ZodType][] = [];
  for (const dir of readdirSync(LIB)) {
    const file = path.join(LIB, dir, 'schemas.ts');
    if (!existsSync(file)) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (value instanceof z.ZodType) out.push([`${dir}/${name}`, value]);
  }
  return out;
}

function badInputs(schema: z.ZodType): unknown[] {
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const every = (v: unknown) => Object.fromEntries(keys.map((k) => [k, v]));
  return [{}, every(''), every('x'.repeat(20_000)), every('-1'), every('1.5'), every([]), '', -1, null];
}

describe('form messages', () => {
  const all = schemas();

  it('finds the schemas', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(all)('%s never shows zod wording', (_name, schema) => {
    for (const input of badInputs(schema)) {
      const result = schema.safeParse(input);
      if (result.success) continue;
      for (const message of Object.values(zodFieldErrors(result.error))) expect(message).not.toMatch(ZOD_WORDING);
    }
  });

  it('names the security setting in plain words', () => {
    const result = passwordPolicySchema.safeParse({ minLength: '5' });
    expect(result.success).toBe(false);
    expect(zodFieldErrors(result.error!).minLength).toBe('Minimum password length must be 6 or more');
  });
});
