/** @jest-environment node */
// Issue 15 item 4: every page answers with a Content-Security-Policy carrying a fresh nonce (script-src 'self'
// 'nonce-…', object-src 'none', base-uri 'self', frame-ancestors 'self'), handed to Next.js on the request so its
// scripts carry it; route handlers (files, SCORM package content with its own policy) are left alone; HSTS only
// when HSTS_MAX_AGE is set.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { isRouteHandlerPath } from '@/lib/security-headers';

const ROOT = join(__dirname, '../..');

function files(dir: string, name: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(`${dir}/${e.name}`, name) : e.name === name ? [`${dir}/${e.name}`] : [],
  );
}

/** A URL for an app/ file: groups dropped, each [segment] filled in. */
const urlOf = (file: string) =>
  file
    .replace(/^app/, '')
    .replace(/\/(route|page)\.tsx?$/, '')
    .split('/')
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => (s.startsWith('[...') ? 'a/b.html' : s.startsWith('[') ? '7' : s))
    .join('/') || '/';

async function proxyFor(path: string, env: Record<string, string> = {}) {
  jest.resetModules();
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const { proxy } = await import('@/proxy');
    return proxy(new NextRequest(`http://localhost:3000${path}`));
  } finally {
    process.env = saved;
  }
}

describe('which paths get the page policy', () => {
  it('every route handler outside app/api is recognised (a new one must be listed), and no page is', () => {
    const routes = [...files('app', 'route.ts')].filter((f) => !f.startsWith('app/api/'));
    const pages = files('app', 'page.tsx');
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((f) => !isRouteHandlerPath(urlOf(f)))).toEqual([]);
    expect(pages.filter((f) => isRouteHandlerPath(urlOf(f)))).toEqual([]);
  });
});

describe('proxy security headers', () => {
  it('a page gets a nonce policy on the response and on the request Next.js renders; a new nonce each time', async () => {
    const first = await proxyFor('/courses/7');
    const policy = first.headers.get('content-security-policy')!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'(;|$)/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'", "default-src 'self'"])
      expect(policy).toContain(directive);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    // NextResponse.next({ request: { headers } }) hands the policy to the render, which takes the nonce from it.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    const second = await proxyFor('/courses/7');
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
    expect(first.headers.get('strict-transport-security')).toBeNull();
  });

  it('leaves the SCORM package content (its own policy) and downloads alone', async () => {
    for (const path of ['/scorm/7/content/index_lms.html', '/certificates/7', '/activities/7/file']) {
      const response = await proxyFor(path);
      expect(response.headers.get('content-security-policy')).toBeNull();
      expect(response.headers.get('x-middleware-request-x-ilearn-path')).toBe(path);
    }
  });

  it('sends HSTS when HSTS_MAX_AGE is set', async () => {
    const response = await proxyFor('/', { HSTS_MAX_AGE: '31536000' });
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
