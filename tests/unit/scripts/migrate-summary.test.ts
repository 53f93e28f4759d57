/** @jest-environment node */
// npm start, npm run dev and the test set-ups print one line for `prisma migrate deploy` instead of its banner
// and folder tree (issue 19 item 6): what the CLI printed, summarised.
import { summariseMigrateOutput } from '../../../scripts/lib/migrate';

const HEAD = [
  'Prisma schema loaded from prisma/schema',
  'Datasource "db": PostgreSQL database "ilearn", schema "public" using driver adapter "@prisma/adapter-pg"',
  '',
  '9 migrations found in prisma/migrations',
  '',
];

describe('summariseMigrateOutput', () => {
  it('names the migrations a run applied', () => {
    const output = [
      ...HEAD,
      'The following migration(s) have been applied:',
      '',
      'migrations/',
      '  └─ 0001_init/',
      '    └─ migration.sql',
      '  └─ 20261202074023_access_requests_content_reports/',
      '    └─ migration.sql',
      '      ',
      'All migrations have been successfully applied.',
    ].join('\n');
    expect(summariseMigrateOutput(output)).toBe(
      'Database migrations: 9 committed, applied now: 0001_init, 20261202074023_access_requests_content_reports',
    );
  });

  it('shortens a long list (a new database) to the count, the first and the last', () => {
    const folders = ['0001_init', '0002_a', '0003_b', '0004_c'].flatMap((name) => [
      `  └─ ${name}/`,
      '    └─ migration.sql',
    ]);
    const output = [...HEAD, 'The following migration(s) have been applied:', '', 'migrations/', ...folders].join('\n');
    expect(summariseMigrateOutput(output)).toBe(
      'Database migrations: 9 committed, applied now: 4 (0001_init … 0004_c)',
    );
  });

  it('says when nothing was pending', () => {
    expect(summariseMigrateOutput([...HEAD, 'No pending migrations to apply.'].join('\n'))).toBe(
      'Database migrations: 9 committed, none pending',
    );
  });
});
