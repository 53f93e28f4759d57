/** @jest-environment node */
// Issue 20 item 8: the whole authoring journey through the UI. The HR L&D admin (90003) builds a course in Admin:
// a page, a quiz (one question of each type, a pass mark, a passing grade required), a workshop with a session,
// course completion on ALL of page + quiz, and the quiz open after ANY of page or workshop. Sam Taylor (90011) then
// finds the course in Find Learning, enrols, reads the page, fails the quiz, passes it on a re-attempt, and the
// course shows as complete, with today's date, in Record of Learning.
import type { Browser, Page } from 'puppeteer';
import { formatDate } from '@/lib/format';
import { DEMO_USERS } from '../../factories/demo-users';
import { baseUrl, describeBrowser, launchBrowser } from '../../helpers/browser';
import { signedInPage, waitForShell } from '../../helpers/sign-in';

const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const COURSE = `Lone Working Awareness ${RUN}`;

// The quiz: the right answers score 100%; the wrong ones 0% (pass mark 70%: all three must be right).
const QUESTIONS = [
  {
    type: 'SINGLE_CHOICE',
    name: 'Who knows where you are',
    text: 'Who should know where you are working today?',
    choices: [
      ['Your manager or buddy', '100'],
      ['Nobody', '0'],
    ],
  },
  {
    type: 'MULTI_CHOICE',
    name: 'Staying safe',
    text: 'Which of these keep you safe when working alone?',
    choices: [
      ['Carry a charged phone', '50'],
      ['Check in at agreed times', '50'],
      ['Switch your phone off', '-50'],
    ],
  },
  {
    type: 'TRUE_FALSE',
    name: 'Leaving an unsafe visit',
    text: 'You must finish a home visit even if you feel unsafe.',
    choices: [
      ['True', '0'],
      ['False', '100'],
    ],
  },
] as const;
const RIGHT = ['Your manager or buddy', 'Carry a charged phone', 'Check in at agreed times', 'False'];
const WRONG = ['Nobody', 'Switch your phone off', 'True'];

async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('h1');
  await waitForShell(page);
}

/** Waits until the address matches (client-side navigations included) and the new page is interactive. */
async function arrive(page: Page, path: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(location.pathname + location.search) && document.readyState === 'complete',
    { timeout: 60_000 },
    path.source,
  );
  // Let the new page settle; a busy machine may never look idle, so this wait is a courtesy, not a condition.
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 }).catch(() => undefined);
  await page.waitForSelector('h1');
  await waitForShell(page);
  return new URL(page.url()).pathname;
}

/** Waits until an element with this role in main says `text` (a form's success message or error). */
async function waitForMessage(page: Page, role: 'status' | 'alert', text: string): Promise<void> {
  await page.waitForFunction(
    (r, t) => [...document.querySelectorAll(`main [role="${r}"]`)].some((e) => e.textContent?.includes(t)),
    { timeout: 30_000 },
    role,
    text,
  );
}

/** The last number in a path: /admin/quizzes/12 → 12. */
const idIn = (path: string) => Number(/(\d+)(?!.*\d)/.exec(path)![1]);

/** Clicks the visible button or link whose text is exactly `text` (inside `scope`, by default main). */
async function clickText(page: Page, text: string, scope = 'main'): Promise<void> {
  const handle = await page.evaluateHandle(
    (s, t) =>
      [...document.querySelectorAll<HTMLElement>(`${s} button, ${s} a`)].find(
        (e) => e.textContent?.replace(/\s+/g, ' ').trim() === t && e.offsetParent !== null,
      ) ?? null,
    scope,
    text,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`No button or link "${text}" in ${scope} on ${page.url()}`);
  await (element as unknown as { click(): Promise<void> }).click();
}

/** Types into a field by name (replacing what is there). */
async function fill(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`main [name="${name}"]`).fill(value);
}

/** Sets a field's value directly (date-time inputs, which keyboard typing handles differently per locale). */
async function setValue(page: Page, name: string, value: string): Promise<void> {
  await page.$eval(
    `main [name="${name}"]`,
    (e, v) => {
      (e as HTMLInputElement).value = v;
      e.dispatchEvent(new Event('input', { bubbles: true }));
      e.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

/** Ticks or unticks a checkbox (or picks a radio) by its name and value. */
async function tick(page: Page, name: string, value: string, on = true): Promise<void> {
  const selector = `main input[name="${name}"][value="${value}"]`;
  await page.waitForSelector(selector);
  if ((await page.$eval(selector, (e) => (e as HTMLInputElement).checked)) !== on) await page.click(selector);
}

/** The value of the option whose text is `label` in the select `name`. */
async function optionValue(page: Page, name: string, label: string): Promise<string> {
  return page.$$eval(
    `main select[name="${name}"] option`,
    (os, l) => (os as HTMLOptionElement[]).find((o) => o.textContent?.trim() === l)?.value ?? '',
    label,
  );
}

/** Adds an activity through Course › Activities and completion › Add an activity; returns where it leads. */
async function addActivity(page: Page, courseId: number, type: string, name: string, content?: string) {
  await go(page, `/admin/courses/${courseId}/activities`);
  await clickText(page, 'Add an activity');
  await arrive(page, new RegExp(`^/admin/courses/${courseId}/activities/new`));
  await tick(page, 'type', type);
  await fill(page, 'name', name);
  if (content) await fill(page, 'contentHtml', content);
  await clickText(page, 'Add activity');
  return arrive(page, /^\/admin\/(activities|quizzes|workshops)\/\d+\?created=1/);
}

/** Answers every question of the attempt with the choices named, then submits it after the confirmation. */
async function takeQuiz(page: Page, answers: string[]): Promise<void> {
  await page.waitForSelector('main fieldset input[type="radio"], main fieldset input[type="checkbox"]');
  for (let guard = 0; guard < 10; guard++) {
    // Choice labels read "a. Carry a charged phone" (true/false ones have no letter).
    const labels = await page.$$eval('main fieldset label', (ls) =>
      ls.map((l) => ({ id: l.getAttribute('for'), text: l.textContent?.replace(/^[a-z]\.\s*/, '').trim() ?? '' })),
    );
    const wanted = labels.map((l) => ({ id: l.id, on: answers.includes(l.text) }));
    expect(wanted.some((w) => w.on)).toBe(true);
    // Ticks first (a radio is unticked by ticking another), then unticks, then every control must be as wanted.
    for (const w of [...wanted.filter((x) => x.on), ...wanted.filter((x) => !x.on)]) {
      await page.$eval(
        `[id="${w.id}"]`,
        (e, on) => {
          const input = e as HTMLInputElement;
          if (input.checked !== on) input.click();
        },
        w.on,
      );
    }
    const state = await page.$$eval('main fieldset input[id]', (es) =>
      es.map((e) => ({ id: e.id, on: (e as HTMLInputElement).checked })),
    );
    expect(state.filter((x) => x.id).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [...wanted].sort((x, y) => String(x.id).localeCompare(String(y.id))),
    );
    const next = await page.$$eval(
      'main button[name="goto"]',
      (bs) => bs.find((b) => b.textContent?.trim() === 'Next page')?.getAttribute('value') ?? null,
    );
    if (!next) break;
    await page.click(`main button[name="goto"][value="${next}"]`);
    await arrive(page, new RegExp(`page=${next}`));
  }
  await page.click('main button[name="goto"][value="summary"]');
  await arrive(page, /\/quiz\/attempts\/\d+\/summary/);
  expect(await page.$eval('h1', (h) => h.textContent)).toBe('Summary of attempt');
  const statuses = await page.$$eval('main tbody tr', (rows) => rows.map((r) => r.textContent ?? ''));
  expect(statuses).toHaveLength(QUESTIONS.length);
  expect(statuses.every((row) => row.includes('Answer saved'))).toBe(true);
  await clickText(page, 'Submit all and finish');
  await page.waitForSelector('dialog[open]');
  await page.click('dialog[open] button[type="submit"]');
  await arrive(page, /\/quiz\/attempts\/\d+\/review$/);
}

describeBrowser('authoring journey', () => {
  let browser: Browser;
  const ids = { course: 0, page: 0, quiz: 0, workshop: 0 };

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an L&D admin builds a course with a page, a quiz, a workshop session and completion rules', async () => {
    const { context, page } = await signedInPage(browser, DEMO_USERS.ldAdmin.username, '/admin/courses/new');
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Add a course');

    // The course: open to everyone, learners read the course page first and then enrol.
    await fill(page, 'fullName', COURSE);
    await fill(page, 'shortName', `LWA-${RUN}`);
    await fill(page, 'summary', 'Keeping yourself safe when you work alone.');
    const category = await page.$$eval('main select[name="categoryId"] option', (os) =>
      (os as HTMLOptionElement[]).map((o) => o.value).find(Boolean),
    );
    await page.select('main select[name="categoryId"]', category!);
    if (!(await page.$eval('main select[name="ownerTeamId"]', (s) => (s as HTMLSelectElement).value))) {
      await page.select('main select[name="ownerTeamId"]', await optionValue(page, 'ownerTeamId', 'HR L&D'));
    }
    await tick(page, 'visibility', 'EVERYONE');
    await tick(page, 'selfEnrolment', 'SELF_AFTER_VIEW');
    await clickText(page, 'Save and add activities');
    ids.course = idIn(await arrive(page, /^\/admin\/courses\/\d+\/activities\?created=1/));

    // A page, completed by viewing it.
    ids.page = idIn(
      await addActivity(page, ids.course, 'PAGE', 'Working alone safely', 'Tell someone where you are going.'),
    );

    // A quiz: Add an activity › Quiz leads straight to the quiz's own admin page.
    const quizPath = await addActivity(page, ids.course, 'QUIZ', 'Lone working quiz');
    expect(quizPath).toMatch(/^\/admin\/quizzes\/\d+$/);
    ids.quiz = idIn(quizPath);

    // One question of each type in the course's question bank.
    for (const q of QUESTIONS) {
      await go(page, `/admin/courses/${ids.course}/questions/new`);
      await page.select('main select[name="type"]', q.type);
      await fill(page, 'name', q.name);
      await fill(page, 'textHtml', q.text);
      await fill(page, 'defaultMark', '1');
      for (const [i, [text, percent]] of q.choices.entries()) {
        await fill(page, `choice.${i}.text`, text);
        await fill(page, `choice.${i}.percent`, percent);
      }
      await clickText(page, 'Save question');
      await arrive(page, new RegExp(`^/admin/courses/${ids.course}/questions\\?saved=1`));
    }

    // Into the quiz, then the pass mark.
    await go(page, `/admin/quizzes/${ids.quiz}`);
    for (const q of QUESTIONS) {
      await page.select('main select[name="questionId"]', await optionValue(page, 'questionId', q.name));
      const before = await page.$$eval('section[aria-labelledby="questions-heading"] ol li', (li) => li.length);
      await clickText(page, 'Add question');
      await page.waitForFunction(
        (n) => document.querySelectorAll('section[aria-labelledby="questions-heading"] ol li').length === n,
        { timeout: 30_000 },
        before + 1,
      );
    }
    const slots = await page.$$eval('section[aria-labelledby="questions-heading"] ol li', (li) =>
      li.map((l) => l.textContent ?? ''),
    );
    expect(slots.map((s) => /\((One answer|Several answers|True\/false),/.exec(s)?.[1])).toEqual([
      'One answer',
      'Several answers',
      'True/false',
    ]);
    await fill(page, 'passPercent', '70');
    await fill(page, 'attemptsAllowed', '0');
    await clickText(page, 'Save settings');
    await waitForMessage(page, 'status', 'Quiz settings saved.');

    // The quiz's activity settings: complete means passed.
    await go(page, `/admin/activities/${ids.quiz}`);
    await tick(page, 'requirePassingGrade', 'yes');
    await clickText(page, 'Save activity');
    await waitForMessage(page, 'status', 'Activity saved.');

    // A workshop with one session tomorrow morning.
    const workshopPath = await addActivity(page, ids.course, 'WORKSHOP', 'Lone working workshop');
    expect(workshopPath).toMatch(/^\/admin\/workshops\/\d+$/);
    ids.workshop = idIn(workshopPath);
    await go(page, `/admin/workshops/${ids.workshop}/sessions/new`);
    const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await setValue(page, 'dates.0.start', `${day}T09:30`);
    await setValue(page, 'dates.0.end', `${day}T12:30`);
    await fill(page, 'capacity', '12');
    await clickText(page, 'Save session');
    await arrive(page, /^\/admin\/workshops\/sessions\/\d+\?saved=1/);

    // Course completion: ALL of the page and the quiz.
    await go(page, `/admin/courses/${ids.course}/activities`);
    await tick(page, 'completionEnabled', 'yes');
    await tick(page, 'aggregation', 'ALL');
    await tick(page, 'activityIds', String(ids.page));
    await tick(page, 'activityIds', String(ids.quiz));
    await tick(page, 'activityIds', String(ids.workshop), false);
    await clickText(page, 'Save completion criteria');
    await waitForMessage(page, 'status', 'Completion criteria saved.');

    // The quiz opens after ANY one of the page or the workshop.
    await go(page, `/admin/activities/${ids.quiz}`);
    await tick(page, 'requiredActivityIds', String(ids.page));
    await tick(page, 'requiredActivityIds', String(ids.workshop));
    await tick(page, 'requirement', 'COMPLETE');
    await tick(page, 'aggregation', 'ANY');
    await clickText(page, 'Save restrictions');
    await waitForMessage(page, 'status', 'Restrictions saved.');

    // What was saved, read back from the pages.
    await go(page, `/admin/courses/${ids.course}/activities`);
    expect(
      await page.$eval('main input[name="aggregation"][value="ALL"]', (e) => (e as HTMLInputElement).checked),
    ).toBe(true);
    const criteria = await page.$$eval('main input[name="activityIds"]:checked', (es) =>
      es.map((e) => Number((e as HTMLInputElement).value)),
    );
    expect(criteria.sort()).toEqual([ids.page, ids.quiz].sort());
    await go(page, `/admin/activities/${ids.quiz}`);
    expect(
      await page.$eval('main input[name="aggregation"][value="ANY"]', (e) => (e as HTMLInputElement).checked),
    ).toBe(true);
    await context.close();
  }, 300_000);

  it('a learner finds the course, enrols, fails then passes the quiz, and the course completes', async () => {
    expect(ids.course).toBeGreaterThan(0);
    const { context, page } = await signedInPage(browser, DEMO_USERS.learner.username, '/find-learning');
    await page.waitForSelector('h1');
    await waitForShell(page);

    // Find Learning.
    await go(page, '/find-learning');
    await page.locator('main #catalogue-q').fill(COURSE);
    expect(await page.$eval('#catalogue-q', (e) => (e as HTMLInputElement).value)).toBe(COURSE);
    await page.click('main form[role="search"] button[type="submit"]');
    await arrive(page, /^\/find-learning\?/);
    if (!(await page.$(`main a[href="/courses/${ids.course}"]`))) {
      throw new Error(
        `${COURSE} is not in the results: ${page.url()} ${await page.$eval('main', (m) => m.textContent)}`,
      );
    }
    await page.click(`main a[href="/courses/${ids.course}"]`);
    await arrive(page, new RegExp(`^/courses/${ids.course}$`));
    expect(await page.$eval('h1', (h) => h.textContent?.trim())).toBe(COURSE);

    // Enrol; the quiz waits for the page (or the workshop).
    await clickText(page, 'Enrol');
    await arrive(page, new RegExp(`^/courses/${ids.course}\\?enrolled=1`));
    expect(await page.$eval(`#activity-${ids.quiz}`, (e) => e.textContent)).toMatch(/Available when one of these/);
    expect(await page.$(`#activity-${ids.quiz} a`)).toBeNull();

    // Reading the page opens the quiz (ANY restriction met).
    await page.click(`#activity-${ids.page} a`);
    await arrive(page, new RegExp(`^/activities/${ids.page}`));
    expect(await page.$eval('main', (m) => m.textContent)).toContain('Tell someone where you are going.');
    await go(page, `/courses/${ids.course}`);
    await page.waitForSelector(`#activity-${ids.quiz} a`);
    await page.click(`#activity-${ids.quiz} a`);
    await arrive(page, new RegExp(`^/quiz/${ids.quiz}$`));

    // First attempt: every answer wrong. The course is not complete.
    await clickText(page, 'Attempt quiz now');
    await arrive(page, /^\/quiz\/attempts\/\d+/);
    await takeQuiz(page, WRONG);
    expect(await page.$eval('main', (m) => m.textContent)).toContain('0 out of 10 (0%)');
    await go(page, `/courses/${ids.course}`);
    expect(await page.$eval('main', (m) => m.textContent)).toContain('You need a pass in Lone working quiz');

    // Second attempt: every answer right.
    await go(page, `/quiz/${ids.quiz}`);
    await clickText(page, 'Re-attempt quiz');
    await arrive(page, /^\/quiz\/attempts\/\d+/);
    await takeQuiz(page, RIGHT);
    expect(await page.$eval('main', (m) => m.textContent)).toContain('10 out of 10 (100%)');

    // Record of Learning: complete, with today's date (the list is paged and sorted by name).
    const today = formatDate(new Date());
    let row: string | null = null;
    for (let attempt = 0; attempt < 20 && !row; attempt++) {
      for (let n = 1; n <= 10 && !row; n++) {
        await go(page, `/record-of-learning?sort=name&dir=asc&page=${n}`);
        row = await page.$$eval(
          'main tbody tr',
          (rows, name) => rows.find((r) => r.querySelector('a')?.textContent?.trim() === name)?.textContent ?? null,
          COURSE,
        );
        if (!row && !(await page.$('main a[rel="next"]'))) break;
      }
      if (row && !row.includes(today)) {
        row = null;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
    expect(row).toContain(today);
    expect(row).toContain('100%');
    await context.close();
  }, 300_000);
});
