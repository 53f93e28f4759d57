/** @jest-environment node */
import { catalogueSql, searchCatalogue } from '@/lib/catalogue/search';
import { db } from '@/lib/db';
import {
  makeCategory,
  makeCourse,
  makeLdAdmin,
  makeLearner,
  makeOrganisation,
  makeTeam,
} from '../../factories/learning';
import { disconnect, resetDb } from '../../helpers/db';

beforeAll(resetDb);
afterAll(disconnect);

describe('searchCatalogue', () => {
  let ids: Record<string, number>;
  let viewer: Awaited<ReturnType<typeof makeLearner>>['viewer'];
  let parent: number;
  let child: number;

  beforeAll(async () => {
    const org = await makeOrganisation();
    ({ viewer } = await makeLearner({ organisationId: org.id }));
    parent = (await makeCategory({ name: 'Health and Safety' })).id;
    child = (await makeCategory({ name: 'Working safely', parentId: parent })).id;
    const other = (await makeCategory({ name: 'Customer Service' })).id;
    const make = (fullName: string, over: Parameters<typeof makeCourse>[0] = {}) =>
      makeCourse({ fullName, categoryId: other, ...over }).then((c) => c.id);
    ids = {
      dp: await make('Data Protection', { summary: 'Your duties under UK GDPR', keywords: ['GDPR', 'privacy'] }),
      dpElearning: await make('Data Protection eLearning 2021', { summary: 'Online module' }),
      dpAdvanced: await make('Advanced records management', { summary: 'Covers data protection for records officers' }),
      heights: await make('Working at Heights', { categoryId: child, format: 'ELEARNING' }),
      manual: await make('Manual Handling Workshop', { categoryId: parent, format: 'WORKSHOP', costPence: 13500 }),
      writing: await make('Written Communication', { format: 'WORKSHOP' }),
      hidden: await make('Data Protection for Managers', { visibility: 'HIDDEN' }),
      restricted: await make('Data Protection for Schools', { visibility: 'RESTRICTED' }),
      safeguarding: await make('Safeguarding Adults', { keywords: ['vulnerable adults'] }),
    };
    await db.courseOrganisation.create({
      data: { courseId: ids.restricted!, organisationId: (await makeOrganisation()).id },
    });
    await db.program.create({
      data: { shortName: 'IND', fullName: 'Hertfordshire Induction', summary: 'Your first weeks', categoryId: parent },
    });
    await db.program.create({
      data: { kind: 'CERTIFICATION', shortName: 'DP2', fullName: 'HCC Mandatory - Data Protection 2 year' },
    });
    await db.program.create({ data: { shortName: 'OLD', fullName: 'Retired program', visible: false } });
  });

  it('puts the exact title first, then other matches', async () => {
    const result = await searchCatalogue(viewer, { q: 'data protection' });
    expect(result.items[0]).toMatchObject({ kind: 'course', id: ids.dp });
    const names = result.items.map((i) => i.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Data Protection eLearning 2021',
        'Advanced records management',
        'HCC Mandatory - Data Protection 2 year',
      ]),
    );
    expect(names).not.toContain('Data Protection for Managers');
    expect(names).not.toContain('Data Protection for Schools');
    expect(result.total).toBe(result.items.length);
  });

  it('tolerates typos and word order, and searches keywords', async () => {
    expect((await searchCatalogue(viewer, { q: 'protection data' })).items[0]?.id).toBe(ids.dp);
    expect((await searchCatalogue(viewer, { q: 'data protecton' })).items.map((i) => i.id)).toContain(ids.dp);
    expect((await searchCatalogue(viewer, { q: 'safegaurding' })).items.map((i) => i.id)).toContain(ids.safeguarding);
    expect((await searchCatalogue(viewer, { q: 'gdpr' })).items.map((i) => i.id)).toContain(ids.dp);
    expect((await searchCatalogue(viewer, { q: 'vulnerable' })).items.map((i) => i.id)).toEqual([ids.safeguarding]);
    expect((await searchCatalogue(viewer, { q: 'zzzz qqqq' })).total).toBe(0);
  });

  it('filters by type, format and category (with subcategories) and pages', async () => {
    const certs = await searchCatalogue(viewer, { kind: 'certification' });
    expect(certs.items.map((i) => i.name)).toEqual(['HCC Mandatory - Data Protection 2 year']);
    const programs = await searchCatalogue(viewer, { kind: 'program' });
    expect(programs.items.map((i) => i.name)).toEqual(['Hertfordshire Induction']);
    const workshops = await searchCatalogue(viewer, { format: 'WORKSHOP' });
    expect(workshops.items.map((i) => i.name)).toEqual(['Manual Handling Workshop', 'Written Communication']);
    const inCategory = await searchCatalogue(viewer, { categoryId: parent });
    expect(inCategory.items.map((i) => i.name)).toEqual([
      'Hertfordshire Induction',
      'Manual Handling Workshop',
      'Working at Heights',
    ]);
    const direct = await searchCatalogue(viewer, { categoryId: parent, directOnly: true });
    expect(direct.items.map((i) => i.name)).toEqual(['Hertfordshire Induction', 'Manual Handling Workshop']);
    const page1 = await searchCatalogue(viewer, { pageSize: 3 });
    const page2 = await searchCatalogue(viewer, { pageSize: 3, page: 2 });
    expect(page1.total).toBe(9); // 7 visible courses + 2 visible programs
    expect(page1.items).toHaveLength(3);
    expect(page2.items[0]!.name > page1.items[2]!.name).toBe(true);
    const beyond = await searchCatalogue(viewer, { pageSize: 3, page: 10 });
    expect(beyond).toMatchObject({ items: [], total: 9 });
  });

  it('shows hidden courses and programs only to the people allowed', async () => {
    const team = await makeTeam();
    await db.course.update({ where: { id: ids.hidden! }, data: { ownerTeamId: team.id } });
    const { viewer: owner } = await makeLdAdmin(team.id);
    expect((await searchCatalogue(owner, { q: 'managers' })).items.map((i) => i.id)).toContain(ids.hidden);
    const { viewer: otherAdmin } = await makeLdAdmin((await makeTeam()).id);
    expect((await searchCatalogue(otherAdmin, { q: 'managers' })).items.map((i) => i.id)).not.toContain(ids.hidden);
    const { viewer: site } = await makeLearner({ isSiteAdmin: true });
    const all = await searchCatalogue(site, {});
    expect(all.items.map((i) => i.name)).toEqual(
      expect.arrayContaining(['Retired program', 'Data Protection for Schools']),
    );
  });
});

// Issue 13 item 3: ranked so loosely related courses fall away, and every arm of the match served by an index.
describe('searchCatalogue at scale', () => {
  let viewer: Awaited<ReturnType<typeof makeLearner>>['viewer'];

  beforeAll(async () => {
    ({ viewer } = await makeLearner());
    const categoryId = (await makeCategory({ name: 'Personal development' })).id;
    await makeCourse({
      categoryId,
      fullName: 'Time Management',
      summary: 'Prioritising, planning and protecting your time.',
      keywords: ['productivity', 'planning'],
    });
    await makeCourse({
      categoryId,
      fullName: 'Safeguarding Children',
      summary: 'Recognising when a child may be at risk and how to share concerns.',
      keywords: ['safeguarding', 'child protection'],
    });
  });

  it('does not return courses sharing one word of "data protection"', async () => {
    const names = (await searchCatalogue(viewer, { q: 'data protection' })).items.map((i) => i.name);
    expect(names[0]).toBe('Data Protection');
    expect(names).not.toContain('Time Management');
    expect(names).not.toContain('Safeguarding Children');
    expect((await searchCatalogue(viewer, { q: 'child protection' })).items.map((i) => i.name)).toContain(
      'Safeguarding Children',
    );
  });

  it('is served by the full-text and trigram indexes (no sequential scan of Course or Program)', async () => {
    // With a handful of rows a sequential scan is cheaper; forbid it to see which indexes the statement can use.
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      const { sql, params } = catalogueSql(viewer, { q: 'data protecton' });
      const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql!}`, ...params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).not.toMatch(/Seq Scan on "(Course|Program)"/);
    for (const index of ['Course_search_fts', 'Course_name_trgm', 'Course_search_trgm', 'Program_search_trgm']) {
      expect(plan).toContain(index);
    }
  });
});
