// One set of upload limits for the form fields, the server checks and next.config.ts (the proxy and server action
// body limits), so a file the form allows is never cut short on its way in (issue 15 item 3).

const MIB = 1024 * 1024;

/** The largest file a form accepts (evidence and activity files). */
export const UPLOAD_MAX_BYTES = 10 * MIB;

/** The HR import's CSV file. */
export const HR_IMPORT_MAX_BYTES = 5 * MIB;

/**
 * The largest request body the server reads (proxy.ts and server actions): the largest file plus room for the
 * form's other fields and the multipart framing. A bigger file still reaches the form's own check, which answers
 * with the field message; only bodies beyond this are refused before the form sees them (the browser stops those).
 */
export const REQUEST_BODY_MAX_BYTES = UPLOAD_MAX_BYTES + 2 * MIB;

/** "10 MB" for messages. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MIB)} MB`;
}
