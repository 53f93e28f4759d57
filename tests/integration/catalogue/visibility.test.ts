/** @jest-environment node */
import { assertCanViewCourse, canViewCourse } from '@/lib/catalogue/queries';
import { NotFoundError } from '@/lib/errors';
import {
  enrol,
  makeAudience,
  makeCourse,
  makeLdAdmin,
  makeLearner,
  makeOrganisation,
  makeTeam,
  viewerFor,
} from '../../factories/learning';
import { db } from '@/lib/db';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

describe('course visibility', () => {
  it('shows EVERYONE courses to all and hides archived ones', async () => {
    const { viewer } = await makeLearner();
    expect(await canViewCourse(viewer, (await makeCourse()).id)).toBe(true);
    expect(await canViewCourse(viewer, (await makeCourse({ archivedAt: new Date() })).id)).toBe(false);
    expect(await canViewCourse(viewer, 0)).toBe(false);
  });

  it('shows RESTRICTED courses to the listed organisations and audiences only', async () => {
    const herts = await makeOrganisation();
    const partner = await makeOrganisation();
    const { viewer: staff } = await makeLearner({ organisationId: herts.id });
    const { viewer: outsider } = await makeLearner({ organisationId: partner.id });
    const { user: member, viewer: memberViewer } = await makeLearner({ organisationId: partner.id });
    const byOrg = await makeCourse({ visibility: 'RESTRICTED' });
    await db.courseOrganisation.create({ data: { courseId: byOrg.id, organisationId: herts.id } });
    const byAudience = await makeCourse({ visibility: 'RESTRICTED' });
    const audience = await makeAudience([member.id]);
    await db.courseAudience.create({ data: { courseId: byAudience.id, audienceId: audience.id } });

    expect(await canViewCourse(staff, byOrg.id)).toBe(true);
    expect(await canViewCourse(outsider, byOrg.id)).toBe(false);
    expect(await canViewCourse(memberViewer, byAudience.id)).toBe(true);
    expect(await canViewCourse(staff, byAudience.id)).toBe(false);
    await expect(assertCanViewCourse(outsider, byOrg.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets enrolled learners, the owner team and site admins reach a hidden course', async () => {
    const team = await makeTeam();
    const hidden = await makeCourse({ visibility: 'HIDDEN', ownerTeamId: team.id });
    const { user, viewer } = await makeLearner();
    expect(await canViewCourse(viewer, hidden.id)).toBe(false);
    await enrol(user.id, hidden.id);
    expect(await canViewCourse(viewer, hidden.id)).toBe(true);
    const { viewer: owner } = await makeLdAdmin(team.id);
    const { viewer: otherTeam } = await makeLdAdmin((await makeTeam()).id);
    expect(await canViewCourse(owner, hidden.id)).toBe(true);
    expect(await canViewCourse(otherTeam, hidden.id)).toBe(false);
    const { user: admin } = await makeLearner({ isSiteAdmin: true });
    expect(await canViewCourse(await viewerFor(admin.id), hidden.id)).toBe(true);
  });
});
