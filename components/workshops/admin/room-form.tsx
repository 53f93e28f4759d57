'use client';
import { useActionForm, type FormAction } from '@/components/ui/use-action-form';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextAreaField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { CheckboxField } from '@/components/ui/checkbox';

type Room = {
  id: number;
  name: string;
  building: string | null;
  address: string | null;
  capacity: number | null;
  isVirtual: boolean;
  virtualUrl: string | null;
  detailsHtml: string | null;
};

export function RoomForm({ action: saveRoomAction, room }: { action: FormAction; room?: Room }) {
  const { state, formAction: action, formKey, fieldErrors, failed } = useActionForm(saveRoomAction);
  const errors = fieldErrors;
  const v = failed?.values ?? {
    name: room?.name ?? '',
    building: room?.building ?? '',
    address: room?.address ?? '',
    capacity: room?.capacity ? String(room.capacity) : '',
    virtualUrl: room?.virtualUrl ?? '',
    details: room?.detailsHtml ?? '',
    ...(room?.isVirtual ? { isVirtual: 'on' } : {}),
  };
  return (
    <form key={formKey} action={action} noValidate className="mt-6">
      <ErrorSummary message={state && !state.ok ? state.message : undefined} fieldErrors={errors} />
      {room ? <input type="hidden" name="roomId" value={room.id} /> : null}
      <TextField name="name" label="Room name" error={errors.name} defaultValue={v.name} />
      <TextField name="building" label="Building" optional error={errors.building} defaultValue={v.building} />
      <TextField name="address" label="Address" optional error={errors.address} defaultValue={v.address} />
      <TextField
        name="capacity"
        label="Capacity"
        optional
        inputMode="numeric"
        className="max-w-32"
        error={errors.capacity}
        defaultValue={v.capacity}
      />
      <CheckboxField name="isVirtual" label="This is a virtual classroom" defaultChecked={v.isVirtual === 'on'} />
      <TextField
        name="virtualUrl"
        label="Meeting link"
        hint="Needed for a virtual classroom, for example a Teams link starting with https://"
        optional
        error={errors.virtualUrl}
        defaultValue={v.virtualUrl}
      />
      <TextAreaField
        name="details"
        label="Details"
        hint="Directions, parking, accessibility. Simple formatting is kept."
        optional
        rows={5}
        error={errors.details}
        defaultValue={v.details}
      />
      <SubmitButton>Save room</SubmitButton>
    </form>
  );
}
