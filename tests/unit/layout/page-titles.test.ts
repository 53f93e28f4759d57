/** @jest-environment node */
// Issue 16 item 4: every title says what and which, once. The root layout adds " – iLearn+" (admin pages get
// " – Admin – iLearn+" from the admin layout), so no page repeats it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageTitles } from '@/components/layout/page-titles';

const APP = join(__dirname, '../../../app');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return pages(path);
    return /^(page|not-found)\.tsx$/.test(e.name) ? [path] : [];
  });
}

const staticTitle = (file: string) =>
  /export const metadata: Metadata = \{ title: '([^']*)'/.exec(readFileSync(file, 'utf8'))?.[1];

describe('page titles', () => {
  it('no page adds the " – iLearn+" or " – Admin" suffix itself (no "Your profile – iLearn+ – iLearn+")', () => {
    const repeated = pages(APP)
      .map((file) => [file, staticTitle(file)] as const)
      .filter(([, title]) => title && /iLearn\+|– Admin$/.test(title));
    expect(repeated).toEqual([]);
  });

  it('the admin layout names Admin in every admin title', () => {
    expect(readFileSync(join(APP, 'admin/layout.tsx'), 'utf8')).toContain("template: '%s – Admin – iLearn+'");
  });

  it('admin edit pages and the learner quiz, attempt, session and sign-up pages name their item', () => {
    const named = [
      'admin/users/[id]/edit/page.tsx',
      'admin/courses/[courseId]/page.tsx',
      'admin/categories/[id]/page.tsx',
      'admin/audiences/[id]/page.tsx',
      'admin/activities/[id]/page.tsx',
      'admin/rooms/[roomId]/page.tsx',
      'admin/quizzes/[activityId]/page.tsx',
      '(learner)/quiz/[activityId]/page.tsx',
      '(learner)/quiz/attempts/[attemptId]/page.tsx',
      '(learner)/quiz/attempts/[attemptId]/summary/page.tsx',
      '(learner)/quiz/attempts/[attemptId]/review/page.tsx',
      '(learner)/workshops/[activityId]/page.tsx',
      '(learner)/workshops/sessions/[sessionId]/page.tsx',
      '(learner)/workshops/sessions/[sessionId]/sign-up/page.tsx',
      '(learner)/find-learning/page.tsx',
    ];
    for (const file of named)
      expect([file, readFileSync(join(APP, file), 'utf8')]).toEqual([
        file,
        expect.stringContaining('generateMetadata'),
      ]);
  });

  it('says what and which', () => {
    expect(pageTitles.attemptReview(2, 'Data Protection Assessment')).toBe(
      'Review of attempt 2: Data Protection Assessment',
    );
    expect(pageTitles.findLearning('heights')).toBe('Results for "heights" – Find Learning');
    expect(pageTitles.findLearning(undefined)).toBe('Find Learning');
    expect(pageTitles.signUp('Manual Handling', true)).toBe('Join the waitlist: Manual Handling');
    expect(pageTitles.session('Manual Handling', '3 March 2027')).toBe('Session on 3 March 2027: Manual Handling');
  });
});
