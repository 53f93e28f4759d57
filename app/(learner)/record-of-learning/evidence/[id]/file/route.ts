import { getOwnEvidenceFile } from '@/lib/evidence/queries';
import { privateDownload } from '@/lib/storage/download-response';

// Downloads the file attached to the viewer's own evidence.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  return privateDownload((viewer) => getOwnEvidenceFile(viewer, id));
}
