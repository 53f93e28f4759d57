// Pure feedback rules: checking a learner's answers against the form's questions, and summarising the answers
// for L&D (counts, averages, distribution, free text). No I/O.
import { formatDateTime } from '@/lib/format';
import type { FeedbackItemType } from '@/lib/generated/prisma/enums';

/** The 1–4 agreement scale, as the seed's "HCC Workshop Evaluation 2022" shows it. */
export const SCALE_VALUES = ['1', '2', '3', '4'] as const;
export const SCALE_LABELS: Record<(typeof SCALE_VALUES)[number], string> = {
  '1': 'Strongly disagree',
  '2': 'Disagree',
  '3': 'Agree',
  '4': 'Strongly agree',
};

export const ITEM_TYPE_LABELS: Record<FeedbackItemType, string> = {
  DROPDOWN: 'Dropdown (choose one)',
  SCALE: 'Agreement scale row (1 = strongly disagree, 4 = strongly agree)',
  SHORT_TEXT: 'Short text answer',
  LONG_TEXT: 'Long text answer',
  LABEL: 'Information text (no answer)',
};

export const SHORT_TEXT_MAX = 250;
export const LONG_TEXT_MAX = 5000;

export type FeedbackItemRule = {
  id: number;
  type: FeedbackItemType;
  label: string;
  options: string[];
  required: boolean;
};

/** The form field that carries an item's answer. */
export const answerField = (itemId: number) => `item-${itemId}`;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Checks raw answers (form field → value) against the questions: required ones answered, dropdown and scale
 * values among the choices, text within its length. Unknown fields are ignored; blank optional answers dropped.
 */
export function checkAnswers(
  items: FeedbackItemRule[],
  raw: Record<string, string | undefined>,
): { ok: true; answers: { itemId: number; value: string }[] } | { ok: false; fieldErrors: Record<string, string> } {
  const answers: { itemId: number; value: string }[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const item of items) {
    if (item.type === 'LABEL') continue;
    const field = answerField(item.id);
    const value = (raw[field] ?? '').trim();
    const short = item.label.length > 80 ? `${item.label.slice(0, 77)}…` : item.label;
    if (!value) {
      if (item.required) {
        fieldErrors[field] =
          item.type === 'DROPDOWN' || item.type === 'SCALE' ? `Choose an answer for “${short}”` : `Answer “${short}”`;
      }
      continue;
    }
    if (CONTROL.test(value)) {
      fieldErrors[field] = 'Remove the hidden control characters from this answer';
      continue;
    }
    if (item.type === 'DROPDOWN' && !item.options.includes(value)) {
      fieldErrors[field] = `Choose one of the answers listed for “${short}”`;
      continue;
    }
    if (item.type === 'SCALE' && !(SCALE_VALUES as readonly string[]).includes(value)) {
      fieldErrors[field] = `Choose 1, 2, 3 or 4 for “${short}”`;
      continue;
    }
    const max = item.type === 'SHORT_TEXT' ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
    if ((item.type === 'SHORT_TEXT' || item.type === 'LONG_TEXT') && value.length > max) {
      fieldErrors[field] = `Your answer must be ${max} characters or fewer`;
      continue;
    }
    answers.push({ itemId: item.id, value });
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, answers };
}

export type ItemSummary =
  | {
      kind: 'choice';
      answered: number;
      distribution: { value: string; label: string; count: number; percent: number }[];
    }
  | {
      kind: 'scale';
      answered: number;
      average: number | null;
      distribution: { value: string; label: string; count: number; percent: number }[];
    }
  | { kind: 'text'; answered: number; texts: string[] }
  | { kind: 'none' };

const percentOf = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 1000) / 10);

/**
 * One question's results: for a dropdown the count per option (answers no longer among the options are listed
 * too), for a scale the count per point and the average (to 2 decimals), for text the answers themselves.
 */
export function summariseItem(item: Pick<FeedbackItemRule, 'type' | 'options'>, values: string[]): ItemSummary {
  const answered = values.length;
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  switch (item.type) {
    case 'LABEL':
      return { kind: 'none' };
    case 'SHORT_TEXT':
    case 'LONG_TEXT':
      return { kind: 'text', answered, texts: values };
    case 'SCALE': {
      const numbers = values.map(Number).filter((n) => n >= 1 && n <= 4);
      const average =
        numbers.length === 0 ? null : Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 100) / 100;
      return {
        kind: 'scale',
        answered,
        average,
        distribution: SCALE_VALUES.map((value) => ({
          value,
          label: `${value} – ${SCALE_LABELS[value]}`,
          count: counts.get(value) ?? 0,
          percent: percentOf(counts.get(value) ?? 0, answered),
        })),
      };
    }
    case 'DROPDOWN': {
      const extra = [...counts.keys()].filter((v) => !item.options.includes(v));
      return {
        kind: 'choice',
        answered,
        distribution: [...item.options, ...extra].map((value) => ({
          value,
          label: value,
          count: counts.get(value) ?? 0,
          percent: percentOf(counts.get(value) ?? 0, answered),
        })),
      };
    }
  }
}

/** Why the form takes no responses at `now`, with the date (open and close times are optional); null when open. */
export function formOpenProblem(form: { opensAt: Date | null; closesAt: Date | null }, now: Date): string | null {
  if (form.opensAt && now < form.opensAt)
    return `This feedback form is not open yet. It opens on ${formatDateTime(form.opensAt)}: come back then to send your feedback.`;
  if (form.closesAt && now >= form.closesAt)
    return `This feedback form closed on ${formatDateTime(form.closesAt)}, so it no longer takes feedback.`;
  return null;
}

/** Consecutive scale rows with the same group label are shown as one question with a row per statement. */
export function groupItems<T extends { type: FeedbackItemType; groupLabel: string | null }>(
  items: T[],
): ({ kind: 'single'; item: T } | { kind: 'scale'; groupLabel: string | null; rows: T[] })[] {
  const out: ({ kind: 'single'; item: T } | { kind: 'scale'; groupLabel: string | null; rows: T[] })[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (item.type === 'SCALE') {
      if (last?.kind === 'scale' && last.groupLabel === item.groupLabel && item.groupLabel !== null)
        last.rows.push(item);
      else out.push({ kind: 'scale', groupLabel: item.groupLabel, rows: [item] });
    } else out.push({ kind: 'single', item });
  }
  return out;
}

/** The number shown before each group (a scale group counts once; information text is not numbered). */
export function questionNumbers(
  groups: ({ kind: 'single'; item: { type: FeedbackItemType } } | { kind: 'scale' })[],
): (number | null)[] {
  let n = 0;
  return groups.map((g) => (g.kind === 'single' && g.item.type === 'LABEL' ? null : ++n));
}
