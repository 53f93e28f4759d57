// Every public endpoint of the app: pages, route handlers (with their methods) and server actions. Read from the
// build (`.next` manifests: app-paths-manifest for pages and routes, server-reference-manifest for actions, whose
// ids call an action over HTTP with the `Next-Action` header), or from the source when there is no build. The
// security tier's policy table must have a row for each (tests/unit/security/policy-rows.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const NEXT = join(ROOT, '.next');
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export type PageEndpoint = { kind: 'page'; key: string; path: string; file: string };
export type RouteEndpoint = { kind: 'route'; key: string; path: string; method: string; file: string };
/** `id` is the build's action id (only from the build); `file#name` identifies it in the source. */
export type ActionEndpoint = { kind: 'action'; key: string; file: string; name: string; id?: string };
export type Endpoint = PageEndpoint | RouteEndpoint | ActionEndpoint;

/** `app/(learner)/courses/[id]/page.tsx` → `/courses/[id]` (route groups are not part of the URL). */
export function urlPattern(appPath: string): string {
  const parts = appPath
    .replace(/^\/?app/, '')
    .replace(/\/(page|route)(\.\w+)?$/, '')
    .split('/')
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${parts.join('/')}`;
}

/** The `[name]` and `[...name]` segments of a URL pattern. */
export function paramsOf(pattern: string): string[] {
  return [...pattern.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]!);
}

const pageKey = (path: string) => `page ${path}`;
const routeKey = (method: string, path: string) => `${method} ${path}`;
const actionKey = (file: string, name: string) => `action ${file}#${name}`;

/** The HTTP methods a route file exports (`export const GET = route(...)`, `export { handler as POST }`). */
export function routeMethods(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return HTTP_METHODS.filter(
    (m) =>
      new RegExp(`^export\\s+(const|async\\s+function|function)\\s+${m}\\b`, 'm').test(text) ||
      new RegExp(`^export\\s*\\{[^}]*\\bas\\s+${m}\\b`, 'm').test(text),
  );
}

function sourceFile(appPath: string): string | undefined {
  const base = `app${appPath}`;
  return ['.tsx', '.ts', '.jsx', '.js'].map((ext) => base + ext).find((f) => existsSync(join(ROOT, f)));
}

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
  );
}

const EXPORTED_ACTION = /^export\s+const\s+(\w+)\s*=\s*(formAction|publicFormAction|buttonAction)\b/gm;

function actionsOfSource(file: string): string[] {
  return [...readFileSync(join(ROOT, file), 'utf8').matchAll(EXPORTED_ACTION)].map((m) => m[1]!);
}

function routeEndpoints(file: string): RouteEndpoint[] {
  const path = urlPattern(file);
  return routeMethods(file).map((method) => ({ kind: 'route', key: routeKey(method, path), path, method, file }));
}

/** Endpoints found in the source tree (app/): works without a build. */
export function sourceEndpoints(): Endpoint[] {
  const files = walk('app');
  const pages: Endpoint[] = files
    .filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f))
    .map((file) => ({ kind: 'page', key: pageKey(urlPattern(file)), path: urlPattern(file), file }));
  const routes = files.filter((f) => /\/route\.(ts|js)$/.test(f)).flatMap(routeEndpoints);
  const actions: Endpoint[] = files
    .filter(
      (f) =>
        /\.(ts|tsx)$/.test(f) && /^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(readFileSync(join(ROOT, f), 'utf8')),
    )
    .flatMap((file) =>
      actionsOfSource(file).map((name) => ({ kind: 'action' as const, key: actionKey(file, name), file, name })),
    );
  return [...pages, ...routes, ...actions];
}

export const hasBuild = () =>
  existsSync(join(NEXT, 'BUILD_ID')) && existsSync(join(NEXT, 'server', 'app-paths-manifest.json'));

type ServerReferenceManifest = {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};

/**
 * Endpoints in the build. Entries whose source file no longer exists (a stale build) are left out; Next's own
 * pages (`/_not-found`, `/_global-error`) and metadata routes are not ours.
 */
export function buildEndpoints(): Endpoint[] {
  const paths = JSON.parse(readFileSync(join(NEXT, 'server', 'app-paths-manifest.json'), 'utf8')) as Record<
    string,
    string
  >;
  const found: Endpoint[] = [];
  for (const appPath of Object.keys(paths)) {
    if (/^\/_/.test(appPath)) continue;
    const file = sourceFile(appPath);
    if (!file) continue;
    const path = urlPattern(appPath);
    if (appPath.endsWith('/page')) found.push({ kind: 'page', key: pageKey(path), path, file });
    else if (appPath.endsWith('/route')) found.push(...routeEndpoints(file));
  }
  const manifest = JSON.parse(
    readFileSync(join(NEXT, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as ServerReferenceManifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName || !existsSync(join(ROOT, entry.filename))) continue;
    found.push({
      kind: 'action',
      key: actionKey(entry.filename, entry.exportedName),
      file: entry.filename,
      name: entry.exportedName,
      id,
    });
  }
  return found;
}

/** The page a server action is used on, from the build (an action is posted to a page that imports it). */
export function actionWorkers(): Record<string, string[]> {
  const manifest = JSON.parse(
    readFileSync(join(NEXT, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as ServerReferenceManifest;
  return Object.fromEntries(Object.entries(manifest.node).map(([id, e]) => [id, Object.keys(e.workers)]));
}
