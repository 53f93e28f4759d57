// Deterministic helpers for the demo data: a seeded PRNG and dates relative to today (rounded to the day),
// so states such as "window open" or "expired" stay true whenever the seed runs.

/** mulberry32: tiny, fast, good enough for demo data. Same seed, same sequence. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A few distinct items, in list order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const indexes = items.map((_, index) => index);
    for (let i = indexes.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [indexes[i], indexes[j]] = [indexes[j] as number, indexes[i] as number];
    }
    return indexes
      .slice(0, Math.min(count, items.length))
      .sort((a, b) => a - b)
      .map((index) => items[index] as T);
  }

  /** A version-4 shaped UUID from this generator (deterministic, unlike crypto.randomUUID). */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /** Upper-case code without look-alike characters, e.g. for certificate verification codes. */
  code(length: number): string {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Offset of Europe/London from UTC, in minutes, at the given instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(at: Date): number {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d+)?/.exec(part ?? '');
  return match?.[1] ? Number(match[1]) * 60 : 0;
}

export type Clock = {
  /** Midnight UTC of the day the seed runs. */
  today: Date;
  /** today + days (negative = past), at the given UTC time of day. */
  day: (days: number, hours?: number, minutes?: number) => Date;
  /** today + days at a wall-clock time in Europe/London (for workshop sessions). */
  london: (days: number, hours: number, minutes?: number) => Date;
  /** today shifted by whole months (for certification periods). */
  months: (months: number, days?: number) => Date;
};

export function makeClock(now: Date = new Date()): Clock {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const day = (days: number, hours = 0, minutes = 0) =>
    new Date(today.getTime() + days * DAY_MS + (hours * 60 + minutes) * 60 * 1000);
  const london = (days: number, hours: number, minutes = 0) => {
    const guess = day(days, hours, minutes);
    return new Date(guess.getTime() - londonOffsetMinutes(guess) * 60 * 1000);
  };
  const months = (count: number, days = 0) => {
    const d = new Date(today);
    d.setUTCMonth(d.getUTCMonth() + count);
    return new Date(d.getTime() + days * DAY_MS);
  };
  return { today, day, london, months };
}

export function addMonths(date: Date, count: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + count);
  return d;
}

export function addDays(date: Date, count: number): Date {
  return new Date(date.getTime() + count * DAY_MS);
}
