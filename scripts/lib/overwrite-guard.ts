// db:reset and db:seed on PostgreSQL drop or fill a real database, and the seed adds the demo accounts, whose
// password is public. Only the embedded demo database is theirs to change freely; any PostgreSQL database needs
// `--force --confirm=<its name>`, the name typed back, whatever NODE_ENV says.

/** The database a connection string points at ("postgres" when it names none, as libpq does). */
export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** Throws, saying what would happen and how to insist, unless the database is embedded or the name was typed back. */
export function assertMayOverwrite(input: {
  databaseUrl: string | undefined;
  argv: readonly string[];
  action: string;
}): void {
  if (!input.databaseUrl) return;
  const name = databaseNameOf(input.databaseUrl);
  const confirmed = input.argv.find((arg) => arg.startsWith('--confirm='))?.slice('--confirm='.length);
  if (input.argv.includes('--force') && confirmed === name) return;
  const host = new URL(input.databaseUrl).hostname;
  throw new Error(
    `Refusing to ${input.action} the PostgreSQL database "${name}" on ${host}: it is not the embedded demo database, ` +
      'and the demo accounts share a public password. If you really mean it, run the command again with ' +
      `-- --force --confirm=${name}`,
  );
}

/** The flags that let a script (the browser tests, db:reset's own seed) seed the database it just created. */
export function overwriteFlags(databaseUrl: string): string[] {
  return ['--force', `--confirm=${databaseNameOf(databaseUrl)}`];
}
