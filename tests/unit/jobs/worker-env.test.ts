/** @jest-environment node */
import { parseEnv } from '@/lib/env';
import { shouldRunInlineWorker } from '@/lib/jobs/inline-worker';

describe('worker configuration', () => {
  it('runs the worker inside the web server by default', () => {
    const env = parseEnv({});
    expect(env.worker).toBe('inline');
    expect(env.jobPollSeconds).toBe(2);
    expect(shouldRunInlineWorker(env)).toBe(true);
  });

  it('leaves jobs to `npm run worker` with WORKER=off, and never starts during next build', () => {
    expect(shouldRunInlineWorker(parseEnv({ WORKER: 'off' }))).toBe(false);
    expect(shouldRunInlineWorker(parseEnv({ NEXT_PHASE: 'phase-production-build' }))).toBe(false);
  });

  it('refuses unknown worker modes and silly polling intervals', () => {
    expect(() => parseEnv({ WORKER: 'sometimes' })).toThrow(/WORKER/);
    expect(() => parseEnv({ JOB_POLL_SECONDS: '0.1' })).toThrow(/JOB_POLL_SECONDS/);
  });
});
