// The only module that reads process.env (tooling in scripts/ and prisma.config.ts excepted).
// Values are validated with zod on first use; an empty string counts as "not set".
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { setDisplayTimeZone } from '@/lib/format';

const DEV_SECRET = 'ilearn-plus-development-secret-do-not-use-in-production';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/London');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const rawSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/ })),
  DATA_DIR: optional(z.string()),
  PGLITE_DATA_DIR: optional(z.string()),
  NEXTAUTH_SECRET: optional(z.string().min(16)),
  AUTH_SECRET: optional(z.string().min(16)),
  NEXTAUTH_URL: optional(z.url()),
  APP_URL: optional(z.url()),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  RESEND_API_KEY: optional(z.string()),
  RESEND_BASE_URL: optional(z.url()),
  EMAIL_FROM: optional(z.string().min(3)),
  CHROMIUM_PATH: optional(z.string()),
  DISPLAY_TIME_ZONE: optional(timeZone),
  OIDC_ISSUER: optional(z.url()),
  OIDC_CLIENT_ID: optional(z.string().min(1)),
  OIDC_CLIENT_SECRET: optional(z.string().min(1)),
  WORKER: optional(z.enum(['inline', 'off'])),
  JOB_POLL_SECONDS: optional(z.coerce.number().min(0.5).max(60)),
  NEXT_PHASE: optional(z.string()),
  STORAGE_DRIVER: optional(z.enum(['local', 's3'])),
  S3_BUCKET: optional(z.string().min(3)),
  S3_REGION: optional(z.string().min(1)),
  S3_ENDPOINT: optional(z.url()),
  S3_ACCESS_KEY_ID: optional(z.string().min(1)),
  S3_SECRET_ACCESS_KEY: optional(z.string().min(1)),
  S3_FORCE_PATH_STYLE: optional(z.enum(['true', 'false'])),
  S3_PREFIX: optional(z.string()),
  TRUSTED_PROXIES: optional(z.coerce.number().int().min(0).max(10)),
  HSTS_MAX_AGE: optional(z.coerce.number().int().min(0).max(63_072_000)),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS)),
});

/** Every variable this module reads (.env.example and README's table are tested against it). */
export const ENV_VARIABLES: readonly string[] = Object.keys(rawSchema.shape);

export type Env = {
  nodeEnv: 'development' | 'production' | 'test';
  databaseUrl: string | undefined;
  dataDir: string;
  pgliteDataDir: string;
  authSecret: string;
  nextAuthUrl: string | undefined;
  appUrl: string;
  port: number;
  resendApiKey: string | undefined;
  resendBaseUrl: string | undefined;
  emailFrom: string;
  chromiumPath: string | undefined;
  displayTimeZone: string;
  /** Single sign-on (OpenID Connect), present only when issuer, client id and secret are all set. */
  oidc: { issuer: string; clientId: string; clientSecret: string } | undefined;
  /** "inline": the job worker runs inside the web server process; "off": run `npm run worker` separately. */
  worker: 'inline' | 'off';
  /** How often an idle worker polls the queue for new jobs. */
  jobPollSeconds: number;
  /** Set by Next.js while it builds ("phase-production-build"): nothing may start then. */
  nextPhase: string | undefined;
  /** Where files (SCORM packages, uploads) are kept: the local data folder, or an S3-compatible bucket. */
  storage: { driver: 'local' } | { driver: 's3'; s3: S3Settings };
  /** How many reverse proxies in front of the app append to X-Forwarded-For (0: use the socket address). */
  trustedProxies: number;
  /** Strict-Transport-Security max-age in seconds for https deployments; unset (or 0) sends no HSTS header. */
  hstsMaxAge: number | undefined;
  /** pino level; tests default to silent (what they expect to fail is asserted, not printed). */
  logLevel: LogLevel;
};

export type S3Settings = {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
  prefix: string;
};

export type EnvSource = Record<string, string | undefined>;

// Embedded demo in production: a random secret created once and kept in <dataDir>/secret,
// so `npm start` works with zero configuration.
export function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

export function parseEnv(source: EnvSource, cwd: string = process.cwd()): Env {
  const result = rawSchema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  }
  const raw = result.data;
  const dataDir = path.resolve(cwd, raw.DATA_DIR ?? '.data');
  const production = raw.NODE_ENV === 'production';
  let authSecret = raw.NEXTAUTH_SECRET ?? raw.AUTH_SECRET;
  if (!authSecret && production && raw.DATABASE_URL) {
    throw new Error(
      'Invalid environment: NEXTAUTH_SECRET (or AUTH_SECRET) is required in production with DATABASE_URL',
    );
  }
  authSecret ??= production ? readOrCreateSecret(dataDir) : DEV_SECRET;
  const port = raw.PORT ?? 3000;
  const driver = raw.STORAGE_DRIVER ?? 'local';
  if (driver === 's3' && !raw.S3_BUCKET) throw new Error('Invalid environment: STORAGE_DRIVER=s3 needs S3_BUCKET');
  return {
    nodeEnv: raw.NODE_ENV,
    databaseUrl: raw.DATABASE_URL,
    dataDir,
    pgliteDataDir: path.resolve(cwd, raw.PGLITE_DATA_DIR ?? path.join(dataDir, 'pglite')),
    authSecret,
    nextAuthUrl: raw.NEXTAUTH_URL,
    appUrl: raw.APP_URL ?? `http://localhost:${port}`,
    port,
    resendApiKey: raw.RESEND_API_KEY,
    resendBaseUrl: raw.RESEND_BASE_URL,
    emailFrom: raw.EMAIL_FROM ?? 'iLearn+ <no-reply@ilearn.local>',
    chromiumPath: raw.CHROMIUM_PATH,
    displayTimeZone: raw.DISPLAY_TIME_ZONE ?? 'Europe/London',
    oidc:
      raw.OIDC_ISSUER && raw.OIDC_CLIENT_ID && raw.OIDC_CLIENT_SECRET
        ? {
            issuer: raw.OIDC_ISSUER.replace(/\/$/, ''),
            clientId: raw.OIDC_CLIENT_ID,
            clientSecret: raw.OIDC_CLIENT_SECRET,
          }
        : undefined,
    worker: raw.WORKER ?? 'inline',
    jobPollSeconds: raw.JOB_POLL_SECONDS ?? 2,
    nextPhase: raw.NEXT_PHASE,
    storage:
      driver === 's3'
        ? {
            driver: 's3',
            s3: {
              bucket: raw.S3_BUCKET as string,
              region: raw.S3_REGION ?? 'eu-west-2',
              endpoint: raw.S3_ENDPOINT,
              accessKeyId: raw.S3_ACCESS_KEY_ID,
              secretAccessKey: raw.S3_SECRET_ACCESS_KEY,
              forcePathStyle: raw.S3_FORCE_PATH_STYLE === 'true',
              prefix: (raw.S3_PREFIX ?? '').replace(/^\/+|\/+$/g, ''),
            },
          }
        : { driver: 'local' },
    trustedProxies: raw.TRUSTED_PROXIES ?? 0,
    hstsMaxAge: raw.HSTS_MAX_AGE || undefined,
    logLevel: raw.LOG_LEVEL ?? (raw.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    cached = parseEnv(process.env);
    setDisplayTimeZone(cached.displayTimeZone);
  }
  return cached;
}

// Lazy view of getEnv(): validated on first property access, not at import time.
export const env: Env = new Proxy({} as Env, {
  get: (_target, key) => getEnv()[key as keyof Env],
});

// True when no DATABASE_URL is given and the app runs on the embedded PGlite database.
export function isEmbeddedDb(): boolean {
  return getEnv().databaseUrl === undefined;
}
