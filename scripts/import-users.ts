// npm run import:users -- path/to/hr-export.csv
// Imports staff from the HR feed (columns in README, "Importing staff from HR") and prints the report. Exit code 0:
// every row imported; 1: some rows rejected (listed) or the file unreadable; 2: no file given.
import { readFileSync } from 'node:fs';
import { loadEnv } from './lib/load-env';

async function main(): Promise<void> {
  loadEnv();
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run import:users -- path/to/file.csv');
    process.exitCode = 2;
    return;
  }
  const { unsafeImportUsersFromCommandLine } = await import('../lib/accounts/hr-import');
  const { disconnectDb } = await import('../lib/db');
  const { stopBoss } = await import('../lib/jobs/boss');
  try {
    const report = await unsafeImportUsersFromCommandLine(readFileSync(file, 'utf8'));
    console.log(
      `Created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}.`,
    );
    for (const r of report.rejected)
      console.log(`Rejected line ${r.line}${r.personnelNumber ? ` (${r.personnelNumber})` : ''}: ${r.reason}`);
    for (const w of report.warnings) console.log(`Warning line ${w.line} (${w.personnelNumber}): ${w.message}`);
    for (const d of report.loginDetails) {
      console.log(
        d.sentTo === 'admin'
          ? `Login details line ${d.line} (${d.personnelNumber}): no email address and no manager to email; hand them over (Admin › Users › Reset password)`
          : `Login details line ${d.line} (${d.personnelNumber}): emailed to the ${d.sentTo === 'person' ? 'person' : 'manager'} at ${d.address}`,
      );
    }
    // A nightly HR job must notice: any rejected row makes the run fail (the good rows are still imported).
    if (report.rejected.length > 0) process.exitCode = 1;
  } finally {
    // The login-details emails are queued (delivered by the app's worker); stop the queue client so the command ends.
    await stopBoss();
    await disconnectDb();
  }
}

main().catch((error: unknown) => {
  const fieldErrors = (error as { fieldErrors?: Record<string, string> }).fieldErrors;
  console.error(fieldErrors ? Object.values(fieldErrors).join('\n') : error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
