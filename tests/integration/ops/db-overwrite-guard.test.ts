/** @jest-environment node */
// `npm run db:reset` and `npm run db:seed` run as an operator would, with only the variables README's production
// recipe exports, against a PostgreSQL database of their own: they refuse (and leave its data alone) unless given
// `--force --confirm=<the database's name>`, whatever NODE_ENV says; with both, db:reset rebuilds and seeds it.
import { execFile } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database';

const ROOT = path.join(__dirname, '../../..');
const describeOnPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

let database: TestDatabase;
let name: string;

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

type Run = { code: number; stdout: string; stderr: string };

function script(file: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  // The recipe's variables only: nothing inherited from the test run decides what the script may do.
  const recipe: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DATABASE_URL: database.env.DATABASE_URL,
    NEXTAUTH_SECRET: 'test-secret-test-secret-test-secret-32',
    APP_URL: 'https://ilearn.example.org',
    LOG_LEVEL: 'silent',
    ...env,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, file), ...args],
      // Next's types make NODE_ENV required in ProcessEnv; the first case runs without it on purpose.
      { cwd: ROOT, env: recipe as unknown as NodeJS.ProcessEnv, timeout: 240_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const reset = (args: string[], env?: Record<string, string>) => script('scripts/db-reset.ts', args, env);
const seed = (args: string[], env?: Record<string, string>) => script('prisma/seed/index.ts', args, env);

describeOnPostgres('db:reset and db:seed on a PostgreSQL database', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    name = new URL(database.env.DATABASE_URL).pathname.slice(1);
    await query('CREATE TABLE council_records (id int PRIMARY KEY, note text)');
    await query(`INSERT INTO council_records VALUES (1, 'must survive')`);
  });
  afterAll(async () => {
    await database?.drop();
  });

  const survives = async () =>
    expect(await query<{ note: string }>('SELECT note FROM council_records')).toEqual([{ note: 'must survive' }]);

  it.each([
    ['without NODE_ENV (README recipe before the fix)', {}],
    ['with NODE_ENV=production', { NODE_ENV: 'production' }],
  ])(
    'db:reset refuses %s and says how to insist',
    async (_label, env) => {
      const run = await reset([], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Refusing to reset the PostgreSQL database "${name}" on 127.0.0.1`);
      expect(run.stderr).toContain(`-- --force --confirm=${name}`);
      await survives();
    },
    60_000,
  );

  it('db:reset refuses --force alone, a wrong name, and the name without --force', async () => {
    for (const args of [['--force'], ['--force', '--confirm=ilearn'], [`--confirm=${name}`]]) {
      const run = await reset(args);
      expect({ args, code: run.code }).toEqual({ args, code: 1 });
      expect(run.stderr).toContain('Refusing to reset');
    }
    await survives();
  }, 60_000);

  it('db:seed refuses without the flags and adds no demo accounts', async () => {
    const run = await seed([], { NODE_ENV: 'production' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Refusing to seed the PostgreSQL database "${name}"`);
    await survives();
    const tables = await query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'User'`);
    expect(tables).toEqual([{ n: 0 }]);
  }, 60_000);

  it('db:reset with --force and the name typed back drops, migrates and seeds the demo data', async () => {
    const run = await reset(['--force', `--confirm=${name}`], { NODE_ENV: 'production' });
    expect(run.stderr).not.toContain('Refusing');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Database reset.');
    const left = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'council_records'`,
    );
    expect(left).toEqual([{ n: 0 }]);
    expect(await query<{ username: string }>(`SELECT username FROM "User" WHERE username = '90011'`)).toEqual([
      { username: '90011' },
    ]);
  }, 240_000);
});
