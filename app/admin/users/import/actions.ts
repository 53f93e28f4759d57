'use server';
import { failure, type ActionResult } from '@/lib/action-result';
import { requireViewer } from '@/lib/auth/guards';
import { importUsers, type HrImportReport } from '@/lib/accounts/hr-import';

const MAX_BYTES = 5 * 1024 * 1024;

export async function importUsersAction(
  _prev: ActionResult<HrImportReport> | undefined,
  formData: FormData,
): Promise<ActionResult<HrImportReport>> {
  try {
    const viewer = await requireViewer();
    const file = formData.get('file');
    if (!(file instanceof File) || file.size === 0)
      return { ok: false, message: 'Choose a CSV file', fieldErrors: { file: 'Choose a CSV file' } };
    if (file.size > MAX_BYTES)
      return {
        ok: false,
        message: 'The file must be 5 MB or smaller',
        fieldErrors: { file: 'The file must be 5 MB or smaller' },
      };
    const report = await importUsers(viewer, await file.text());
    return { ok: true, data: report };
  } catch (error) {
    return failure(error);
  }
}
