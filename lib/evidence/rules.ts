// Pure checks for evidence uploads: allowed types (by extension, declared type and the file's first bytes) and size.

import { megabytes, UPLOAD_MAX_BYTES } from '@/lib/upload-limits';

export const EVIDENCE_MAX_BYTES = UPLOAD_MAX_BYTES;

type Kind = { label: string; mimeTypes: string[]; magic: ((head: Uint8Array) => boolean) | null };

const startsWith = (bytes: number[]) => (head: Uint8Array) => bytes.every((b, i) => head[i] === b);
const ZIP = startsWith([0x50, 0x4b, 0x03, 0x04]);

export const EVIDENCE_TYPES: Record<string, Kind> = {
  pdf: { label: 'PDF', mimeTypes: ['application/pdf'], magic: startsWith([0x25, 0x50, 0x44, 0x46]) },
  png: { label: 'PNG', mimeTypes: ['image/png'], magic: startsWith([0x89, 0x50, 0x4e, 0x47]) },
  jpg: { label: 'JPEG', mimeTypes: ['image/jpeg'], magic: startsWith([0xff, 0xd8, 0xff]) },
  jpeg: { label: 'JPEG', mimeTypes: ['image/jpeg'], magic: startsWith([0xff, 0xd8, 0xff]) },
  docx: {
    label: 'Word',
    mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    magic: ZIP,
  },
  txt: { label: 'text', mimeTypes: ['text/plain'], magic: null },
};

export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.txt';
export const EVIDENCE_TYPES_TEXT = 'PDF, Word (.docx), PNG, JPEG or plain text';

/** Why the file cannot be accepted, or null. Returns the MIME type to store when it can. */
export function checkEvidenceFile(file: {
  name: string;
  type: string;
  size: number;
  head: Uint8Array;
}): { ok: true; mimeType: string } | { ok: false; error: string } {
  if (file.size === 0) return { ok: false, error: 'The selected file is empty' };
  if (file.size > EVIDENCE_MAX_BYTES)
    return { ok: false, error: `The selected file must be ${megabytes(EVIDENCE_MAX_BYTES)} or smaller` };
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  const kind = EVIDENCE_TYPES[ext];
  if (!kind) return { ok: false, error: `The selected file must be a ${EVIDENCE_TYPES_TEXT}` };
  // Browsers sometimes send an empty or generic type; the extension and content decide then.
  const declared = file.type.split(';')[0]!.trim().toLowerCase();
  if (declared && declared !== 'application/octet-stream' && !kind.mimeTypes.includes(declared)) {
    return { ok: false, error: `The selected file must be a ${EVIDENCE_TYPES_TEXT}` };
  }
  if (kind.magic && !kind.magic(file.head))
    return { ok: false, error: `The selected file is not a real ${kind.label} file` };
  if (!kind.magic && file.head.some((b) => b === 0))
    return { ok: false, error: 'The selected file is not a plain text file' };
  return { ok: true, mimeType: kind.mimeTypes[0]! };
}

/** A filename safe to store and send back: no paths, no control characters, at most 150 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (cleaned || 'file').slice(-150);
}
