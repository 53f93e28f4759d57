/** @jest-environment node */
// Issue 11 item 6 (admin): an L&D officer builds a certification through the admin actions (details with the
// recertification settings, two course sets joined by THEN, an audience assignment due "within 3 months"), and the
// learner sees it: assigned with the reason and due date, enrolled on the courses, the later set locked. Bad input
// is refused with the field's message and keeps what was typed; learners and L&D admins of another team are
// refused (never a 500), through the same wrappers the pages use.
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import type { Viewer } from '@/lib/auth/viewer';
import { getProgramOverview } from '@/lib/catalogue/programs';
import { db } from '@/lib/db';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import {
  getProgramAssignments,
  getProgramContent,
  getProgramForEdit,
  listAdminPrograms,
} from '@/lib/programs/admin-queries';
import {
  addAssignmentAction,
  copyRecertificationPathAction,
  deleteCourseSetAction,
  moveCourseSetAction,
  removeAssignmentAction,
  saveCourseSetAction,
  saveProgramAction,
  updateAssignmentDueAction,
} from '@/app/admin/programs/actions';
import AdminProgramsPage from '@/app/admin/programs/page';
import NewProgramPage from '@/app/admin/programs/new/page';
import ProgramDetailsPage from '@/app/admin/programs/[id]/page';
import ProgramContentPage from '@/app/admin/programs/[id]/content/page';
import NewCourseSetPage from '@/app/admin/programs/[id]/content/new/page';
import EditCourseSetPage from '@/app/admin/programs/[id]/content/[setId]/page';
import ProgramAssignmentsPage from '@/app/admin/programs/[id]/assignments/page';
import AssignmentDuePage from '@/app/admin/programs/[id]/assignments/[assignmentId]/page';
import { makeAudience, makeCourse, makeLdAdmin, makeLearner, makeTeam } from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

let current: Viewer | null = null;
jest.mock('@/lib/auth/viewer', () => ({
  ...jest.requireActual('@/lib/auth/viewer'),
  getViewer: async () => current,
}));
jest.mock('next/cache', () => ({ revalidatePath: () => undefined }));

beforeAll(resetDb);
afterAll(disconnect);

const fd = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

/** A form action's result, or where it redirected. */
async function submit<R>(p: Promise<R>): Promise<R | { redirect: string }> {
  try {
    return await p;
  } catch (error) {
    if (isRedirectError(error)) return { redirect: String((error as { digest: string }).digest.split(';')[2]) };
    throw error;
  }
}

async function status(p: Promise<unknown>): Promise<number | 'redirect'> {
  try {
    await p;
    return 200;
  } catch (error) {
    if (isHTTPAccessFallbackError(error)) return getAccessFallbackHTTPStatus(error);
    if (isRedirectError(error)) return 'redirect';
    throw error;
  }
}

const certificationForm = (over: Record<string, string> = {}) => ({
  kind: 'CERTIFICATION',
  fullName: 'HCC Mandatory - Fire Safety 2 year',
  shortName: 'CERT-FIRE',
  summary: 'Fire safety for everyone, renewed every two years.',
  visible: 'yes',
  activeValue: '2',
  activeUnit: 'YEAR',
  windowValue: '1',
  windowUnit: 'MONTH',
  recertifyFrom: 'EXPIRY_DATE',
  ...over,
});

let worlds = 0;
async function world() {
  const n = ++worlds;
  const team = await makeTeam(`HR L&D ${n}`);
  const other = await makeTeam(`Children's Services L&D ${n}`);
  const { viewer: officer } = await makeLdAdmin(team.id, { firstName: 'Lee' });
  const { viewer: outsider } = await makeLdAdmin(other.id);
  const { user: learnerUser, viewer: learner } = await makeLearner({ firstName: 'Sam', lastName: 'Taylor' });
  const audience = await makeAudience([learnerUser.id], { name: n === 1 ? 'All HCC' : `All HCC ${n}` });
  const [intro, practical] = [
    await makeCourse({ shortName: n === 1 ? 'FIRE-INTRO' : `FIRE-INTRO-${n}`, fullName: 'Fire Safety: the basics' }),
    await makeCourse({
      shortName: n === 1 ? 'FIRE-DRILL' : `FIRE-DRILL-${n}`,
      fullName: 'Fire Safety: evacuation drill',
    }),
  ];
  return { team, officer, outsider, learner, learnerUser, audience, intro, practical };
}

it('an L&D officer builds a certification and the learner sees it', async () => {
  const w = await world();
  current = w.officer;

  // Settings the rules refuse: the field's message, and every value kept.
  const refused = await submit(
    saveProgramAction(
      undefined,
      fd(certificationForm({ ownerTeamId: String(w.team.id), windowValue: '3', windowUnit: 'YEAR' })),
    ),
  );
  expect(refused).toMatchObject({
    ok: false,
    fieldErrors: { windowValue: 'Active period must be greater than the recertification window period.' },
    values: expect.objectContaining({ fullName: 'HCC Mandatory - Fire Safety 2 year', windowValue: '3' }),
  });
  const missing = await submit(
    saveProgramAction(undefined, fd(certificationForm({ fullName: '', activeValue: 'two' }))),
  );
  expect(missing).toMatchObject({
    ok: false,
    fieldErrors: {
      fullName: 'Enter the full name',
      activeValue: 'Enter how long the certification is active as a whole number, like 2',
    },
  });
  // Another team as owner is refused.
  const otherOwner = await submit(
    saveProgramAction(undefined, fd(certificationForm({ ownerTeamId: String(w.outsider.ldTeamIds[0]) }))),
  );
  expect(otherOwner).toMatchObject({
    ok: false,
    fieldErrors: { ownerTeamId: 'Choose one of your teams as the owner' },
  });

  const created = await submit(saveProgramAction(undefined, fd(certificationForm({ ownerTeamId: String(w.team.id) }))));
  expect(created).toMatchObject({ redirect: expect.stringMatching(/^\/admin\/programs\/\d+\/content\?created=1$/) });
  const programId = Number(/programs\/(\d+)/.exec((created as { redirect: string }).redirect)![1]);
  expect(await db.certification.findUniqueOrThrow({ where: { programId } })).toMatchObject({
    activeValue: 2,
    activeUnit: 'YEAR',
    windowValue: 1,
    windowUnit: 'MONTH',
    recertifyFrom: 'EXPIRY_DATE',
  });

  // Course sets: an unknown short name is named; "some" cannot ask for more courses than the set has.
  const set = (over: Record<string, string>) =>
    submit(
      saveCourseSetAction(
        undefined,
        fd({
          programId: String(programId),
          label: 'Week one',
          completionType: 'ALL',
          nextOperator: 'THEN',
          path: 'CERT',
          ...over,
        }),
      ),
    );
  expect(await set({ courses: 'FIRE-INTRO\nNOPE-1' })).toMatchObject({
    ok: false,
    fieldErrors: { courses: 'We could not find courses with these short names: NOPE-1' },
    values: expect.objectContaining({ courses: 'FIRE-INTRO\nNOPE-1' }),
  });
  expect(await set({ courses: 'FIRE-INTRO', completionType: 'SOME', minCourses: '2' })).toMatchObject({
    ok: false,
    fieldErrors: { minCourses: 'The set has 1 course: the number to complete cannot be more' },
  });
  expect(await set({ label: 'The basics', courses: 'fire-intro' })).toMatchObject({
    redirect: `/admin/programs/${programId}/content?saved=1`,
  });
  expect(await set({ label: 'The drill', courses: 'FIRE-DRILL', nextOperator: 'AND' })).toMatchObject({
    redirect: `/admin/programs/${programId}/content?saved=1`,
  });
  await status(copyRecertificationPathAction(fd({ programId: String(programId) })));
  const content = await getProgramContent(w.officer, programId);
  expect(content.sets.map((s) => [s.path, s.label, s.courses.map((c) => c.shortName)])).toEqual([
    ['CERT', 'The basics', ['FIRE-INTRO']],
    ['CERT', 'The drill', ['FIRE-DRILL']],
    ['RECERT', 'The basics', ['FIRE-INTRO']],
    ['RECERT', 'The drill', ['FIRE-DRILL']],
  ]);

  // Assignment: a missing audience and a missing time are refused; then "within 3 months" of being assigned.
  const assign = (over: Record<string, string>) =>
    submit(
      addAssignmentAction(undefined, fd({ programId: String(programId), type: 'AUDIENCE', dueType: 'NONE', ...over })),
    );
  expect(await assign({ dueType: 'RELATIVE' })).toMatchObject({
    ok: false,
    fieldErrors: { audienceId: 'Choose an audience', dueWithinValue: 'Enter the time allowed, like 3' },
  });
  const before = new Date();
  expect(
    await assign({
      audienceId: String(w.audience.id),
      dueType: 'RELATIVE',
      dueWithinValue: '3',
      dueWithinUnit: 'MONTH',
    }),
  ).toMatchObject({
    ok: true,
    message: 'Assigned. 1 person is covered by this assignment and enrolled on the courses.',
  });
  expect(await assign({ audienceId: String(w.audience.id) })).toMatchObject({
    ok: false,
    fieldErrors: { audienceId: 'This is assigned already: change its due date in the list below' },
  });

  // The learner sees it at once: reason, due date about three months out, both courses enrolled.
  const overview = await getProgramOverview(w.learner, programId);
  expect(overview.assignment?.reasons).toEqual(["you are a member of the audience 'All HCC'"]);
  const due = overview.assignment!.certification!.dueAt!;
  expect(due.getTime()).toBeGreaterThan(before.getTime() + 88 * 86_400_000);
  expect(due.getTime()).toBeLessThan(before.getTime() + 93 * 86_400_000);
  expect(overview.assignment?.certification?.key).toBe('not_certified');
  expect(overview.sets.map((s) => [s.label, s.locked])).toEqual([
    ['The basics', false],
    ['The drill', true],
  ]);
  expect(
    await db.enrolment.count({ where: { userId: w.learner.id, source: 'CERTIFICATION', sourceProgramId: programId } }),
  ).toBe(2);

  // A fixed due date replaces it for everyone not yet certified.
  const { assignments } = await getProgramAssignments(w.officer, programId);
  expect(
    await submit(
      updateAssignmentDueAction(
        undefined,
        fd({
          programId: String(programId),
          assignmentId: String(assignments[0]!.id),
          dueType: 'FIXED',
          dueDate: '2027-03-31',
        }),
      ),
    ),
  ).toMatchObject({ redirect: `/admin/programs/${programId}/assignments?saved=1` });
  expect((await getProgramOverview(w.learner, programId)).assignment?.certification?.dueAt).toEqual(
    new Date('2027-03-31T00:00:00Z'),
  );

  // Moving and deleting sets; removing the assignment unassigns the learner.
  const [first, second] = content.sets;
  expect(
    await status(moveCourseSetAction(fd({ programId: String(programId), setId: String(second!.id), direction: 'up' }))),
  ).toBe(200);
  expect((await getProgramContent(w.officer, programId)).sets[0]!.label).toBe('The drill');
  expect(await status(deleteCourseSetAction(fd({ programId: String(programId), setId: String(first!.id) })))).toBe(
    'redirect',
  );
  expect(
    await status(
      removeAssignmentAction(fd({ programId: String(programId), assignmentId: String(assignments[0]!.id) })),
    ),
  ).toBe('redirect');
  expect(await db.programUser.count({ where: { programId } })).toBe(0);
  expect(await db.certificationCompletion.count({ where: { userId: w.learner.id } })).toBe(0);
});

it('refuses learners and L&D admins of another team, never with a 500', async () => {
  const w = await world();
  const program = await db.program.create({
    data: { kind: 'PROGRAM', shortName: 'IND-2027', fullName: 'Induction', ownerTeamId: w.team.id },
  });
  const assignment = await db.programAssignment.create({
    data: { programId: program.id, type: 'AUDIENCE', audienceId: w.audience.id },
  });
  const set = await db.courseSet.create({ data: { programId: program.id, label: 'Week one' } });
  const id = String(program.id);

  for (const viewer of [w.learner, w.outsider]) {
    current = viewer;
    expect(
      await submit(
        saveProgramAction(undefined, fd({ kind: 'PROGRAM', programId: id, fullName: 'Mine', shortName: 'MINE' })),
      ),
    ).toMatchObject({ ok: false, fieldErrors: {} });
    expect(
      await submit(
        saveCourseSetAction(
          undefined,
          fd({ programId: id, label: 'X', completionType: 'ALL', nextOperator: 'THEN', courses: 'FIRE-INTRO' }),
        ),
      ),
    ).toMatchObject({ ok: false });
    expect(
      await submit(
        addAssignmentAction(
          undefined,
          fd({ programId: id, type: 'AUDIENCE', audienceId: String(w.audience.id), dueType: 'NONE' }),
        ),
      ),
    ).toMatchObject({ ok: false });
    expect(await status(removeAssignmentAction(fd({ programId: id, assignmentId: String(assignment.id) })))).toBe(404);
    expect(await status(deleteCourseSetAction(fd({ programId: id, setId: String(set.id) })))).toBe(404);
    expect(await status(moveCourseSetAction(fd({ programId: id, setId: String(set.id), direction: 'down' })))).toBe(
      404,
    );
    await expect(getProgramForEdit(viewer, program.id)).rejects.toBeInstanceOf(ForbiddenError);
  }
  // The admin pages: "not found" for them, shown to the owning team.
  const pages = (viewer: Viewer) => {
    current = viewer;
    const p = { params: Promise.resolve({ id, setId: String(set.id), assignmentId: String(assignment.id) }) };
    const q = { ...p, searchParams: Promise.resolve({}) };
    return Promise.all([
      status(ProgramDetailsPage(p)),
      status(ProgramContentPage(q)),
      status(NewCourseSetPage(q)),
      status(EditCourseSetPage(p)),
      status(ProgramAssignmentsPage(q)),
      status(AssignmentDuePage(p)),
    ]);
  };
  expect(await pages(w.outsider)).toEqual([404, 404, 404, 404, 404, 404]);
  expect(await pages(w.learner)).toEqual([404, 404, 404, 404, 404, 404]);
  expect(await pages(w.officer)).toEqual([200, 200, 200, 200, 200, 200]);
  expect(await status(AdminProgramsPage())).toBe(200);
  expect(await status(NewProgramPage({ searchParams: Promise.resolve({ kind: 'CERTIFICATION' }) }))).toBe(200);
  // The learner may not even list; the other team's admin sees none of this team's programs.
  await expect(listAdminPrograms(w.learner)).rejects.toBeInstanceOf(ForbiddenError);
  expect((await listAdminPrograms(w.outsider)).map((p) => p.id)).not.toContain(program.id);
  await expect(getProgramForEdit(w.officer, 999_999)).rejects.toBeInstanceOf(NotFoundError);
  // Nothing changed.
  expect(await db.program.findUniqueOrThrow({ where: { id: program.id } })).toMatchObject({ fullName: 'Induction' });
  expect(await db.programAssignment.count({ where: { programId: program.id } })).toBe(1);
  expect(await db.courseSet.count({ where: { programId: program.id } })).toBe(1);
  // Another program's set id under this program's id is "not found" for its own admin too.
  current = w.officer;
  const elsewhere = await db.program.create({ data: { shortName: 'ELSE', fullName: 'Else', ownerTeamId: w.team.id } });
  expect(await status(deleteCourseSetAction(fd({ programId: String(elsewhere.id), setId: String(set.id) })))).toBe(404);
});
