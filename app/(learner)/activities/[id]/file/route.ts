import { getActivityFile } from '@/lib/completion/activity-page';
import { privateDownload } from '@/lib/storage/download-response';

// Downloads the file of a FILE activity for a learner who may open it.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  return privateDownload((viewer) => getActivityFile(viewer, id));
}
