// The fixed demo sign-ins. README and browser tests rely on these exact usernames and the shared password.
export const DEMO_PASSWORD = 'Learn2026!';

export type DemoAccount = { username: string; password: string; role: string; name: string; tryThis: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: '90011',
    password: DEMO_PASSWORD,
    role: 'Learner (HCC)',
    name: 'Sam Taylor',
    tryThis:
      'See courses in progress, a certificate, the induction program and four mandatory certifications in different states.',
  },
  {
    username: '90002',
    password: DEMO_PASSWORD,
    role: 'Team manager (HCC)',
    name: 'Priya Shah',
    tryThis: "See your eight direct reports' learning, including Sam Taylor's.",
  },
  {
    username: '90001',
    password: DEMO_PASSWORD,
    role: 'Head of service (HCC)',
    name: 'Alex Morgan',
    tryThis: 'Your team is Priya Shah and another team manager; their staff (such as Sam Taylor) are not yours to see.',
  },
  {
    username: '90003',
    password: DEMO_PASSWORD,
    role: 'L&D admin, HR L&D',
    name: 'Desiree Blair',
    tryThis: 'Manage the HR L&D courses, sessions and bookings.',
  },
  {
    username: '90004',
    password: DEMO_PASSWORD,
    role: 'L&D admin, Libraries L&D',
    name: 'Gill Winters',
    tryThis: "Manage Active Supervision and its sessions; other teams' courses are not yours to edit.",
  },
  {
    username: 'ilearn.admin',
    password: DEMO_PASSWORD,
    role: 'Site administrator',
    name: 'Jordan Reeves',
    tryThis: 'Approve account requests, change site settings and read the email outbox.',
  },
  {
    username: 'john.smith',
    password: DEMO_PASSWORD,
    role: 'Learner (Hertfordshire Schools)',
    name: 'John Smith',
    tryThis: 'Schools branding and the schools-only courses.',
  },
  {
    username: 'wbc-40001',
    password: DEMO_PASSWORD,
    role: 'Learner (Watford Borough Council)',
    name: 'Chris Patel',
    tryThis: 'Watford branding and the WBC-only courses.',
  },
];
