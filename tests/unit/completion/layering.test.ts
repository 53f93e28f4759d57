/** @jest-environment node */
// Completion is the lower layer (STYLE.md "Layers between capabilities"): activities import it, it imports none of
// them, and nothing that completion imports leads back to an activity. Follows every relative and @/ import.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const ACTIVITIES = ['quiz', 'workshops', 'scorm', 'certificates', 'certifications', 'programs', 'feedback'];

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specs.flatMap((m) => {
    const target = resolve(file, m[1] ?? m[2]!);
    return target && !target.includes(`${path.sep}generated${path.sep}`) ? [target] : [];
  });
}

/** Every file reachable from `start` through imports, with the chain that reached it. */
function reachable(start: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>(start.map((f) => [f, [f]]));
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const target of importsOf(file)) {
      if (!seen.has(target)) {
        seen.set(target, [...seen.get(file)!, target]);
        queue.push(target);
      }
    }
  }
  return seen;
}

const rel = (f: string) => path.relative(root, f);

it('lib/completion reaches no activity module through its imports', () => {
  const dir = path.join(root, 'lib/completion');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
  expect(files.length).toBeGreaterThan(3);
  const offending = [...reachable(files).entries()]
    .filter(([file]) => ACTIVITIES.some((a) => rel(file).startsWith(`lib/${a}/`)))
    .map(([, chain]) => chain.map(rel).join(' -> '));
  expect(offending).toEqual([]);
});

it('course reset sits above the activities it archives', () => {
  const imports = importsOf(path.join(root, 'lib/course-reset/commands.ts')).map(rel);
  expect(imports).toEqual(expect.arrayContaining(['lib/quiz/commands.ts', 'lib/workshops/commands.ts']));
});
