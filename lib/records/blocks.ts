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

/**
 * The headings learners see on Home. Other screens (a course's welcome text, help) refer to these, so a section
 * has one name everywhere.
 */
export const HOME_BLOCK_TITLES: Record<DashboardBlock, string> = {
  compliance: 'My Learning Dashboard',
  due: 'Due next',
  in_progress: DASHBOARD_BLOCK_LABELS.in_progress,
  recent: 'Recently completed',
  certifications: 'My certifications',
  links: 'Quick links',
};

/** Home's order: what is due first (so phones see it without scrolling past charts), then the configured rest. */
export function homeBlockOrder(blocks: DashboardBlock[]): DashboardBlock[] {
  const withLinks = blocks.includes('links') ? blocks : [...blocks, 'links' as const];
  return withLinks.includes('due') ? ['due', ...withLinks.filter((b) => b !== 'due')] : withLinks;
}
