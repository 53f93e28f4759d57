// Pure rules for systems access requests: the questions a form asks (stored as JSON, with a default set), checking
// a learner's answers, the status words, and when a learner may send (again). No I/O.
import { z } from 'zod';
import type { AccessRequestStatus } from '@/lib/generated/prisma/enums';

export type AccessField = {
  key: string;
  label: string;
  type: 'TEXT' | 'LONG_TEXT' | 'SELECT';
  options: string[];
  required: boolean;
};

export const DEFAULT_ACCESS_FIELDS: AccessField[] = [
  { key: 'team', label: 'Your team', type: 'TEXT', options: [], required: true },
  { key: 'manager', label: 'Your line manager’s name', type: 'TEXT', options: [], required: true },
  { key: 'reason', label: 'What you need the system for', type: 'LONG_TEXT', options: [], required: false },
];

const storedField = z.object({
  key: z.string().regex(/^[a-z0-9_]{1,40}$/),
  label: z.string().min(1).max(300),
  type: z.enum(['TEXT', 'LONG_TEXT', 'SELECT']),
  options: z.array(z.string().max(200)).max(100).default([]),
  required: z.boolean().default(true),
});

/** The form's questions: what is stored, or the default questions when nothing (or nothing valid) is. */
export function accessFields(stored: unknown): AccessField[] {
  const parsed = z.array(storedField).min(1).safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_ACCESS_FIELDS;
}

/**
 * The admin's question list, one question a line: "Your team", "Why do you need it? (optional)",
 * "Long: Anything else" for a long answer, "Your area [North | South | East]" for a dropdown.
 */
export function parseFieldLines(text: string): { ok: true; fields: AccessField[] } | { ok: false; error: string } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return { ok: false, error: 'Enter at least one question' };
  if (lines.length > 30) return { ok: false, error: 'A request form can ask at most 30 questions' };
  const fields: AccessField[] = [];
  for (const [i, raw] of lines.entries()) {
    let line = raw;
    let required = true;
    if (/\(optional\)$/i.test(line)) {
      required = false;
      line = line.replace(/\s*\(optional\)$/i, '');
    }
    let type: AccessField['type'] = 'TEXT';
    let options: string[] = [];
    if (/^long:/i.test(line)) {
      type = 'LONG_TEXT';
      line = line.replace(/^long:\s*/i, '');
    }
    const choices = /^(.*?)\s*\[(.*)\]$/.exec(line);
    if (choices) {
      type = 'SELECT';
      line = choices[1]!;
      options = choices[2]!
        .split('|')
        .map((o) => o.trim())
        .filter(Boolean);
      if (options.length < 2)
        return { ok: false, error: `Line ${i + 1}: give at least 2 choices between [ and ], separated by |` };
    }
    if (!line) return { ok: false, error: `Line ${i + 1}: enter the question` };
    if (line.length > 300) return { ok: false, error: `Line ${i + 1}: a question must be 300 characters or fewer` };
    fields.push({ key: `q${i + 1}`, label: line, type, options, required });
  }
  return { ok: true, fields };
}

/** The question list back as the admin's lines (see parseFieldLines). */
export function fieldLines(fields: AccessField[]): string {
  return fields
    .map((f) => {
      const base = f.type === 'LONG_TEXT' ? `Long: ${f.label}` : f.label;
      const withChoices = f.type === 'SELECT' ? `${base} [${f.options.join(' | ')}]` : base;
      return f.required ? withChoices : `${withChoices} (optional)`;
    })
    .join('\n');
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Checks a learner's answers (field key → text) against the questions. */
export function checkAccessAnswers(
  fields: AccessField[],
  raw: Record<string, string | undefined>,
): { ok: true; details: Record<string, string> } | { ok: false; fieldErrors: Record<string, string> } {
  const details: Record<string, string> = {};
  const fieldErrors: Record<string, string> = {};
  for (const f of fields) {
    const name = `field-${f.key}`;
    const value = (raw[name] ?? '').trim();
    if (!value) {
      if (f.required)
        fieldErrors[name] = f.type === 'SELECT' ? `Choose ${f.label.toLowerCase()}` : `Enter ${f.label.toLowerCase()}`;
      continue;
    }
    const max = f.type === 'LONG_TEXT' ? 2000 : 200;
    if (CONTROL.test(value)) fieldErrors[name] = 'Remove the hidden control characters from this answer';
    else if (value.length > max) fieldErrors[name] = `${f.label} must be ${max} characters or fewer`;
    else if (f.type === 'SELECT' && !f.options.includes(value)) fieldErrors[name] = `Choose one of the answers listed`;
    else details[f.key] = value;
  }
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, details };
}

export const STATUS_LABELS: Record<AccessRequestStatus, string> = {
  SUBMITTED: 'Submitted',
  IN_PROGRESS: 'In progress',
  GRANTED: 'Granted',
  DECLINED: 'Refused',
};

/** Statuses the owning team may set, in the order a request moves through them. */
export const SETTABLE_STATUSES = ['SUBMITTED', 'IN_PROGRESS', 'GRANTED', 'DECLINED'] as const;

/** A learner may send a request when they have none, or send a new one after a refusal. */
export function canSendRequest(existing: { status: AccessRequestStatus } | null): boolean {
  return existing === null || existing.status === 'DECLINED';
}

/** What the learner's email says when the team changes the status. */
export function statusMessage(status: AccessRequestStatus, systemName: string): string {
  switch (status) {
    case 'SUBMITTED':
      return `Your request for access to ${systemName} is with the team that looks after it.`;
    case 'IN_PROGRESS':
      return `The team is working on your request for access to ${systemName}.`;
    case 'GRANTED':
      return `Your access to ${systemName} has been granted. The system team will tell you how to sign in if you have not heard already.`;
    case 'DECLINED':
      return `Your request for access to ${systemName} has been refused. You can read the reason below and send a new request from the course page.`;
  }
}
