/** @jest-environment node */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from '@/lib/env';

describe('parseEnv', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = mkdtempSync(path.join(os.tmpdir(), 'ilearn-env-'));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it('applies defaults for an empty environment (embedded DB, dev secret)', () => {
    const env = parseEnv({}, cwd);
    expect(env.databaseUrl).toBeUndefined();
    expect(env.pgliteDataDir).toBe(path.join(cwd, '.data', 'pglite'));
    expect(env.port).toBe(3000);
    expect(env.appUrl).toBe('http://localhost:3000');
    expect(env.displayTimeZone).toBe('Europe/London');
    expect(env.authSecret.length).toBeGreaterThanOrEqual(16);
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }, cwd)).toMatchObject({ databaseUrl: undefined, port: 3000 });
  });

  it('rejects a non-PostgreSQL database URL and an unknown time zone', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://localhost/db' }, cwd)).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ DISPLAY_TIME_ZONE: 'Mars/Olympus' }, cwd)).toThrow(/DISPLAY_TIME_ZONE/);
  });

  it('requires a secret in production with PostgreSQL', () => {
    const source = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/app' };
    expect(() => parseEnv(source, cwd)).toThrow(/NEXTAUTH_SECRET/);
    expect(parseEnv({ ...source, AUTH_SECRET: 'a-long-enough-secret' }, cwd).authSecret).toBe('a-long-enough-secret');
  });

  it('creates and then reuses a private random secret for the embedded demo in production', () => {
    const first = parseEnv({ NODE_ENV: 'production' }, cwd).authSecret;
    const file = path.join(cwd, '.data', 'secret');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(parseEnv({ NODE_ENV: 'production' }, cwd).authSecret).toBe(first);
  });
});
