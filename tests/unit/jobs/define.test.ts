/** @jest-environment node */
import { z } from 'zod';
import { defineJob, schedule } from '@/lib/jobs/define';
import { dedupeKey, minRetryDelaySeconds } from '@/lib/jobs/rules';
import { jobs } from '@/lib/jobs/registry';
import { emailSendJob } from '@/lib/notifications/email-job';

const handler = async () => {};

describe('defineJob', () => {
  it('applies the default retry policy and keeps overrides', () => {
    const job = defineJob({ name: 'reports.export', schema: z.object({}), handler });
    expect(job).toMatchObject({ retryLimit: 5, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 900 });
    expect(defineJob({ name: 'a.b', schema: z.object({}), handler, retryLimit: 0 }).retryLimit).toBe(0);
  });

  it('refuses names that are not lower-case dotted words', () => {
    for (const name of ['', 'Email.Send', 'email send', 'email..send', '.email', 'email/send', '1email']) {
      expect(() => defineJob({ name, schema: z.object({}), handler })).toThrow(/Invalid job name/);
    }
  });
});

describe('schedule', () => {
  const scan = defineJob({ name: 'certifications.window-scan', schema: z.object({ dryRun: z.boolean() }), handler });

  it('accepts five-field cron expressions and a valid payload', () => {
    expect(schedule(scan, '15 2 * * *', { dryRun: false })).toMatchObject({ cron: '15 2 * * *' });
    expect(schedule(scan, '*/10 8-18 * * 1-5', { dryRun: true }).job).toBe(scan);
  });

  it('refuses malformed cron expressions and invalid payloads', () => {
    expect(() => schedule(scan, '15 2 * *', { dryRun: false })).toThrow(/Invalid cron/);
    expect(() => schedule(scan, 'every day', { dryRun: false })).toThrow(/Invalid cron/);
    // @ts-expect-error the payload is type-checked too
    expect(() => schedule(scan, '0 3 * * *', { dryRun: 'no' })).toThrow();
  });
});

describe('dedupeKey', () => {
  it('joins parts with colons and turns dates into their UTC day', () => {
    expect(dedupeKey('reminder', 42, new Date('2026-11-28T23:30:00Z'))).toBe('reminder:42:2026-11-28');
  });

  it('refuses empty keys and parts that could collide', () => {
    expect(() => dedupeKey()).toThrow();
    expect(() => dedupeKey('a', '')).toThrow();
    expect(() => dedupeKey('a:b', 'c')).toThrow(/Invalid dedupeKey part/);
  });
});

describe('minRetryDelaySeconds', () => {
  it('doubles with backoff and stays flat without', () => {
    expect([1, 2, 3, 4].map((n) => minRetryDelaySeconds(n, 30, true))).toEqual([30, 60, 120, 240]);
    expect([1, 2, 3].map((n) => minRetryDelaySeconds(n, 30, false))).toEqual([30, 30, 30]);
    expect(minRetryDelaySeconds(0, 30, true)).toBe(0);
    expect(minRetryDelaySeconds(40, 1, true)).toBe(2 ** 15);
  });
});

describe('registry', () => {
  it('lists each job once, including email.send', () => {
    const names = jobs.map((job) => job.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('email.send');
  });

  it('email.send accepts a message id only', () => {
    expect(emailSendJob.schema.parse({ messageId: 7 })).toEqual({ messageId: 7 });
    expect(() => emailSendJob.schema.parse({ messageId: -1 })).toThrow();
    expect(() => emailSendJob.schema.parse({})).toThrow();
  });
});
