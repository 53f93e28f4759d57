// The admin completion editor's rules (REFERENCE §1.2, Totara's certif_get_completion_errors): the state an L&D
// admin chooses and the dates they type become one stored record that keeps the invariants every page relies on
// (certified: completed ≤ window opens < expires, all set; expired: a due date, no cycle dates; not certified / in
// progress: no cycle dates). Pure: the command reads, locks, writes and audits.
import { z } from 'zod';
import { dateOnlySchema, plainTextSchema } from '@/lib/validation';
import type { CertificationRecord } from './rules';

export const EDITABLE_STATES = ['not_certified', 'in_progress', 'certified', 'window_open', 'expired'] as const;
export type EditableState = (typeof EDITABLE_STATES)[number];

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalDay = (label: string) =>
  z.preprocess(blank, dateOnlySchema(`Enter the ${label} as a real date, like 2027-03-31`).optional());

export const certificationRecordEditSchema = z.object({
  state: z.enum(EDITABLE_STATES, { error: 'Choose the state of the record' }),
  timeCompleted: optionalDay('completion date'),
  timeWindowOpens: optionalDay('date the window opens'),
  timeExpires: optionalDay('expiry date'),
  dueAt: optionalDay('due date'),
  reason: plainTextSchema(1000, { label: 'The reason', min: 3, required: 'Enter the reason for this change' }),
  /** The record's updatedAt (ms) when the form was opened: a change by someone else in between is refused. */
  version: z.string().regex(/^\d{1,15}$/, 'This form is out of date. Reload the page and try again.'),
});
export type CertificationRecordEditInput = z.infer<typeof certificationRecordEditSchema>;

export type StoredRecord = CertificationRecord & {
  path: 'CERT' | 'RECERT';
  baselineTimeExpires: Date | null;
};

/**
 * The record to store for the admin's choice, or the field errors that explain why not. `now` decides whether an
 * expiry is already past (a certified record that has expired must be entered as expired).
 */
export function recordFromEdit(
  input: Omit<CertificationRecordEditInput, 'reason' | 'version'>,
  current: Pick<StoredRecord, 'baselineTimeExpires'>,
  now: Date,
): { ok: true; record: StoredRecord } | { ok: false; fieldErrors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const { state } = input;
  const dueAt = input.dueAt ?? null;
  if (state === 'certified' || state === 'window_open') {
    const { timeCompleted, timeWindowOpens, timeExpires } = input;
    if (!timeCompleted) errors.timeCompleted = 'Enter the completion date';
    if (!timeWindowOpens) errors.timeWindowOpens = 'Enter the date the renewal window opens';
    if (!timeExpires) errors.timeExpires = 'Enter the expiry date';
    if (timeCompleted && timeCompleted.getTime() > now.getTime())
      errors.timeCompleted = 'The completion date cannot be in the future';
    if (timeCompleted && timeWindowOpens && timeWindowOpens.getTime() < timeCompleted.getTime())
      errors.timeWindowOpens = 'The window cannot open before the completion date';
    if (timeWindowOpens && timeExpires && timeExpires.getTime() <= timeWindowOpens.getTime())
      errors.timeExpires = 'The expiry date must be after the date the window opens';
    else if (timeExpires && timeExpires.getTime() <= now.getTime())
      errors.timeExpires = 'This expiry date has passed: choose "Expired", or enter a later expiry date';
    if (state === 'window_open' && timeWindowOpens && timeWindowOpens.getTime() > now.getTime())
      errors.timeWindowOpens = 'For "Window open" the window must have opened already (today or earlier)';
    if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
    return {
      ok: true,
      record: {
        status: 'CERTIFIED',
        renewalStatus: state === 'window_open' ? 'DUE' : 'NOT_DUE',
        path: 'RECERT',
        timeCompleted: timeCompleted!,
        timeWindowOpens: timeWindowOpens!,
        timeExpires: timeExpires!,
        // The expiry before any admin change is kept; a first certification by hand sets it.
        baselineTimeExpires: current.baselineTimeExpires ?? timeExpires!,
        dueAt,
      },
    };
  }
  if (state === 'expired' && !dueAt)
    return {
      ok: false,
      fieldErrors: { dueAt: 'Enter the due date: for an expired certification, the day it expired' },
    };
  return {
    ok: true,
    record: {
      status: state === 'expired' ? 'EXPIRED' : state === 'in_progress' ? 'IN_PROGRESS' : 'ASSIGNED',
      renewalStatus: state === 'expired' ? 'EXPIRED' : 'NOT_DUE',
      path: 'CERT',
      timeCompleted: null,
      timeWindowOpens: null,
      timeExpires: null,
      baselineTimeExpires: current.baselineTimeExpires,
      dueAt,
    },
  };
}

const FIELDS = ['status', 'renewalStatus', 'path', 'timeCompleted', 'timeWindowOpens', 'timeExpires', 'dueAt'] as const;

type Snapshot = Partial<Record<(typeof FIELDS)[number], string | null>>;

function value(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString();
  return v == null ? null : String(v);
}

/** The fields that change, before and after (what the audit entry keeps). */
export function recordChanges(
  before: Partial<StoredRecord>,
  after: StoredRecord,
): { before: Snapshot; after: Snapshot } {
  const b: Snapshot = {};
  const a: Snapshot = {};
  for (const f of FIELDS) {
    const x = value(before[f]);
    const y = value(after[f]);
    if (x !== y) {
      b[f] = x;
      a[f] = y;
    }
  }
  return { before: b, after: a };
}
