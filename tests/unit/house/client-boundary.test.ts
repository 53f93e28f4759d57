// A server component may render a 'use client' component, but it cannot call a plain function exported from a
// 'use client' module: Next replaces it with a client reference and the page answers HTTP 500 ("Attempted to call
// fieldId() from the server but fieldId is on the client", issue 20 item 1). So client modules export only
// components (PascalCase), hooks (use…) and types; shared helpers live in plain modules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'generated' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function isClientModule(source: string): boolean {
  return /^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*)*['"]use client['"]/.test(source);
}

/** Names of runtime values a module exports (functions, constants, classes; not types). */
export function exportedValues(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(
    /^export\s+(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm,
  ))
    names.add(m[1] ?? '');
  for (const m of source.matchAll(/^export\s*\{([^}]*)\}/gm))
    for (const part of (m[1] ?? '').split(',')) {
      const item = part.trim();
      if (!item || item.startsWith('type ')) continue;
      names.add(
        item
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
    }
  return [...names];
}

const allowed = (name: string) => /^[A-Z]/.test(name) || /^use[A-Z]/.test(name);

describe("'use client' modules", () => {
  const clientFiles = ['app', 'components', 'lib']
    .flatMap((d) => sourceFiles(path.join(ROOT, d)))
    .filter((f) => isClientModule(readFileSync(f, 'utf8')));

  it('finds the client modules', () => {
    expect(clientFiles.length).toBeGreaterThan(10);
    expect(clientFiles.map((f) => path.relative(ROOT, f))).toContain(
      path.join('components', 'ui', 'error-summary.tsx'),
    );
  });

  it('export only components, hooks and types, never helpers a server component could call', () => {
    const offenders = clientFiles.flatMap((file) =>
      exportedValues(readFileSync(file, 'utf8'))
        .filter((name) => !allowed(name))
        .map((name) => `${path.relative(ROOT, file)}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('catches a helper exported next to a component', () => {
    const source =
      "'use client';\nexport function Box() {}\nexport function fieldId(n: string) { return n; }\nexport type X = 1;";
    expect(exportedValues(source).filter((name) => !allowed(name))).toEqual(['fieldId']);
  });
});

describe('components', () => {
  it('take their actions as props and never import from app/', () => {
    const offenders = sourceFiles(path.join(ROOT, 'components'))
      .filter((file) => /from '@\/app\//.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
