/** @jest-environment node */
import { z } from 'zod';
import { humaniseFieldName, plainIssueMessage } from '@/lib/validation-messages';

function messageFor(schema: z.ZodType, value: unknown, label = 'Minimum password length'): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return plainIssueMessage(result.error.issues[0]!, label);
}

describe('plain validation messages', () => {
  it('names the field for numbers out of range', () => {
    const n = z.coerce.number().int().min(6).max(64);
    expect(messageFor(n, '3')).toBe('Minimum password length must be 6 or more');
    expect(messageFor(n, '65')).toBe('Minimum password length must be 64 or less');
    expect(messageFor(n, '6.5')).toBe('Minimum password length must be a whole number');
    expect(messageFor(n, 'abc')).toBe('Minimum password length must be a number');
    expect(messageFor(z.number().positive(), -1, 'Pass mark')).toBe('Pass mark must be more than 0');
  });

  it('names the field for text, choices, emails and lists', () => {
    expect(messageFor(z.string().min(1), '', 'Short name')).toBe('Enter short name');
    expect(messageFor(z.string().min(3), 'ab', 'Short name')).toBe('Short name must be 3 characters or more');
    expect(messageFor(z.string().max(5), 'abcdef', 'Short name')).toBe('Short name must be 5 characters or fewer');
    expect(messageFor(z.enum(['A', 'B']), 'C', 'Format')).toBe('Choose format from the list');
    expect(messageFor(z.email(), 'nope', 'Contact email')).toBe(
      'Contact email must be an email address, like name@example.com',
    );
    expect(messageFor(z.array(z.string()).min(1), [], 'Organisation')).toBe('Choose at least one organisation');
  });

  it('keeps a message the schema wrote itself', () => {
    expect(messageFor(z.string().min(1, 'Enter a course name'), '', 'Course name')).toBe('Enter a course name');
  });

  it('never passes zod wording through', () => {
    const cases: [z.ZodType, unknown][] = [
      [z.coerce.number().min(6), '1'],
      [z.string().max(1), 'ab'],
      [z.enum(['x']), 'y'],
      [z.email(), 'x'],
      [z.coerce.number().int(), '1.5'],
      [z.boolean(), 'maybe'],
    ];
    for (const [schema, value] of cases) expect(messageFor(schema, value, 'Field')).not.toMatch(/Too|Invalid|expected/);
  });

  it('humanises field names when a form gives no label', () => {
    expect(humaniseFieldName('minLength')).toBe('Min length');
    expect(humaniseFieldName('categoryId')).toBe('Category');
    expect(humaniseFieldName('rules.2.value')).toBe('Value');
    expect(humaniseFieldName('contact_email')).toBe('Contact email');
  });
});
