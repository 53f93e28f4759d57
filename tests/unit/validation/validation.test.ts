/** @jest-environment node */
// The shared id, text and date schemas (issue 15 item 5: the malformed inputs a probe sent).
import {
  dateOnlySchema,
  findNul,
  idSchema,
  isWallClock,
  MAX_ID,
  nameSchema,
  optionalIdSchema,
  parseIdParam,
  plainTextSchema,
} from '@/lib/validation';

describe('idSchema', () => {
  it.each(['1', '42', String(MAX_ID), 1, MAX_ID])('accepts %p', (value) => {
    expect(idSchema.parse(value)).toBe(Number(value));
  });

  it.each([
    '0x10',
    ' 7 ',
    '1e3',
    '99999999999',
    String(MAX_ID + 1),
    '0',
    '-1',
    '+5',
    '007',
    '1.5',
    '',
    'abc',
    1.5,
    0,
    -3,
    MAX_ID + 1,
    null,
    undefined,
    [],
    {},
  ])('refuses %p', (value) => {
    expect(idSchema.safeParse(value).success).toBe(false);
  });

  it('treats an empty optional id as none', () => {
    expect(optionalIdSchema.parse('')).toBeNull();
    expect(optionalIdSchema.parse('3')).toBe(3);
    expect(optionalIdSchema.safeParse('1e3').success).toBe(false);
  });
});

describe('plain text and names', () => {
  const text = plainTextSchema(40, { label: 'Reason' });
  const name = nameSchema(20, { label: 'First name' });

  it('keeps ordinary text, multi-line in free text', () => {
    expect(text.parse('  Line one\nLine two\tend ')).toBe('Line one\nLine two\tend');
    expect(name.parse(' Zoë O’Brien-Łukasz ')).toBe('Zoë O’Brien-Łukasz');
  });

  it('refuses NUL and control characters everywhere', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u009bb']) {
      expect(text.safeParse(bad).success).toBe(false);
      expect(name.safeParse(bad).success).toBe(false);
    }
  });

  it('refuses bidi overrides, zero-width characters and line breaks in names', () => {
    for (const bad of ['Ada\u202Egnp.exe', 'Ad\u200Ba', 'A\u2066da', 'Ad\uFEFFa', 'Ada\nLovelace', 'Ada\u200Fx']) {
      expect(name.safeParse(bad).success).toBe(false);
    }
  });

  it('has a maximum length with a message', () => {
    expect(text.safeParse('x'.repeat(41)).error?.issues[0]?.message).toBe('Reason must be 40 characters or fewer');
    expect(name.safeParse('   ').error?.issues[0]?.message).toBe('Enter first name');
  });

  it('finds a NUL byte anywhere in a form or JSON value', () => {
    expect(findNul({ a: 'ok', b: [{ c: 'x\u0000' }] })).toBe('b.0.c');
    expect(findNul({ a: 'ok', b: [1, 2] })).toBeNull();
    expect(findNul('\u0000')).toBe('_form');
  });
});

describe('dates', () => {
  const date = dateOnlySchema();

  it('parses a real date as midnight UTC', () => {
    expect(date.parse('2026-02-28').toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(date.parse('2028-02-29').toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it.each([
    '2026-02-31',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '26-01-01',
    '2026-1-1',
    '01/02/2026',
    '',
  ])('refuses %p instead of shifting it', (value) => {
    expect(date.safeParse(value).success).toBe(false);
  });

  it('checks dates and times of day strictly', () => {
    expect(isWallClock('2026-03-30T09:30')).toBe(true);
    for (const bad of ['2026-02-31T09:30', '2026-03-30T24:00', '2026-03-30T09:60', '2026-03-30 09:30']) {
      expect(isWallClock(bad)).toBe(false);
    }
  });
});

describe('parseIdParam (pages)', () => {
  it('returns the id of a well-formed URL segment', () => {
    expect(parseIdParam('42')).toBe(42);
  });

  it.each(['99999999999', 'abc', '0x10', ' 7 ', '1e3', '0', undefined, ['1', '2']])(
    'gives the "not found" page for %p (/courses/99999999999 is a 404, not a 500)',
    (raw) => {
      expect(() => parseIdParam(raw)).toThrow(expect.objectContaining({ digest: expect.stringContaining('404') }));
    },
  );
});
