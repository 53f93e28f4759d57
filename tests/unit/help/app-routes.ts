// Does app/ have a page for a URL path? Route groups like "(auth)" are not segments; "[id]" matches any segment.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const APP = path.join(__dirname, '../../../app');

export function hasPage(urlPath: string, dir = APP, segments = urlPath.split('/').filter(Boolean)): boolean {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  const groups = entries.filter((e) => /^\(.+\)$/.test(e.name));
  if (segments.length === 0) {
    return existsSync(path.join(dir, 'page.tsx')) || groups.some((g) => hasPage(urlPath, path.join(dir, g.name), []));
  }
  const [head, ...rest] = segments;
  const dynamic = entries.filter((e) => /^\[[^.]+\]$/.test(e.name));
  return (
    (entries.some((e) => e.name === head) && hasPage(urlPath, path.join(dir, head!), rest)) ||
    dynamic.some((d) => hasPage(urlPath, path.join(dir, d.name), rest)) ||
    groups.some((g) => hasPage(urlPath, path.join(dir, g.name), segments))
  );
}
