// The blocks an organisation can show on its members' Home dashboard, in display order, with admin labels.
export const DASHBOARD_BLOCKS = ['compliance', 'due', 'in_progress', 'recent', 'certifications', 'links'] as const;
export type DashboardBlock = (typeof DASHBOARD_BLOCKS)[number];

export const DASHBOARD_BLOCK_LABELS: Record<DashboardBlock, string> = {
  compliance: 'My compliance and course completion charts',
  due: "What's due next",
  in_progress: 'Courses in progress',
  recent: 'Recently completed',
  certifications: 'My certifications',
  links: 'Quick links',
};
