'use client';
import { CheckboxField } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { SavedMessage } from '@/components/ui/saved-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';

type Category = {
  id: number;
  name: string;
  description: string | null;
  parentId: number | null;
  ownerTeamId: number | null;
  sortOrder: number;
  visible: boolean;
};

/** Add a category (no `category`) or edit one. */
export function CategoryForm({
  action,
  categories,
  teams,
  category,
  defaultTeamId,
}: {
  action: FormAction;
  categories: { id: number; name: string; depth: number }[];
  teams: { id: number; name: string }[];
  category?: Category;
  /** The owner team a new category starts with. */
  defaultTeamId?: number;
}) {
  const f = useActionForm(action);
  const e = f.fieldErrors;
  const ownerTeamId = category ? category.ownerTeamId : defaultTeamId;
  return (
    <form key={f.formKey} action={f.formAction} noValidate className="mt-6 max-w-3xl">
      <ErrorSummary message={f.message} fieldErrors={e} />
      <SavedMessage message={f.done} />
      <input type="hidden" name="categoryId" value={category?.id ?? ''} />
      <TextField name="name" label="Name" defaultValue={f.value('name', category?.name)} error={e.name} />
      <TextAreaField
        name="description"
        label="Description"
        optional
        rows={3}
        defaultValue={f.value('description', category?.description)}
        error={e.description}
      />
      <SelectField
        name="parentId"
        label="Parent category"
        optional
        placeholder="None (top level)"
        options={categories
          .filter((c) => c.id !== category?.id)
          .map((c) => ({ value: String(c.id), label: `${'– '.repeat(c.depth)}${c.name}` }))}
        defaultValue={f.value('parentId', category?.parentId ? String(category.parentId) : '')}
        error={e.parentId}
      />
      <SelectField
        name="ownerTeamId"
        label="Owner team"
        optional
        placeholder="No owner (site admins only)"
        options={teams.map((t) => ({ value: String(t.id), label: t.name }))}
        defaultValue={f.value('ownerTeamId', ownerTeamId ? String(ownerTeamId) : '')}
        error={e.ownerTeamId}
      />
      <TextField
        name="sortOrder"
        label="Sort order"
        hint="Lower numbers come first"
        className="max-w-32"
        defaultValue={f.value('sortOrder', String(category?.sortOrder ?? 0))}
        error={e.sortOrder}
      />
      <CheckboxField
        name="visible"
        value="yes"
        label="Show in Find Learning"
        defaultChecked={f.checked('visible', category?.visible ?? true)}
        error={e.visible}
      />
      <SubmitButton>Save category</SubmitButton>
    </form>
  );
}
