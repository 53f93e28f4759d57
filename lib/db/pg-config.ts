import type { PoolConfig } from 'pg';

// Split a postgresql:// URL into a pg config object. The migration adapter needs an object, not a
// connection string: adapter-pg spreads the config with another `database` for the shadow DB, and a
// connectionString would win over it (the shadow DB would point at the main one).
export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  if (u.protocol !== 'postgresql:' && u.protocol !== 'postgres:') {
    throw new Error(`Unsupported database URL protocol: ${u.protocol}`);
  }
  const sslmode = u.searchParams.get('sslmode');
  const hostParam = u.searchParams.get('host'); // unix socket form: postgresql://user@/db?host=/var/run/postgresql
  return {
    host: hostParam ?? (decodeURIComponent(u.hostname) || 'localhost'),
    port: u.port ? Number(u.port) : 5432,
    user: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || undefined,
    ssl: sslmode && sslmode !== 'disable' ? { rejectUnauthorized: sslmode === 'verify-full' } : undefined,
  };
}

// The same server, another database (for temp/test databases).
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export function isLocalHost(url: string): boolean {
  const { host } = poolConfigFromUrl(url);
  return host === 'localhost' || host === '127.0.0.1' || host === '::1' || (host ?? '').startsWith('/');
}
