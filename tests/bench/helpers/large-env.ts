// Imported first by the page benchmark: points this process at the L database before any lib module reads the
// environment (lib/env caches it on first use).
export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/ilearn_large';
process.env.DATABASE_URL = BENCH_DATABASE_URL;
