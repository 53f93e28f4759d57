/** @jest-environment node */
// /healthz and /readyz against the migrated test database: the process answers; readiness names what fails
// (a migration committed but not applied, the job worker not running in this process) and answers 503 then.
import { NextRequest } from 'next/server';
import { GET as healthzRoute } from '@/app/healthz/route';
import { GET as readyzRoute } from '@/app/readyz/route';
import { checkReadiness, committedMigrations } from '@/lib/health';
import { markShuttingDown } from '@/lib/shutdown';
import { disconnect } from '../../helpers/db';

const probe = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://app.test${path}`, { headers });
const healthz = (headers?: Record<string, string>) => healthzRoute(probe('/healthz', headers));
const readyz = () => readyzRoute(probe('/readyz'));

afterAll(disconnect);

describe('health endpoints', () => {
  it('/healthz answers 200 without a session, never cached, echoing the request id', async () => {
    const response = await healthz({ 'x-request-id': 'lb-probe-0001' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toBe('lb-probe-0001');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('checks the database and that every committed migration is applied', async () => {
    const committed = committedMigrations();
    expect(committed).toContain('0001_init');
    const readiness = await checkReadiness();
    expect(readiness.checks.database).toEqual({ ok: true, detail: 'reachable' });
    expect(readiness.checks.migrations).toEqual({ ok: true, detail: `${committed.length} applied` });
  });

  it('names a migration that is committed but not applied', async () => {
    const readiness = await checkReadiness({ migrations: [...committedMigrations(), '29991231000000_next'] });
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.migrations).toEqual({ ok: false, detail: '1 pending: 29991231000000_next' });
  });

  it('is not ready while the job worker that belongs in this process is not running (503)', async () => {
    // The tests run with WORKER unset (inline) and never start the worker.
    const response = await readyz();
    expect(response.status).toBe(503);
    const body = (await response.json()) as Awaited<ReturnType<typeof checkReadiness>>;
    expect(body.ready).toBe(false);
    expect(body.checks.worker).toEqual({ ok: false, detail: 'not started' });
    expect(body.checks.database.ok).toBe(true);
  });

  it('is not ready from a stop signal on (the load balancer drains the instance), while /healthz stays up', async () => {
    markShuttingDown();
    const response = await readyz();
    expect(response.status).toBe(503);
    const body = (await response.json()) as Awaited<ReturnType<typeof checkReadiness>>;
    expect(body.checks.process).toEqual({ ok: false, detail: 'shutting down' });
    expect((await healthz()).status).toBe(200);
  });
});
