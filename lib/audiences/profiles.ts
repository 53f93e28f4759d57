// What audience rules read about a person (one select, one mapping), shared by the whole-audience recalculation
// and the per-person refresh after a profile change.
import type { AudienceProfile } from './rules';

export const AUDIENCE_PROFILE_SELECT = {
  id: true,
  username: true,
  email: true,
  authMethod: true,
  organisationId: true,
  organisation: { select: { slug: true, name: true } },
  jobAssignments: { select: { title: true, manager: { select: { username: true } } } },
  _count: { select: { managedAssignments: true } },
} as const;

type ProfileRow = {
  username: string;
  email: string | null;
  authMethod: 'MANUAL' | 'SSO';
  organisation: { slug: string; name: string };
  jobAssignments: { title: string | null; manager: { username: string } | null }[];
  _count: { managedAssignments: number };
};

export function audienceProfileOf(u: ProfileRow): AudienceProfile {
  return {
    username: u.username,
    email: u.email,
    organisationSlug: u.organisation.slug,
    organisationName: u.organisation.name,
    jobTitles: u.jobAssignments.flatMap((j) => (j.title ? [j.title] : [])),
    managerUsernames: u.jobAssignments.flatMap((j) => (j.manager ? [j.manager.username] : [])),
    isManager: u._count.managedAssignments > 0,
    authMethod: u.authMethod,
  };
}
