/** @jest-environment node */
import { createAudience, updateAudience } from '@/lib/audiences/commands';
import { getCourseForEdit, listAdminCourses } from '@/lib/catalogue/admin-queries';
import { createCategory, createCourse, updateCategory, updateCourse } from '@/lib/catalogue/admin-commands';
import { getCategoryTrail } from '@/lib/catalogue/categories';
import { courseSchema } from '@/lib/catalogue/schemas';
import { addActivity as createActivity } from '@/lib/activities/commands';
import { getCourseStructure } from '@/lib/completion/admin-queries';
import { moveActivity, setCriteria, setRestrictions } from '@/lib/completion/admin-commands';
import { activitySchema } from '@/lib/completion/schemas';
import { db } from '@/lib/db';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import {
  makeCategory,
  makeCourse,
  makeLdAdmin,
  makeLearner,
  makeOrganisation,
  makeTeam,
  makeUser,
  viewerFor,
} from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

const courseForm = (over: Record<string, string> = {}) =>
  courseSchema.parse({
    shortName: 'WAH',
    fullName: 'Working at Heights',
    summary: 'Stay safe when working at height',
    aim: 'Know the rules',
    cost: '135',
    format: 'ELEARNING',
    keywords: 'ladders, height',
    categoryId: '',
    ownerTeamId: '',
    visibility: 'EVERYONE',
    completionEnabled: 'yes',
    completionAggregation: 'ALL',
    selfEnrolment: 'SELF_BEFORE_CONTENT',
    shareEnabled: 'yes',
    ...over,
  });
const page = (name: string, over: Record<string, string> = {}) =>
  activitySchema.parse({
    type: 'PAGE',
    name,
    contentHtml: '<p>Read me</p>',
    completionMode: 'AUTOMATIC',
    requireView: 'yes',
    visible: 'yes',
    ...over,
  });

describe('L&D admin: categories and courses', () => {
  it('creates and moves categories with their subtree', async () => {
    const { user } = await makeLearner({ isSiteAdmin: true });
    const admin = await viewerFor(user.id);
    const a = await createCategory(admin, {
      name: 'Service Specific Pages',
      description: null,
      parentId: null,
      ownerTeamId: null,
      sortOrder: 0,
      visible: true,
    });
    const b = await createCategory(admin, {
      name: "Children's Services",
      description: null,
      parentId: a.id,
      ownerTeamId: null,
      sortOrder: 0,
      visible: true,
    });
    const c = await createCategory(admin, {
      name: 'SEND',
      description: null,
      parentId: b.id,
      ownerTeamId: null,
      sortOrder: 0,
      visible: true,
    });
    expect((await getCategoryTrail(c.id)).map((t) => t.name)).toEqual([
      'Service Specific Pages',
      "Children's Services",
      'SEND',
    ]);
    const root = await createCategory(admin, {
      name: 'Courses',
      description: null,
      parentId: null,
      ownerTeamId: null,
      sortOrder: 0,
      visible: true,
    });
    await updateCategory(admin, a.id, {
      name: 'Service Specific Pages',
      description: null,
      parentId: root.id,
      ownerTeamId: null,
      sortOrder: 0,
      visible: true,
    });
    expect((await getCategoryTrail(c.id)).map((t) => t.name)).toEqual([
      'Courses',
      'Service Specific Pages',
      "Children's Services",
      'SEND',
    ]);
    await expect(
      updateCategory(admin, root.id, {
        name: 'Courses',
        description: null,
        parentId: c.id,
        ownerTeamId: null,
        sortOrder: 0,
        visible: true,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      createCategory(admin, {
        name: 'SEND',
        description: null,
        parentId: b.id,
        ownerTeamId: null,
        sortOrder: 0,
        visible: true,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('lets L&D admins create and edit only their own team’s courses', async () => {
    const hr = await makeTeam('HR L&D');
    const libraries = await makeTeam('Libraries L&D');
    const { viewer: desiree } = await makeLdAdmin(hr.id);
    const { viewer: gill } = await makeLdAdmin(libraries.id);
    const { viewer: learner } = await makeLearner();
    const category = await makeCategory();
    const org = await makeOrganisation();

    await expect(createCourse(learner, courseForm({ categoryId: String(category.id) }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      createCourse(desiree, courseForm({ categoryId: String(category.id), ownerTeamId: String(libraries.id) })),
    ).rejects.toBeInstanceOf(ValidationError);
    const { id } = await createCourse(
      desiree,
      courseForm({ categoryId: String(category.id), ownerTeamId: String(hr.id) }),
    );
    const saved = await getCourseForEdit(desiree, id);
    expect(saved).toMatchObject({
      fullName: 'Working at Heights',
      costPence: 13500,
      keywords: ['ladders', 'height'],
      ownerTeamId: hr.id,
    });
    expect(saved.enrolmentMethods).toEqual([expect.objectContaining({ type: 'SELF_BEFORE_CONTENT', enabled: true })]);

    await expect(getCourseForEdit(gill, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateCourse(gill, id, courseForm({ categoryId: String(category.id), ownerTeamId: String(libraries.id) })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listAdminCourses(gill)).rows.map((r) => r.id)).not.toContain(id);
    expect((await listAdminCourses(desiree)).rows.map((r) => r.id)).toContain(id);

    await expect(
      updateCourse(
        desiree,
        id,
        courseForm({ categoryId: String(category.id), ownerTeamId: String(hr.id), visibility: 'RESTRICTED' }),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await updateCourse(
      desiree,
      id,
      courseForm({
        categoryId: String(category.id),
        ownerTeamId: String(hr.id),
        visibility: 'RESTRICTED',
        organisationIds: String(org.id),
        selfEnrolment: 'SELF_AFTER_VIEW',
      }),
    );
    const updated = await getCourseForEdit(desiree, id);
    expect(updated.organisations).toEqual([{ organisationId: org.id }]);
    expect(updated.enrolmentMethods.filter((m) => m.enabled).map((m) => m.type)).toEqual(['SELF_AFTER_VIEW']);
    await expect(
      createCourse(desiree, courseForm({ categoryId: String(category.id), ownerTeamId: String(hr.id) })),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('L&D admin: activities, restrictions and criteria', () => {
  it('orders activities, refuses restriction cycles and saves criteria', async () => {
    const team = await makeTeam();
    const { viewer: admin } = await makeLdAdmin(team.id);
    const { viewer: outsider } = await makeLdAdmin((await makeTeam()).id);
    const course = await makeCourse({ ownerTeamId: team.id });
    const a = await createActivity(admin, course.id, page('Data Protection eLearning 2021'));
    const b = await createActivity(admin, course.id, page('Data Protection Assessment'));
    const c = await createActivity(admin, course.id, page('Data Protection Certificate'));
    await expect(createActivity(outsider, course.id, page('Nope'))).rejects.toBeInstanceOf(ForbiddenError);

    await moveActivity(admin, c.id, 'up');
    expect((await getCourseStructure(admin, course.id)).activities.map((x) => x.id)).toEqual([a.id, c.id, b.id]);

    await setRestrictions(admin, b.id, {
      aggregation: 'ALL',
      rules: [{ requiredActivityId: a.id, requirement: 'COMPLETE' }],
    });
    await expect(
      setRestrictions(admin, a.id, {
        aggregation: 'ALL',
        rules: [{ requiredActivityId: b.id, requirement: 'COMPLETE' }],
      }),
    ).rejects.toMatchObject({ fieldErrors: { rules: expect.stringContaining('forever') } });
    await expect(
      setRestrictions(admin, a.id, {
        aggregation: 'ALL',
        rules: [{ requiredActivityId: a.id, requirement: 'COMPLETE' }],
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const other = await makeCourse({ ownerTeamId: team.id });
    const foreign = await createActivity(admin, other.id, page('Elsewhere'));
    await expect(
      setRestrictions(admin, a.id, {
        aggregation: 'ALL',
        rules: [{ requiredActivityId: foreign.id, requirement: 'COMPLETE' }],
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(setRestrictions(outsider, b.id, { aggregation: 'ALL', rules: [] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );

    await setCriteria(admin, course.id, {
      completionEnabled: true,
      aggregation: 'ANY',
      activityIds: [b.id],
      requiredCourseIds: [],
      selfCompletion: true,
    });
    const structure = await getCourseStructure(admin, course.id);
    expect(structure.completionAggregation).toBe('ANY');
    expect(structure.criteria).toEqual([
      { type: 'ACTIVITY', activityId: b.id, requiredCourseId: null },
      { type: 'SELF', activityId: null, requiredCourseId: null },
    ]);
    await expect(
      setCriteria(admin, course.id, {
        completionEnabled: true,
        aggregation: 'ALL',
        activityIds: [foreign.id],
        requiredCourseIds: [],
        selfCompletion: false,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('site admin: audiences', () => {
  it('keeps static lists and rule-based membership, and only site admins edit them', async () => {
    const { user: siteUser } = await makeLearner({ isSiteAdmin: true });
    const site = await viewerFor(siteUser.id);
    const { viewer: ldAdmin } = await makeLdAdmin((await makeTeam()).id);
    const watford = await makeOrganisation({ slug: 'watford', name: 'Watford Borough Council' });
    const partner = await makeUser({ username: 'wbc-40001', organisationId: watford.id });
    const other = await makeUser();
    const base = { description: null, ruleAggregation: 'ALL' as const, members: [], rules: [] };

    await expect(createAudience(ldAdmin, { ...base, name: 'Nope', kind: 'STATIC' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const fixed = await createAudience(site, {
      ...base,
      name: 'Fire wardens',
      kind: 'STATIC',
      members: [other.username],
    });
    expect(await db.audienceMember.findMany({ where: { audienceId: fixed.id }, select: { userId: true } })).toEqual([
      { userId: other.id },
    ]);
    await expect(
      createAudience(site, { ...base, name: 'Bad', kind: 'STATIC', members: ['nobody'] }),
    ).rejects.toBeInstanceOf(ValidationError);

    const dynamic = await createAudience(site, {
      ...base,
      name: 'Watford staff',
      kind: 'DYNAMIC',
      rules: [{ field: 'USERNAME_PREFIX', operator: 'EQUALS', value: 'wbc-' }],
    });
    expect((await db.audienceMember.findMany({ where: { audienceId: dynamic.id } })).map((m) => m.userId)).toEqual([
      partner.id,
    ]);
    await updateAudience(site, dynamic.id, {
      ...base,
      name: 'Watford staff',
      kind: 'DYNAMIC',
      rules: [{ field: 'ORGANISATION', operator: 'EQUALS', value: 'nowhere' }],
    });
    expect(await db.audienceMember.count({ where: { audienceId: dynamic.id } })).toBe(0);
    await expect(createAudience(site, { ...base, name: 'Fire wardens', kind: 'STATIC' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
