import { checkAnswers, formOpenProblem, groupItems, summariseItem } from '@/lib/feedback/rules';

const items = [
  { id: 1, type: 'DROPDOWN' as const, label: 'Month', options: ['January', 'February'], required: true },
  { id: 2, type: 'SCALE' as const, label: 'Booking was easy', options: [], required: true },
  { id: 3, type: 'SHORT_TEXT' as const, label: 'Team', options: [], required: false },
  { id: 4, type: 'LABEL' as const, label: 'Thanks', options: [], required: false },
];

describe('checkAnswers', () => {
  it('accepts answers among the choices and drops blank optional ones', () => {
    expect(checkAnswers(items, { 'item-1': 'February', 'item-2': '4', 'item-3': ' ', 'item-99': 'x' })).toEqual({
      ok: true,
      answers: [
        { itemId: 1, value: 'February' },
        { itemId: 2, value: '4' },
      ],
    });
  });

  it('names each required question left blank and each answer outside its choices', () => {
    const result = checkAnswers(items, { 'item-1': 'Smarch', 'item-3': 'x'.repeat(251) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['item-1', 'item-2', 'item-3']);
    expect(result.fieldErrors['item-2']).toMatch(/Choose an answer for “Booking was easy”/);
    expect(checkAnswers(items, { 'item-1': 'January', 'item-2': '0' }).ok).toBe(false);
    expect(checkAnswers(items, { 'item-1': 'January', 'item-2': '2', 'item-3': 'a\u0007b' }).ok).toBe(false);
  });
});

describe('summariseItem', () => {
  it('averages a scale to 2 decimals with the count and share per point', () => {
    const s = summariseItem({ type: 'SCALE', options: [] }, ['4', '4', '3']);
    expect(s).toMatchObject({ kind: 'scale', answered: 3, average: 3.67 });
    if (s.kind !== 'scale') return;
    expect(s.distribution.map((d) => [d.value, d.count, d.percent])).toEqual([
      ['1', 0, 0],
      ['2', 0, 0],
      ['3', 1, 33.3],
      ['4', 2, 66.7],
    ]);
    expect(summariseItem({ type: 'SCALE', options: [] }, [])).toMatchObject({ answered: 0, average: null });
  });

  it('counts dropdown choices, keeping answers to choices since removed', () => {
    const s = summariseItem({ type: 'DROPDOWN', options: ['A', 'B'] }, ['B', 'Old', 'B']);
    if (s.kind !== 'choice') throw new Error('choice');
    expect(s.distribution.map((d) => [d.value, d.count])).toEqual([
      ['A', 0],
      ['B', 2],
      ['Old', 1],
    ]);
  });
});

it('groups consecutive scale rows with the same heading into one question', () => {
  const g = (type: 'SCALE' | 'LONG_TEXT', groupLabel: string | null) => ({ type, groupLabel });
  const groups = groupItems([
    g('SCALE', 'Pre'),
    g('SCALE', 'Pre'),
    g('SCALE', 'Day'),
    g('LONG_TEXT', null),
    g('SCALE', null),
    g('SCALE', null),
  ]);
  expect(groups.map((x) => (x.kind === 'scale' ? x.rows.length : 'single'))).toEqual([2, 1, 'single', 1, 1]);
});

it('says when a form is not open yet or has closed', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  expect(formOpenProblem({ opensAt: null, closesAt: null }, now)).toBeNull();
  expect(formOpenProblem({ opensAt: new Date('2026-07-01'), closesAt: null }, now)).toMatch(/not open yet/);
  expect(formOpenProblem({ opensAt: null, closesAt: new Date('2026-05-01') }, now)).toMatch(/closed/);
});
