// Audiences: rule-based groups (materialised in AudienceMember with source RULE) and one static list.
import { bulkInsert } from './bulk';
import type { Person, SeedContext } from './context';

type RuleSpec = { field: 'ORGANISATION' | 'JOB_TITLE' | 'IS_MANAGER'; operator: 'EQUALS' | 'CONTAINS'; value: string };
type AudienceSpec = {
  name: string;
  description: string;
  kind: 'STATIC' | 'DYNAMIC';
  aggregation: 'ALL' | 'ANY';
  rules: RuleSpec[];
};

export const AUDIENCES: AudienceSpec[] = [
  {
    name: 'All HCC staff',
    description: 'Everyone with a Hertfordshire County Council account.',
    kind: 'DYNAMIC',
    aggregation: 'ALL',
    rules: [{ field: 'ORGANISATION', operator: 'EQUALS', value: 'hcc' }],
  },
  {
    name: 'All CS and ACS Staff',
    description: "Staff in Children's Services and Adult Care Services.",
    kind: 'DYNAMIC',
    aggregation: 'ANY',
    rules: [
      { field: 'JOB_TITLE', operator: 'CONTAINS', value: "Children's Services" },
      { field: 'JOB_TITLE', operator: 'CONTAINS', value: 'Adult Care Services' },
    ],
  },
  {
    name: 'Library managers and supervisors',
    description: 'Library managers, customer service supervisors and assistant supervisors.',
    kind: 'DYNAMIC',
    aggregation: 'ANY',
    rules: [
      { field: 'JOB_TITLE', operator: 'CONTAINS', value: 'Library Manager' },
      { field: 'JOB_TITLE', operator: 'CONTAINS', value: 'Customer Service Supervisor' },
    ],
  },
  {
    name: 'All Schools staff',
    description: 'Everyone with a Hertfordshire Schools account.',
    kind: 'DYNAMIC',
    aggregation: 'ALL',
    rules: [{ field: 'ORGANISATION', operator: 'EQUALS', value: 'schools' }],
  },
  {
    name: 'All WBC staff',
    description: 'Everyone with a Watford Borough Council account.',
    kind: 'DYNAMIC',
    aggregation: 'ALL',
    rules: [{ field: 'ORGANISATION', operator: 'EQUALS', value: 'wbc' }],
  },
  {
    name: 'Mental Health First Aiders',
    description: 'Trained mental health first aiders, kept up to date by HR L&D.',
    kind: 'STATIC',
    aggregation: 'ALL',
    rules: [],
  },
];

function matches(rule: RuleSpec, p: Person): boolean {
  const actual = rule.field === 'ORGANISATION' ? p.org : rule.field === 'JOB_TITLE' ? p.title : String(p.isManager);
  return rule.operator === 'EQUALS' ? actual === rule.value : actual.toLowerCase().includes(rule.value.toLowerCase());
}

export async function seedAudiences(ctx: SeedContext): Promise<void> {
  const { db, clock } = ctx;
  const rows = await db.audience.createManyAndReturn({
    data: AUDIENCES.map((a) => ({
      name: a.name,
      description: a.description,
      kind: a.kind,
      ruleAggregation: a.aggregation,
      syncedAt: a.kind === 'DYNAMIC' ? clock.day(0, 2) : null,
      createdAt: clock.day(-900),
    })),
    select: { id: true, name: true },
  });
  for (const row of rows) ctx.audienceIds.set(row.name, row.id);
  const id = (name: string) => ctx.audienceIds.get(name) as number;

  await db.audienceRule.createMany({
    data: AUDIENCES.flatMap((a) => a.rules.map((rule, sortOrder) => ({ audienceId: id(a.name), ...rule, sortOrder }))),
  });

  const members: { audienceId: number; userId: number; source: 'RULE' | 'MANUAL'; addedAt: Date }[] = [];
  const active = ctx.people.filter((p) => p.status === 'ACTIVE');
  for (const a of AUDIENCES) {
    let chosen: Person[];
    if (a.kind === 'STATIC') {
      chosen = ctx.rng.sample(
        active.filter((p) => p.org === 'hcc'),
        9,
      );
    } else {
      chosen = active.filter((p) =>
        a.aggregation === 'ALL' ? a.rules.every((r) => matches(r, p)) : a.rules.some((r) => matches(r, p)),
      );
    }
    ctx.audienceMembers.set(a.name, new Set(chosen.map((p) => p.id)));
    for (const p of chosen) {
      members.push({
        audienceId: id(a.name),
        userId: p.id,
        source: a.kind === 'STATIC' ? 'MANUAL' : 'RULE',
        addedAt: clock.day(-60),
      });
    }
  }
  await bulkInsert(db, 'AudienceMember', members);
}
