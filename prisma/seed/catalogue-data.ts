// The course catalogue: the category tree and 40+ courses (names from the portal we replace).
import type { TeamKey } from './context';
import type { CourseSpec } from './course-spec';
import { BESPOKE_COURSES } from './courses-bespoke';
import { standardCourses } from './courses-standard';

export type { ActivitySpec, CourseSpec } from './course-spec';
export { defaultActivities } from './course-spec';

export type CategorySpec = { key: string; name: string; parent?: string; team?: TeamKey; description?: string };

export const CATEGORIES: CategorySpec[] = [
  { key: 'courses', name: 'Courses', team: 'hr', description: 'All courses on iLearn+.' },
  {
    key: 'corporate',
    name: 'Corporate',
    parent: 'courses',
    team: 'hr',
    description: 'Learning every member of staff needs.',
  },
  {
    key: 'mandatory',
    name: 'Mandatory',
    parent: 'corporate',
    team: 'hr',
    description: 'Learning everyone must complete, and renew when it expires.',
  },
  {
    key: 'induction',
    name: 'Induction',
    parent: 'corporate',
    team: 'hr',
    description: 'Your first weeks at the council.',
  },
  {
    key: 'service',
    name: 'Service Specific Pages',
    parent: 'courses',
    team: 'hr',
    description: 'Learning owned by individual services.',
  },
  { key: 'cs', name: "Children's Services", parent: 'service', team: 'cs' },
  { key: 'send', name: 'SEND', parent: 'cs', team: 'cs', description: 'Special educational needs and disabilities.' },
  { key: 'acs', name: 'Adult Care Services', parent: 'service', team: 'acs' },
  { key: 'libraries', name: 'Libraries', parent: 'service', team: 'libraries' },
  {
    key: 'hs',
    name: 'Health and Safety',
    parent: 'courses',
    team: 'hs',
    description: 'Keeping yourself and others safe at work.',
  },
  { key: 'personal', name: 'Personal Development', parent: 'courses', team: 'hr' },
  { key: 'customer', name: 'Customer Service', parent: 'courses', team: 'hr' },
  { key: 'leadership', name: 'Leadership and Management', parent: 'courses', team: 'hr' },
  { key: 'it', name: 'IT and Systems', parent: 'courses', team: 'hr' },
];

export const COURSES: CourseSpec[] = [...BESPOKE_COURSES, ...standardCourses()];
