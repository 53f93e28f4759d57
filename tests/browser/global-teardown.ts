import type { BrowserRun } from './global-setup';

const store = globalThis as unknown as { ilearnBrowserRun?: BrowserRun };

export default async function globalTeardown(): Promise<void> {
  const run = store.ilearnBrowserRun;
  store.ilearnBrowserRun = undefined;
  const server = run?.server;
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (run?.oidc && run.oidc.exitCode === null) run.oidc.kill('SIGTERM');
  await run?.database?.drop();
}
