// The fixed demo sign-ins browser tests rely on. The demo seed creates them; this fills in any that are
// missing (e.g. before the full seed exists), so the shell's browser tests never depend on seed details.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { addToLdTeam, createUser, setManager } from './people';

export const DEMO_PASSWORD = 'Learn2026!';

export const DEMO_USERS = {
  learner: { username: '90011', firstName: 'Sam', lastName: 'Taylor' },
  manager: { username: '90002', firstName: 'Priya', lastName: 'Shah' },
  ldAdmin: { username: '90003', firstName: 'Desiree', lastName: 'Blair' },
  siteAdmin: { username: 'ilearn.admin', firstName: 'Jordan', lastName: 'Reeves' },
} as const;

export async function ensureDemoUsers(db: PrismaClient): Promise<void> {
  const org =
    (await db.organisation.findUnique({ where: { slug: 'hcc' } })) ??
    (await db.organisation.create({
      data: {
        slug: 'hcc',
        name: 'Hertfordshire County Council',
        shortName: 'HCC',
        kind: 'COUNCIL',
        contactEmail: 'ilearn@hertfordshire.gov.uk',
        contactPhone: '01992 555557 (option 5)',
        contactHours: 'Monday to Friday, 9am to 4pm',
      },
    }));
  const ids: Record<string, number> = {};
  for (const [role, person] of Object.entries(DEMO_USERS)) {
    const existing = await db.user.findUnique({ where: { username: person.username }, select: { id: true } });
    ids[role] =
      existing?.id ??
      (
        await createUser(db, {
          organisationId: org.id,
          ...person,
          isSiteAdmin: role === 'siteAdmin',
          password: DEMO_PASSWORD,
        })
      ).id;
  }
  const learner = ids.learner!;
  const manager = ids.manager!;
  const ldAdmin = ids.ldAdmin!;
  if ((await db.jobAssignment.count({ where: { managerId: manager } })) === 0) await setManager(db, learner, manager);
  if ((await db.ldTeamMember.count({ where: { userId: ldAdmin } })) === 0) await addToLdTeam(db, ldAdmin, 'HR L&D');
}
