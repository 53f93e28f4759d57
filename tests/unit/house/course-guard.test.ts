/** @jest-environment node */
// One answer to "may this person manage this course" (issue 9 item 2): lib/auth/course-manager.ts. These checks
// keep it one: no module compares a course's owner with the viewer's teams by itself, the guard never writes, the
// retired guards stay retired, and pages turn refusals into 404 through pageOrNotFound, never by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : files(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const code = (path: string) =>
  read(path)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

// Who may read the viewer's team list directly: the guard itself, the role checks, catalogue visibility (what a
// person may see, not manage), the owner-team choices of the category and course forms, and certificates (only
// asks whether the viewer has a team before using coursesManagedBy).
const MAY_READ_TEAMS = new Set([
  'lib/auth/course-manager.ts',
  'lib/auth/permissions.ts',
  'lib/auth/viewer.ts',
  'lib/catalogue/visibility.ts',
  'lib/catalogue/search.ts',
  'lib/catalogue/admin-queries.ts',
  'lib/catalogue/admin-commands.ts',
  'lib/certificates/queries.ts',
]);

describe('one course-manager guard', () => {
  it('is the only place that decides from the viewer’s L&D teams', () => {
    const offenders = files('lib').filter((f) => !MAY_READ_TEAMS.has(f) && /\bldTeamIds\b/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('only reads', () => {
    expect(code('lib/auth/course-manager.ts')).not.toMatch(
      /\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(|\$executeRaw|\$transaction/,
    );
  });

  it('has no second guard under another name', () => {
    const retired =
      /\b(assertCanManageCourse|assertManagesCourse|assertManagesQuiz|assertManagesWorkshop|assertManagesSession|notFoundOnDenied|managedCourseWhere)\b/;
    const offenders = [...files('lib'), ...files('app'), ...files('components')].filter((f) => retired.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('is turned into "not found" by pageOrNotFound on every page, not by hand', () => {
    const offenders = files('app').filter((f) => /instanceof (NotFoundError|ForbiddenError)/.test(code(f)));
    expect(offenders).toEqual([]);
  });
});
