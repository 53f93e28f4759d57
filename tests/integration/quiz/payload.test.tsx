/** @jest-environment node */
// What the attempt pages send to the browser: the element tree a page returns holds every prop that is serialised
// into the RSC payload for client components, and renderToString gives the HTML. Neither may carry choice grades
// or feedback before the attempt is submitted; the review afterwards does (the positive control).
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import type { Viewer } from '@/lib/auth/viewer';
import { finishAttempt, saveResponses, startAttempt } from '@/lib/quiz/commands';
import { disconnect, resetDb } from '../../helpers/db';
import { enrol, makeCourse, makeQuiz, makeUser, standardQuestions } from '../../factories/quiz';

let currentViewer: Viewer | null = null;
jest.mock('@/lib/auth/guards', () => ({
  ...jest.requireActual('@/lib/auth/guards'),
  requirePageViewer: async () => currentViewer,
  requireViewer: async () => currentViewer,
}));
jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }),
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
  notFound: () => {
    throw new Error('not found');
  },
}));

beforeAll(resetDb);
afterAll(disconnect);

const SECRETS = [
  'Right: UK GDPR',
  'No, that is for road users.',
  'Personal data is covered by UK GDPR.',
  'Yes, a name identifies a person.',
  'The weather does not identify anyone.',
  'fraction',
  'feedback',
];

/** Every prop of every element in the tree, as the RSC payload would serialise client props (functions dropped). */
function propsText(node: unknown): string {
  const out: unknown[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value && typeof value === 'object' && '$$typeof' in value && 'props' in value) {
      const { children, ...props } = (value as { props: Record<string, unknown> }).props;
      out.push(props);
      walk(children);
      Object.values(props).forEach(walk);
    }
  };
  walk(node);
  return JSON.stringify(out, (_key, value: unknown) => (typeof value === 'function' ? undefined : value));
}

async function render(page: (props: never) => Promise<ReactElement>, props: object) {
  const tree = await page(props as never);
  return { payload: propsText(tree), html: renderToString(tree) };
}

describe('attempt pages send no answers or feedback to the browser', () => {
  it('keeps grades and feedback on the server until the attempt is submitted', async () => {
    const { default: AttemptPage } = await import('@/app/(learner)/quiz/attempts/[attemptId]/page');
    const { default: SummaryPage } = await import('@/app/(learner)/quiz/attempts/[attemptId]/summary/page');
    const { default: ReviewPage } = await import('@/app/(learner)/quiz/attempts/[attemptId]/review/page');
    const course = await makeCourse();
    const made = await makeQuiz(course.id, standardQuestions(), { questionsPerPage: 0 });
    const learner = await makeUser();
    await enrol(learner.id, course.id);
    currentViewer = learner;
    const { attemptId } = await startAttempt(learner, made.activity.id);
    await saveResponses(learner, attemptId, {
      answers: [
        { slot: 1, choiceIds: [made.questions[0]!.choices[0]!.id] },
        { slot: 2, choiceIds: [made.questions[1]!.choices[0]!.id, made.questions[1]!.choices[2]!.id] },
      ],
    });
    const params = Promise.resolve({ attemptId: String(attemptId) });

    const attempt = await render(AttemptPage, { params, searchParams: Promise.resolve({}) });
    expect(attempt.html).toContain('Which law covers personal data in the UK?');
    expect(attempt.html).toContain('UK GDPR');
    expect(attempt.html).toContain('Highway Code');
    const summary = await render(SummaryPage, { params });
    expect(summary.html).toContain('Summary of attempt');
    for (const output of [attempt, summary]) {
      for (const secret of SECRETS) {
        expect(output.payload).not.toContain(secret);
        expect(output.html).not.toContain(secret);
      }
    }

    // A review is not available while the attempt is open.
    await expect(render(ReviewPage, { params })).rejects.toThrow(`redirect:/quiz/attempts/${attemptId}`);

    await finishAttempt(learner, attemptId);
    const review = await render(ReviewPage, { params });
    expect(review.html).toContain('Right: UK GDPR');
    expect(review.html).toContain('The weather does not identify anyone.');
    expect(review.html).toContain('Personal data is covered by UK GDPR.');
    // Open pages now send the learner to the review instead.
    await expect(render(AttemptPage, { params, searchParams: Promise.resolve({}) })).rejects.toThrow(
      `redirect:/quiz/attempts/${attemptId}/review`,
    );
  });
});
