/** @jest-environment node */
// Every public endpoint goes through lib/auth/action.ts (STYLE.md "Security model"): each export of a
// 'use server' file is built by formAction / publicFormAction / buttonAction, each route handler by route().
// Read from the source, so a new endpoint that skips the wrapper fails here on its first day.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const SCANNED = ['app', 'components', 'lib'];
/**
 * next-auth's own handler: it authenticates people, so it cannot sit behind a wrapper that needs a session.
 */
const ROUTE_EXCEPTIONS = ['app/api/auth/[...nextauth]/route.ts'];
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : files(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const all = SCANNED.flatMap(files);
const source = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const serverFiles = all.filter((path) => /^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(source(path)));
const routeFiles = all.filter((path) => /^app\/.*\/route\.tsx?$/.test(path) && !ROUTE_EXCEPTIONS.includes(path));

/** The exported names of a module and how each is defined (the text after `=`, or the declaration kind). */
function exportsOf(text: string): { name: string; definition: string }[] {
  const found: { name: string; definition: string }[] = [];
  for (const m of text.matchAll(/^export\s+(?:const|let|var)\s+(\w+)(?:\s*:[^=]+)?\s*=\s*([\s\S]{0,40})/gm))
    found.push({ name: m[1]!, definition: m[2]!.trim() });
  for (const m of text.matchAll(/^export\s+(?:default\s+)?(?:async\s+)?function\s*\*?\s*(\w*)/gm))
    found.push({ name: m[1] || 'default', definition: 'function declaration' });
  for (const m of text.matchAll(/^export\s*\{([^}]*)\}/gm))
    for (const part of m[1]!.split(',').filter((p) => p.trim()))
      found.push({
        name: part
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
        definition: 're-export',
      });
  for (const m of text.matchAll(/^export\s+default\s+(?!async|function)(\w+)/gm))
    found.push({ name: 'default', definition: m[1]! });
  return found;
}

const WRAPPED_ACTION = /^(formAction|publicFormAction|buttonAction)\(/;
// publicRoute(): GET-only routes whose URL token is the credential (the calendar feed); probeRoute(): the load
// balancer's /healthz and /readyz (no session, no input, nothing personal); see lib/auth/action.ts.
const WRAPPED_ROUTE = /^(route|publicRoute|probeRoute)\(/;

describe('every endpoint goes through the wrapper', () => {
  it('finds the endpoints (the scan itself works)', () => {
    expect(serverFiles.length).toBeGreaterThanOrEqual(23);
    expect(routeFiles.length).toBeGreaterThanOrEqual(7);
    console.log(
      `${serverFiles.length} 'use server' files with ${serverFiles.flatMap((f) => exportsOf(source(f))).length} actions; ${routeFiles.length} route files`,
    );
  });

  it.each(serverFiles)('%s: every export is a wrapped action', (path) => {
    const text = source(path);
    const exported = exportsOf(text);
    expect(exported.length).toBeGreaterThan(0);
    for (const { name, definition } of exported) {
      expect(`${name} = ${definition}`).toMatch(new RegExp(`^${name} = (formAction|publicFormAction|buttonAction)\\(`));
    }
    // Re-exports and `export type` aside, nothing else may be exported from a 'use server' file.
    expect(exported.every((e) => WRAPPED_ACTION.test(e.definition))).toBe(true);
  });

  it.each(routeFiles)('%s: every handler is route(), publicRoute() or probeRoute()', (path) => {
    const exported = exportsOf(source(path)).filter((e) => HTTP_METHODS.includes(e.name) || e.name === 'default');
    expect(exported.length).toBeGreaterThan(0);
    for (const { name, definition } of exported)
      expect(`${name} = ${definition}`).toMatch(/^\w+ = (route|publicRoute|probeRoute)\(/);
    expect(exported.every((e) => WRAPPED_ROUTE.test(e.definition))).toBe(true);
  });

  it.each([...serverFiles, ...routeFiles])('%s: reads no session and catches no errors by hand', (path) => {
    const text = source(path);
    expect(text).not.toMatch(/\bgetViewer\b|\brequireViewer\w*\b|getServerSession/);
    expect(text).not.toMatch(/\btry\s*\{|\.catch\(|\bfailure\(/);
  });

  it('probeRoute() (no session) serves only the two load-balancer probes', () => {
    expect(routeFiles.filter((path) => source(path).includes('probeRoute('))).toEqual([
      'app/healthz/route.ts',
      'app/readyz/route.ts',
    ]);
  });

  it('recognises an endpoint that skips the wrapper', () => {
    const bad = exportsOf(
      'export async function leakAction(fd: FormData) {}\nexport const okAction = formAction(s, h);\nexport { h as GET };',
    );
    expect(bad.map((e) => [e.name, WRAPPED_ACTION.test(e.definition)])).toEqual([
      ['okAction', true],
      ['leakAction', false],
      ['GET', false],
    ]);
  });
});
