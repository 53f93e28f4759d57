// About 200 people in a manager hierarchy (director -> heads of service -> team managers -> staff), with the
// fixed demo sign-ins of demo-accounts.ts. Every demo account shares one password hash (argon2 is slow on purpose).
import { bulkInsert, bulkInsertReturning } from './bulk';
import type { Person, SeedContext, TeamKey } from './context';
import { planPeople } from './people-plan';

const TEAM_MEMBERS: [TeamKey, string, 'ADMIN' | 'EDITOR' | 'TRAINER'][] = [
  ['hr', '90003', 'ADMIN'],
  ['libraries', '90004', 'ADMIN'],
];

export async function seedPeople(ctx: SeedContext, passwordHash: string): Promise<void> {
  const { db, clock, orgIds } = ctx;
  const plans = planPeople(ctx.rng);
  const created = await bulkInsertReturning<{ id: number; username: string }>(
    db,
    'User',
    plans.map((p) => ({
      username: p.username,
      passwordHash: p.authMethod === 'SSO' ? null : passwordHash,
      authMethod: p.authMethod,
      firstName: p.firstName,
      lastName: p.lastName,
      email: p.email,
      emailVerifiedAt: p.email ? clock.day(p.hrStartDays) : null,
      personnelNumber: p.org === 'schools' ? null : p.username.replace(/^wbc-/, ''),
      organisationId: orgIds[p.org],
      status: p.status,
      isSiteAdmin: p.isSiteAdmin,
      passwordChangedAt: p.authMethod === 'SSO' ? null : clock.day(-30),
      firstLoginAt: clock.day(Math.max(p.hrStartDays, -700), 9, 12),
      lastLoginAt: clock.day(-1, 8, 45),
      hrStartDate: clock.day(p.hrStartDays),
      createdAt: clock.day(p.hrStartDays - 3),
    })),
    ['id', 'username'],
  );
  const idOf = new Map(created.map((u) => [u.username, u.id]));
  for (const p of plans) {
    const id = idOf.get(p.username);
    if (id === undefined) throw new Error(`Seed: user ${p.username} not created`);
    const record: Person = {
      id,
      username: p.username,
      firstName: p.firstName,
      lastName: p.lastName,
      email: p.email,
      org: p.org,
      title: p.title,
      department: p.department,
      managerUsername: p.managerUsername,
      isManager: p.isManager,
      status: p.status,
    };
    ctx.people.push(record);
    ctx.byUsername.set(p.username, record);
  }
  await bulkInsert(
    db,
    'JobAssignment',
    ctx.people.map((p, index) => ({
      userId: p.id,
      idNumber: 'primary',
      title: p.title,
      organisationId: orgIds[p.org],
      managerId: p.managerUsername ? (idOf.get(p.managerUsername) ?? null) : null,
      isPrimary: true,
      startDate: clock.day(plans[index]?.hrStartDays ?? -365),
    })),
  );
  // Besides the fixed admins, one member of the HR L&D staff in each team (a trainer in HR L&D itself).
  const ldStaff = ctx.people.filter(
    (p) => p.title.startsWith('Learning and Development') && !p.username.startsWith('900'),
  );
  const extra: [TeamKey, string, 'ADMIN' | 'EDITOR' | 'TRAINER'][] = [];
  const otherTeams: TeamKey[] = ['cs', 'acs', 'hs', 'hr'];
  otherTeams.forEach((team, index) => {
    const member = ldStaff[index % ldStaff.length];
    if (member) extra.push([team, member.username, team === 'hr' ? 'TRAINER' : 'ADMIN']);
  });
  await db.ldTeamMember.createMany({
    data: [...TEAM_MEMBERS, ...extra].map(([team, username, role]) => ({
      teamId: ctx.teamIds[team],
      userId: idOf.get(username) as number,
      role,
    })),
    skipDuplicates: true,
  });
}
