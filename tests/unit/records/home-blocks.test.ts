/** @jest-environment node */
// Home's section names and order: one name for "courses in progress" everywhere (the seed's welcome text says
// where to find a course again by the heading Home really shows), and what is due comes first.
import { courseWelcomeText } from '@/prisma/seed/catalogue';
import { DASHBOARD_BLOCK_LABELS, HOME_BLOCK_TITLES, homeBlockOrder } from '@/lib/records/blocks';

describe('Home block names', () => {
  it('the seed welcome text names the Home section by its heading', () => {
    const text = courseWelcomeText('Written Communication');
    expect(text).toContain(`under "${HOME_BLOCK_TITLES.in_progress}" on your Home page`);
    expect(text).not.toContain('"In progress"');
    expect(HOME_BLOCK_TITLES.in_progress).toBe(DASHBOARD_BLOCK_LABELS.in_progress);
  });
});

describe('homeBlockOrder', () => {
  it('puts what is due first, keeps the rest in the configured order and always ends with quick links', () => {
    expect(homeBlockOrder(['compliance', 'due', 'in_progress', 'recent', 'certifications'])).toEqual([
      'due',
      'compliance',
      'in_progress',
      'recent',
      'certifications',
      'links',
    ]);
    expect(homeBlockOrder(['links', 'compliance'])).toEqual(['links', 'compliance']);
  });
});
