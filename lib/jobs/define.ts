// A job is a name, a zod payload schema and a handler. Definitions are plain values: the registry lists them, the
// worker runs them and enqueue() validates payloads against them before anything reaches the queue.
import type { z } from 'zod';

export type JobContext = {
  /** pg-boss job id. */
  jobId: string;
  /** 0 on the first run, then 1, 2... on retries. */
  retryCount: number;
  /** True when this run is the last one the retry policy allows. */
  isLastAttempt: boolean;
};

export type RetryPolicy = {
  /** Retries after the first run (default 5). */
  retryLimit: number;
  /** Seconds before the first retry (default 30). */
  retryDelaySeconds: number;
  /** Exponential backoff: each retry waits about twice as long as the previous one (default true). */
  retryBackoff: boolean;
  /** A run that takes longer than this fails and is retried (default 15 minutes). */
  expireInSeconds: number;
};

export type JobDefinition<S extends z.ZodType = z.ZodType> = RetryPolicy & {
  name: string;
  schema: S;
  // Method syntax on purpose: a JobDefinition<S> is then usable where a JobDefinition (any payload) is expected.
  handler(payload: z.output<S>, context: JobContext): Promise<void>;
};

export type JobPayload<J> = J extends JobDefinition<infer S> ? z.input<S> : never;

export type JobOptions<S extends z.ZodType> = Partial<RetryPolicy> & Omit<JobDefinition<S>, keyof RetryPolicy>;

// Queue names: lower-case words separated by dots or dashes ("email.send", "certifications.window-scan").
const NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

export function defineJob<S extends z.ZodType>(options: JobOptions<S>): JobDefinition<S> {
  if (!NAME.test(options.name)) throw new Error(`Invalid job name "${options.name}"`);
  return {
    retryLimit: 5,
    retryDelaySeconds: 30,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
    ...options,
  };
}

export type ScheduleDefinition = {
  job: JobDefinition;
  /** Five-field cron expression, evaluated in Europe/London. */
  cron: string;
  payload: unknown;
};

const CRON_FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;

/** A recurring run of `job` (e.g. a nightly scan). The worker registers it with the queue's cron scheduler. */
export function schedule<S extends z.ZodType>(
  job: JobDefinition<S>,
  cron: string,
  payload: z.input<S>,
): ScheduleDefinition {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5 || !fields.every((field) => CRON_FIELD.test(field))) {
    throw new Error(`Invalid cron expression "${cron}" for ${job.name} (expected five numeric fields)`);
  }
  job.schema.parse(payload);
  return { job, cron, payload };
}
