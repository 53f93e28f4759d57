// Malformed payloads generated from an endpoint's zod schema (read through its JSON Schema): for each field the
// wrong type, nothing, too much, control and invisible characters, numbers out of range, impossible dates and other
// people's ids; for the form as a whole no fields, unknown fields, repeated fields and hostile field names.
// Deterministic, so a failure is reproducible.
import { z, type ZodType } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  default?: unknown;
};

export type Payload = { label: string; fields: [string, string | Blob][] };
export type JsonPayload = { label: string; body: string };

const HUGE = 'x'.repeat(200_000);
const ID_LIKE = /(^id$|Id$|Ids$|^ids$)/;

function jsonSchemaOf(schema: ZodType): JsonSchema {
  try {
    return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  } catch {
    return {};
  }
}

/** The fields of an object schema (a union's first object branch), with what kind of value each takes. */
export function fieldsOf(schema: ZodType): { name: string; spec: JsonSchema; required: boolean }[] {
  let root = jsonSchemaOf(schema);
  if (!root.properties && root.anyOf) root = root.anyOf.find((b) => b.properties) ?? root;
  const required = new Set(root.required ?? []);
  return Object.entries(root.properties ?? {}).map(([name, spec]) => ({
    name,
    spec: spec.anyOf?.find((b) => b.type && b.type !== 'null') ?? spec,
    required: required.has(name),
  }));
}

type Kind = 'id' | 'integer' | 'number' | 'boolean' | 'enum' | 'date' | 'string' | 'array' | 'other';

function kindOf(name: string, spec: JsonSchema): Kind {
  const type = Array.isArray(spec.type) ? spec.type[0] : spec.type;
  if (ID_LIKE.test(name) && (type === undefined || type === 'integer' || type === 'number')) return 'id';
  if (spec.enum) return 'enum';
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'array') return 'array';
  if (type === 'string' && (spec.format === 'date' || spec.format === 'date-time' || /date|On$|At$/i.test(name)))
    return 'date';
  if (type === 'string') return 'string';
  return 'other';
}

/** A value the field would plausibly accept, so that one bad field at a time is what gets refused. */
function plausible(name: string, spec: JsonSchema): string {
  const kind = kindOf(name, spec);
  if (kind === 'id') return '1';
  if (kind === 'enum') return String(spec.enum![0]);
  if (kind === 'integer' || kind === 'number') return String(spec.minimum ?? 1);
  if (kind === 'boolean') return 'on';
  if (kind === 'date') return '2026-06-15';
  if (/email/i.test(name)) return 'someone@example.test';
  const min = spec.minLength ?? 1;
  return 'Sample'.padEnd(Math.min(Math.max(min, 6), spec.maxLength ?? 6), 'x');
}

function badValues(name: string, spec: JsonSchema, otherIds: string[]): [string, string][] {
  const kind = kindOf(name, spec);
  const max = spec.maxLength;
  const text: [string, string][] = [
    ['huge string', HUGE],
    ['NUL byte', 'a\u0000b'],
    ['control characters', 'a\u0001\u0007\u001b[31mb'],
    ['bidi override', 'abc\u202Edcba'],
    ['zero-width', 'a\u200Bb\uFEFF'],
    ['lone surrogate', 'a\uD800b'],
    ['only spaces', '   '],
    ['SQL', "' OR 1=1; --"],
    ['path traversal', '../../../../etc/passwd'],
    ['object text', '{"$ne":null}'],
  ];
  if (max !== undefined) text.push(['one over the maximum length', 'y'.repeat(max + 1)]);
  const numbers: [string, string][] = [
    ['not a number', 'abc'],
    ['exponent', '1e3'],
    ['hex', '0x10'],
    ['padded', ' 7 '],
    ['negative', '-1'],
    ['zero', '0'],
    ['fraction', '1.5'],
    ['above 2^31-1', '2147483648'],
    ['far too big', '99999999999999999999'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['full-width digits', '１２'],
  ];
  if (spec.minimum !== undefined) numbers.push(['below the minimum', String(spec.minimum - 1)]);
  if (spec.maximum !== undefined) numbers.push(['above the maximum', String(spec.maximum + 1)]);
  switch (kind) {
    case 'id':
      return [
        ...numbers,
        ['SQL after an id', '1 OR 1=1'],
        ['array text', '[1]'],
        ['leading zeros', '0001'],
        ['plus sign', '+1'],
        ...otherIds.map((id, i): [string, string] => [`other person's id #${i + 1}`, id]),
      ];
    case 'integer':
    case 'number':
      return numbers;
    case 'date':
      return [
        ['31 February', '2026-02-31'],
        ['month 13', '2026-13-01'],
        ['29 February in a common year', '2027-02-29'],
        ['day first', '31/12/2026'],
        ['zero date', '0000-00-00'],
        ['year 275760', '+275760-09-13'],
        ['words', 'next Tuesday'],
        ['NUL byte', '2026-01-01\u0000'],
      ];
    case 'boolean':
      return [
        ['not a boolean', 'maybe'],
        ['NUL byte', 'on\u0000'],
        ['huge string', HUGE],
      ];
    case 'enum':
      return [
        ['not an option', 'NOT_AN_OPTION'],
        ['lower case option', String(spec.enum![0]).toLowerCase()],
        ['NUL byte', `${String(spec.enum![0])}\u0000`],
        ['huge string', HUGE],
      ];
    default:
      return text;
  }
}

/** Malformed form submissions for a server action's schema (every value a string, as a browser sends them). */
export function malformedForms(schema: ZodType, otherIds: string[], limit = 60): Payload[] {
  const fields = fieldsOf(schema);
  const base: [string, string][] = fields
    .filter((f) => kindOf(f.name, f.spec) !== 'array')
    .map((f) => [f.name, plausible(f.name, f.spec)]);
  const without = (name: string) => base.filter(([n]) => n !== name);
  const whole: Payload[] = [
    { label: 'no fields', fields: [] },
    { label: 'only an unknown field', fields: [['unexpected', 'x']] },
    { label: 'every field empty', fields: base.map(([n]) => [n, '']) },
    { label: 'every field huge', fields: base.map(([n]) => [n, HUGE]) },
    { label: 'every field a NUL byte', fields: base.map(([n]) => [n, '\u0000']) },
    {
      label: 'every field repeated',
      fields: base.flatMap(([n, v]): [string, string][] => [
        [n, v],
        [n, `${v}2`],
      ]),
    },
    { label: 'prototype field names', fields: [...base, ['__proto__', '{"isSiteAdmin":true}'], ['constructor', 'x']] },
    { label: 'NUL in a field name', fields: [...base, ['na\u0000me', 'x']] },
    { label: 'huge field name', fields: [...base, ['n'.repeat(10_000), 'x']] },
    { label: 'a file where text belongs', fields: base.map(([n]) => [n, new Blob(['binary\u0000data'])]) },
    { label: '2,000 unknown fields', fields: Array.from({ length: 2000 }, (_, i): [string, string] => [`f${i}`, 'x']) },
    { label: 'role fields nobody offers', fields: [...base, ['isSiteAdmin', 'on'], ['userId', otherIds[0] ?? '1']] },
  ];
  const perField: Payload[][] = fields.map((f) => {
    const list: Payload[] = [];
    if (f.required) list.push({ label: `${f.name}: missing`, fields: without(f.name) });
    list.push({ label: `${f.name}: empty`, fields: [...without(f.name), [f.name, '']] });
    for (const [label, value] of badValues(f.name, f.spec, otherIds))
      list.push({ label: `${f.name}: ${label}`, fields: [...without(f.name), [f.name, value]] });
    return list;
  });
  // Round-robin over the fields so every field is tried when there are more payloads than the limit.
  const mixed: Payload[] = [];
  for (let i = 0; perField.some((l) => i < l.length); i++) for (const l of perField) if (l[i]) mixed.push(l[i]!);
  const all = [...whole, ...mixed];
  // Schemas with few fields: the id and text variants of an unknown field make up the count.
  for (const [label, value] of badValues('id', {}, otherIds))
    if (all.length < 40) all.push({ label: `extra id field: ${label}`, fields: [...base, ['id', value]] });
  for (const [label, value] of badValues('text', { type: 'string' }, otherIds))
    if (all.length < 40) all.push({ label: `extra text field: ${label}`, fields: [...base, ['text', value]] });
  return all.slice(0, Math.max(limit, 40));
}

/** Malformed URL segments (already encoded) for a route's parameters. */
export function malformedSegments(otherIds: string[]): [string, string][] {
  return [
    ['not a number', 'abc'],
    ['zero', '0'],
    ['negative', '-1'],
    ['above 2^31-1', '2147483648'],
    ['far too big', '99999999999999999999'],
    ['exponent', '1e3'],
    ['hex', '0x10'],
    ['padded', '%207%20'],
    ['fraction', '1.5'],
    ['NUL byte', '1%00'],
    ['bidi override', '1%E2%80%AE'],
    ['encoded slash', '1%2F2'],
    ['path traversal', '..%2F..%2Fetc%2Fpasswd'],
    ['huge', '9'.repeat(4000)],
    ['SQL', '1%20OR%201%3D1'],
    ['full-width digits', '%EF%BC%91'],
    ['leading zeros', '0001'],
    ['plus sign', '%2B1'],
    ['lone percent', '%'],
    ['bad escape', '%E0%A4%A'],
    ...otherIds.map((id, i): [string, string] => [`other person's id #${i + 1}`, id]),
  ];
}

/** Malformed JSON bodies for a route: broken JSON, wrong shapes, and each field of its schema made wrong. */
export function malformedJson(schema: ZodType | undefined, otherIds: string[]): JsonPayload[] {
  const whole: JsonPayload[] = [
    { label: 'empty body', body: '' },
    { label: 'not JSON', body: 'not json' },
    { label: 'truncated JSON', body: '{"a":' },
    { label: 'null', body: 'null' },
    { label: 'array', body: '[]' },
    { label: 'number', body: '7' },
    { label: 'string', body: '"x"' },
    { label: 'NUL in a key', body: '{"a\\u0000":1}' },
    { label: 'NUL in a value', body: '{"a":"\\u0000"}' },
    { label: 'deep nesting', body: '['.repeat(5000) + ']'.repeat(5000) },
    { label: 'huge string', body: JSON.stringify({ a: HUGE }) },
    { label: 'prototype keys', body: '{"__proto__":{"isSiteAdmin":true},"constructor":{"prototype":{}}}' },
  ];
  if (!schema) return whole;
  const fields = fieldsOf(schema);
  const valid = (spec: JsonSchema, name: string): unknown => {
    const kind = kindOf(name, spec);
    if (kind === 'id' || kind === 'integer' || kind === 'number') return spec.minimum ?? 1;
    if (kind === 'boolean') return false;
    if (kind === 'array') return [];
    if (kind === 'other' && spec.type === 'object') return {};
    return plausible(name, spec);
  };
  const base = Object.fromEntries(fields.map((f) => [f.name, valid(f.spec, f.name)]));
  const wrong: unknown[] = [
    null,
    true,
    'abc',
    -1,
    0,
    1.5,
    2147483648,
    1e308,
    [],
    {},
    [null],
    HUGE,
    '\u0000',
    ...otherIds.map(Number),
  ];
  const each: JsonPayload[] = [];
  for (const f of fields) {
    const { [f.name]: _, ...rest } = base;
    void _;
    each.push({ label: `${f.name}: missing`, body: JSON.stringify(rest) });
    for (const value of wrong)
      each.push({
        label: `${f.name}: ${JSON.stringify(value)?.slice(0, 20)}`,
        body: JSON.stringify({ ...base, [f.name]: value }),
      });
  }
  return [...whole, ...each];
}
