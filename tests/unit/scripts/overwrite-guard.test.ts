/** @jest-environment node */
// db:reset / db:seed refuse every PostgreSQL database unless --force and its name typed back (issue: the README's
// production recipe never set NODE_ENV, so the old production-only guard let db:reset drop a live database).
import { assertMayOverwrite, databaseNameOf, overwriteFlags } from '../../../scripts/lib/overwrite-guard';

const URL = 'postgresql://ilearn:secret@db.internal:5432/ilearn';

describe('db:reset / db:seed guard', () => {
  it('lets the embedded database through', () => {
    expect(() => assertMayOverwrite({ databaseUrl: undefined, argv: [], action: 'reset' })).not.toThrow();
  });

  it('refuses PostgreSQL without --force and the name, whatever else is passed, and says how to insist', () => {
    for (const argv of [
      [],
      ['--force'],
      ['--confirm=ilearn'],
      ['--force', '--confirm=ilearn_test'],
      ['--force', '--confirm='],
    ]) {
      expect(() => assertMayOverwrite({ databaseUrl: URL, argv, action: 'reset' })).toThrow(
        'Refusing to reset the PostgreSQL database "ilearn" on db.internal: it is not the embedded demo database, ' +
          'and the demo accounts share a public password. If you really mean it, run the command again with ' +
          '-- --force --confirm=ilearn',
      );
    }
    expect(() =>
      assertMayOverwrite({ databaseUrl: URL, argv: ['--force', '--confirm=ilearn'], action: 'reset' }),
    ).not.toThrow();
  });

  it('reads the database name as libpq does', () => {
    expect(databaseNameOf('postgresql://u@h/my%20db')).toBe('my db');
    expect(databaseNameOf('postgresql://u@h:5432')).toBe('postgres');
    expect(overwriteFlags('postgresql://postgres@127.0.0.1:5432/ilearn_test_1_ab')).toEqual([
      '--force',
      '--confirm=ilearn_test_1_ab',
    ]);
  });
});
