import type { FieldSpec } from '@/components/admin/field-form';

export function categoryFields(
  o: { categories: { id: number; name: string; depth: number }[]; teams: { id: number; name: string }[] },
  v: Partial<Record<string, string>> = {},
): FieldSpec[] {
  return [
    { kind: 'hidden', name: 'categoryId', value: v.categoryId ?? '' },
    { kind: 'text', name: 'name', label: 'Name', value: v.name },
    { kind: 'textarea', name: 'description', label: 'Description', optional: true, value: v.description, rows: 3 },
    {
      kind: 'select',
      name: 'parentId',
      label: 'Parent category',
      optional: true,
      placeholder: 'None (top level)',
      value: v.parentId,
      options: o.categories
        .filter((c) => String(c.id) !== v.categoryId)
        .map((c) => ({ value: String(c.id), label: `${'– '.repeat(c.depth)}${c.name}` })),
    },
    {
      kind: 'select',
      name: 'ownerTeamId',
      label: 'Owner team',
      optional: true,
      placeholder: 'No owner (site admins only)',
      value: v.ownerTeamId,
      options: o.teams.map((t) => ({ value: String(t.id), label: t.name })),
    },
    {
      kind: 'text',
      name: 'sortOrder',
      label: 'Sort order',
      hint: 'Lower numbers come first',
      value: v.sortOrder ?? '0',
      width: 'max-w-32',
    },
    {
      kind: 'checkbox',
      name: 'visible',
      label: 'Show in Find Learning',
      checked: v.visible === undefined ? true : v.visible === 'yes',
    },
  ];
}
